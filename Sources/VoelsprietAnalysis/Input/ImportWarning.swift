/// A value that was skipped while reading data, and where.
public struct ImportWarning: Sendable, Hashable, CustomStringConvertible {
    /// 1-based line of the input, when the warning is about one value.
    public let line: Int?
    /// The column (or item) concerned.
    public let column: String?
    public let message: DataMessage

    public init(line: Int?, column: String?, message: DataMessage) {
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { text(in: "en") }

    /// "line 12, column 'role': …" or "regel 12, kolom 'role': …".
    public func text(in language: String) -> String {
        let en = language == "en"
        var place: [String] = []
        if let line { place.append(en ? "line \(line)" : "regel \(line)") }
        if let column { place.append(en ? "column '\(column)'" : "kolom '\(column)'") }
        let message = message.text(in: language)
        return place.isEmpty ? message : "\(place.joined(separator: ", ")): \(message)"
    }
}
