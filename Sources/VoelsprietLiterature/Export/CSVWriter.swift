import Foundation

/// How a CSV file is written.
public struct CSVDialect: Sendable, Hashable {
    public var delimiter: Character
    /// Start the text with U+FEFF, which Excel needs to read UTF-8 instead of the system code page.
    public var byteOrderMark: Bool
    /// Defuse cells that a spreadsheet would run as a formula (see `CSVWriter.defuse`).
    public var guardsFormulas: Bool

    public init(delimiter: Character, byteOrderMark: Bool, guardsFormulas: Bool = true) {
        self.delimiter = delimiter
        self.byteOrderMark = byteOrderMark
        self.guardsFormulas = guardsFormulas
    }

    /// RFC 4180: comma, UTF-8 without byte-order mark, CRLF.
    public static let standard = CSVDialect(delimiter: ",", byteOrderMark: false)
    /// Excel with Dutch (or other comma-decimal) regional settings: semicolon, UTF-8 with BOM.
    public static let excelDutch = CSVDialect(delimiter: ";", byteOrderMark: true)
}

/// Writes RFC 4180 CSV: CRLF after every row, a field quoted when it holds the delimiter, a
/// double quote, CR or LF, quotes inside doubled.
public enum CSVWriter {
    public static func write(header: [String], rows: [[String]], dialect: CSVDialect = .standard) -> String {
        var out = dialect.byteOrderMark ? "\u{FEFF}" : ""
        for row in [header] + rows {
            out += row.map { field($0, dialect) }.joined(separator: String(dialect.delimiter)) + "\r\n"
        }
        return out
    }

    /// The columns of `records(_:dialect:)`.
    public static let recordColumns = [
        "id", "authors", "year", "title", "journal", "volume", "issue", "pages", "doi", "pmid", "issn", "keywords",
        "abstract", "language", "type", "url", "database", "source_file",
    ]

    /// One row per record; authors and keywords joined with "; ".
    public static func records(_ records: [LiteratureRecord], dialect: CSVDialect = .standard) -> String {
        let rows = records.map { r in
            [r.id, r.authors.joined(separator: "; "), r.year.map(String.init) ?? "", r.title ?? "", r.journal ?? "",
             r.volume ?? "", r.issue ?? "", r.pages ?? "", r.doi ?? "", r.pmid ?? "", r.issn ?? "",
             r.keywords.joined(separator: "; "), r.abstract ?? "", r.language ?? "", r.type ?? "", r.url ?? "",
             r.database ?? "", r.sourceFile ?? ""]
        }
        return write(header: recordColumns, rows: rows, dialect: dialect)
    }

    private static func field(_ raw: String, _ dialect: CSVDialect) -> String {
        let value = dialect.guardsFormulas ? defuse(raw) : raw
        let needsQuotes = value.contains { $0 == dialect.delimiter || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }
        return needsQuotes ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
    }

    /// CSV (formula) injection defence, as OWASP recommends: a spreadsheet opening the file runs
    /// any cell that starts with `=`, `+`, `-` or `@` as a formula (and tab or CR can hide such a
    /// start), so a title like `=HYPERLINK("http://evil","click")` taken from a database export
    /// would become a live link or command on the reviewer's machine. Such cells get a leading
    /// `'`, which Excel and LibreOffice treat as "this is text" and do not show. The price: a
    /// value that really starts with `-` (a negative number, "-based") gains a visible `'` in
    /// other readers. Turn it off with `CSVDialect.guardsFormulas` for machine-to-machine files.
    public static func defuse(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return value }
        return "'" + value
    }
}
