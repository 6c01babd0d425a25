/// A cell of a CSV row as a byte range of the input; quotes already stripped.
public struct CSVCell: Sendable {
    /// First byte of the content.
    public let start: Int
    /// One past the last byte of the content.
    public let end: Int
    /// Whether the content holds doubled quotes that must be unescaped.
    public let hasEscapedQuotes: Bool

    public var isEmpty: Bool { start == end }
}
