/// One problem found in an instrument file, with where it is.
public struct InstrumentProblem: Sendable, Hashable, CustomStringConvertible {
    /// A path into the file, such as `sections[2].items[3].showIf`.
    public var location: String
    public var message: String

    public init(location: String, message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): \(message)" }
}
