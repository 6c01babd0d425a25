import Foundation

/// Writes RFC 4180 CSV: fields quoted when needed, CRLF line ends; comma-separated UTF-8 by
/// default, or in the dialect Dutch Excel opens by double-click (`Dialect.excelDutch`).
public enum CSVWriter {
    /// How the file is written.
    public enum Dialect: String, Sendable, CaseIterable {
        /// `,` between fields, UTF-8 without byte-order mark: R, Python, PSPP, LibreOffice.
        case comma
        /// `;` between fields and a UTF-8 byte-order mark: Excel with Dutch (or any comma-decimal)
        /// regional settings splits the columns and reads the accents right.
        case excelDutch = "excel-nl"

        public var separator: Character { self == .comma ? "," : ";" }
        /// What the file starts with.
        public var preamble: String { self == .comma ? "" : "\u{FEFF}" }
    }

    /// One CSV line (with CRLF) from cells.
    ///
    /// Free-text cells that a spreadsheet would run as a formula (starting with `=`, `+`,
    /// `-`, `@`, tab or CR) get a leading apostrophe, so opening an export cannot execute
    /// something a respondent typed.
    public static func line(_ cells: [String], neutraliseFormulas: Bool = true, separator: Character = ",") -> String {
        cells.map { field($0, neutraliseFormulas: neutraliseFormulas, separator: separator) }.joined(separator: String(separator))
            + "\r\n"
    }

    /// One escaped field.
    public static func field(_ value: String, neutraliseFormulas: Bool = true, separator: Character = ",") -> String {
        var value = value
        if neutraliseFormulas, let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first),
            Double(value) == nil
        {
            value = "'" + value
        }
        // Scalars, not Characters: "\r\n" is one Character and would slip past a test for "\n".
        let separatorScalar = separator.unicodeScalars.first!
        let needsQuotes = value.unicodeScalars.contains {
            $0 == separatorScalar || $0 == "," || $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r"
        }
        if needsQuotes || value.hasPrefix(" ") || value.hasSuffix(" ") {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }

    /// A whole document from rows.
    public static func document(_ rows: [[String]], dialect: Dialect = .comma) -> String {
        dialect.preamble + rows.map { line($0, separator: dialect.separator) }.joined()
    }
}
