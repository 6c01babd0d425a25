/// One line of an input text: where it is in the source file and its text (without the line break).
///
/// `number` is 1-based. For plain text and Markdown it is the line in the file; for HTML the
/// source line where the block (paragraph, list item, table row) starts, so several lines may
/// share a number; for .docx the position of the paragraph or table row in the document.
public struct SourceLine: Sendable, Hashable, Codable {
    public var number: Int
    public var text: String

    public init(number: Int, text: String) {
        self.number = number
        self.text = text
    }
}
