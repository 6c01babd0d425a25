import Foundation

/// A table of counts: rows are categories (answers), columns are groups, or the other way
/// round; the tests are symmetric in the two.
public struct ContingencyTable: Sendable, Hashable {
    /// Counts, `counts[row][column]`; every row has the same length.
    public let counts: [[Int]]

    /// A table from rows of non-negative counts; rows must be equally long.
    public init(_ counts: [[Int]]) throws(StatisticsError) {
        let width = counts.first?.count ?? 0
        for (index, row) in counts.enumerated() {
            if row.count != width { throw .raggedTable(row: index, expected: width, found: row.count) }
            if let bad = row.firstIndex(where: { $0 < 0 }) { throw .negativeCount(row: index, column: bad) }
        }
        self.counts = counts
    }

    /// Parses `"12,5,3;4,9,11"`: rows separated by `;`, cells by `,`, spaces ignored.
    public init(parsing text: String) throws(StatisticsError) {
        var rows: [[Int]] = []
        for (rowIndex, rowText) in text.split(separator: ";", omittingEmptySubsequences: false).enumerated() {
            var row: [Int] = []
            for (columnIndex, cell) in rowText.split(separator: ",", omittingEmptySubsequences: false).enumerated() {
                // Spaces around a number are fine; inside one they are not ("12 5" is not 125).
                let trimmed = cell.trimmingCharacters(in: .whitespaces)
                guard let value = Int(trimmed) else {
                    throw .unreadableCell(row: rowIndex, column: columnIndex, text: String(cell))
                }
                row.append(value)
            }
            rows.append(row)
        }
        try self.init(rows)
    }

    /// Number of rows.
    public var rowCount: Int { counts.count }
    /// Number of columns.
    public var columnCount: Int { counts.first?.count ?? 0 }
    /// Row totals.
    public var rowTotals: [Int] { counts.map { $0.reduce(0, +) } }
    /// Column totals.
    public var columnTotals: [Int] {
        (0..<columnCount).map { column in counts.reduce(0) { $0 + $1[column] } }
    }
    /// The grand total.
    public var total: Int { counts.reduce(0) { $0 + $1.reduce(0, +) } }

    /// The table without rows and columns whose total is zero, and the original indices of
    /// what was dropped. A test on a five-point item that nobody answered with "1" has one
    /// degree of freedom fewer; reports say so.
    public func droppingEmpty() -> (table: ContingencyTable, droppedRows: [Int], droppedColumns: [Int]) {
        let rowTotals = rowTotals
        let columnTotals = columnTotals
        let keptRows = rowTotals.indices.filter { rowTotals[$0] > 0 }
        let keptColumns = columnTotals.indices.filter { columnTotals[$0] > 0 }
        let reduced = keptRows.map { row in keptColumns.map { counts[row][$0] } }
        return (
            ContingencyTable(unchecked: reduced),
            rowTotals.indices.filter { rowTotals[$0] == 0 },
            columnTotals.indices.filter { columnTotals[$0] == 0 }
        )
    }

    init(unchecked counts: [[Int]]) { self.counts = counts }
}
