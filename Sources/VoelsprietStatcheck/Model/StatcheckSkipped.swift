/// A passage that looks like a test result but could not be checked (bad number, impossible df, …).
public struct SkippedStatement: Sendable, Hashable, Codable {
    public var line: Int
    public var column: Int
    public var text: String
    /// Why it was not checked, in English.
    public var reason: String
}

/// A block of tab- or pipe-separated rows that was not checked as a frequency table.
public struct SkippedTable: Sendable, Hashable, Codable {
    public var line: Int
    public var caption: String?
    /// Why it was not checked, in English.
    public var reason: String
}
