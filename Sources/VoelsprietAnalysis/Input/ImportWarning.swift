/// A value that was skipped while reading data, and where.
public struct ImportWarning: Sendable, Hashable, CustomStringConvertible {
    /// 1-based line of the input, when the warning is about one value.
    public let line: Int?
    /// The column (or item) concerned.
    public let column: String?
    public let message: String

    public init(line: Int?, column: String?, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var place: [String] = []
        if let line { place.append("line \(line)") }
        if let column { place.append("column '\(column)'") }
        return place.isEmpty ? message : "\(place.joined(separator: ", ")): \(message)"
    }
}
