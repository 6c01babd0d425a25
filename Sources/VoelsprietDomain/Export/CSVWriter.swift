import Foundation

/// Writes RFC 4180 CSV: comma-separated, fields quoted when needed, CRLF line ends.
public enum CSVWriter {
    /// One CSV line (with CRLF) from cells.
    ///
    /// Free-text cells that a spreadsheet would run as a formula (starting with `=`, `+`,
    /// `-`, `@`, tab or CR) get a leading apostrophe, so opening an export cannot execute
    /// something a respondent typed.
    public static func line(_ cells: [String], neutraliseFormulas: Bool = true) -> String {
        cells.map { field($0, neutraliseFormulas: neutraliseFormulas) }.joined(separator: ",") + "\r\n"
    }

    /// One escaped field.
    public static func field(_ value: String, neutraliseFormulas: Bool = true) -> String {
        var value = value
        if neutraliseFormulas, let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first),
            Double(value) == nil
        {
            value = "'" + value
        }
        // Scalars, not Characters: "\r\n" is one Character and would slip past a test for "\n".
        let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        if needsQuotes || value.hasPrefix(" ") || value.hasSuffix(" ") {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }

    /// A whole document from rows.
    public static func document(_ rows: [[String]]) -> String {
        rows.map { line($0) }.joined()
    }
}
