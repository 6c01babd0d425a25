/// Something the importer noticed but did not stop for: a skipped line, a record without an
/// `ER`, a file read as Windows-1252. Always names the line when there is one.
public struct ImportWarning: Sendable, Equatable, Codable, CustomStringConvertible {
    /// 1-based line in the file (CRLF, LF and bare CR each end one line); nil for the whole file.
    public var line: Int?
    public var message: String

    public init(line: Int?, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "line \(line): \(message)" }
        return message
    }
}
