import Foundation

/// Why a table could not be read.
public enum StatisticsError: Error, Sendable, Hashable, CustomStringConvertible {
    case raggedTable(row: Int, expected: Int, found: Int)
    case negativeCount(row: Int, column: Int)
    case unreadableCell(row: Int, column: Int, text: String)
    case notTwoByTwo(rows: Int, columns: Int)

    public var description: String {
        switch self {
        case .raggedTable(let row, let expected, let found):
            "row \(row + 1) has \(found) cells; the first row has \(expected)"
        case .negativeCount(let row, let column):
            "row \(row + 1), column \(column + 1): counts cannot be negative"
        case .unreadableCell(let row, let column, let text):
            text.trimmingCharacters(in: .whitespaces).contains(" ")
                ? "row \(row + 1), column \(column + 1): '\(text)' is not a whole number (cells are separated by ',', rows by ';')"
                : "row \(row + 1), column \(column + 1): '\(text)' is not a whole number"
        case .notTwoByTwo(let rows, let columns):
            "Fisher's exact test needs a 2×2 table; this one is \(rows)×\(columns)"
        }
    }
}
