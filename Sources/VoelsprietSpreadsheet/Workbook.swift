/// A spreadsheet workbook: its worksheets in tab order (at least one), written by `XLSXWriter`.
public struct Workbook: Sendable, Equatable {
    public var sheets: [Worksheet]

    public init(sheets: [Worksheet]) {
        self.sheets = sheets
    }
}

/// One worksheet: an optional header row (from `columns`) followed by the data rows.
///
/// When `columns` is not empty, row 1 holds the column headers in bold and `rows[0]` becomes
/// spreadsheet row 2; otherwise `rows[0]` is row 1 and `freezeHeader` / `autoFilter` have no
/// effect. A row may be shorter or longer than `columns` (missing cells are empty).
///
/// Checked when written: the name (1–31 UTF-16 code units, none of `[ ] : * ? / \`, no control
/// characters, not starting or ending with an apostrophe, not the reserved "History", unique in
/// the workbook ignoring case), at most 1,048,576 rows including the header and 16,384 columns
/// (Excel's limits, the last column being XFD).
public struct Worksheet: Sendable, Equatable {
    public var name: String
    public var columns: [Column]
    public var rows: [[Cell]]
    /// Freeze the header row so it stays visible while scrolling.
    public var freezeHeader: Bool
    /// Put filter buttons on the header row, covering all written rows and columns.
    public var autoFilter: Bool

    public init(
        name: String, columns: [Column] = [], rows: [[Cell]] = [], freezeHeader: Bool = true,
        autoFilter: Bool = false
    ) {
        self.name = name
        self.columns = columns
        self.rows = rows
        self.freezeHeader = freezeHeader
        self.autoFilter = autoFilter
    }
}

/// A column: its header text and optionally its width in characters of the default font
/// (0–255, written as `<col width>` with `customWidth`; nil leaves the application's default).
public struct Column: Sendable, Equatable {
    public var header: String
    public var width: Double?

    public init(_ header: String, width: Double? = nil) {
        self.header = header
        self.width = width
    }
}
