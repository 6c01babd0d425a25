/// A table with header rows and body rows of cells. Rows shorter than the widest row are padded
/// with empty cells by the writers.
public struct Table: Sendable, Equatable {
    public var caption: String
    public var header: [[TableCell]]
    public var body: [[TableCell]]
    /// Alignment per column; missing entries mean `.left`.
    public var alignments: [ColumnAlignment]
    /// A note printed under the table (source, explanation of symbols).
    public var note: String?
    /// The anchor wanted for links; empty means "tabel-N" / "table-N".
    public var id: String

    public init(
        caption: String, header: [[TableCell]] = [], body: [[TableCell]], alignments: [ColumnAlignment] = [],
        note: String? = nil, id: String = ""
    ) {
        self.caption = caption
        self.header = header
        self.body = body
        self.alignments = alignments
        self.note = note
        self.id = id
    }

    /// The number of columns: the length of the longest row.
    public var columnCount: Int { (header + body).map(\.count).max() ?? 0 }

    /// The alignment of column `index`.
    public func alignment(of index: Int) -> ColumnAlignment {
        index < alignments.count ? alignments[index] : .left
    }
}

/// One cell of a table.
public struct TableCell: Sendable, Equatable, ExpressibleByStringLiteral {
    public var content: [Inline]

    public init(_ content: [Inline]) { self.content = content }

    public init(_ text: String) { self.content = [.text(text)] }

    public init(stringLiteral value: String) { self.content = [.text(value)] }
}

/// How the cells of a column are aligned (numbers usually `.right`).
public enum ColumnAlignment: String, Sendable, Equatable {
    case left, center, right
}
