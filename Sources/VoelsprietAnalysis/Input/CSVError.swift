/// Why a CSV file could not be read; every case names where.
public enum CSVError: Error, Sendable, Hashable, CustomStringConvertible {
    case unterminatedQuote(line: Int, column: Int)
    case textAfterClosingQuote(line: Int, column: Int)
    case empty
    case utf16
    case notUTF8(line: Int, column: String)
    case raggedRow(line: Int, expected: Int, found: Int)
    case duplicateColumn(name: String, columns: [Int])
    case singleColumn(delimiter: String)

    public var description: String {
        switch self {
        case .unterminatedQuote(let line, let column):
            "line \(line), column \(column): a quoted cell is never closed"
        case .textAfterClosingQuote(let line, let column):
            "line \(line), column \(column): text after a closing quote (quotes inside a cell must be doubled)"
        case .empty: "the file is empty: no header row"
        case .utf16: "the file is UTF-16; save it as UTF-8 (CSV UTF-8 in Excel)"
        case .notUTF8(let line, let column):
            "line \(line), column '\(column)': not valid UTF-8 (the file may be Latin-1 or Windows-1252: save it as UTF-8, or give --encoding latin1 or windows-1252)"
        case .raggedRow(let line, let expected, let found):
            "line \(line): \(found) cells, but the header has \(expected)"
        case .duplicateColumn(let name, let columns):
            "column '\(name)' appears more than once (columns \(columns.map(String.init).joined(separator: ", ")))"
        case .singleColumn(let delimiter):
            "the header is a single column although it holds other separators; the delimiter '\(delimiter)' looks wrong (use --delimiter)"
        }
    }
}
