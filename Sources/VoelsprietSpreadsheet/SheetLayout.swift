/// The checked extent of one worksheet: whether it has a header row, and the last row and
/// column holding a cell (trailing `.empty` cells do not count; headers always do).
/// Throws when the sheet exceeds 1,048,576 rows or 16,384 columns, or a width is not 0–255.
struct SheetLayout {
    /// 1 when the sheet has columns (a header row), else 0.
    let headerRows: Int
    /// The last row with a written cell, 0 for an empty sheet.
    let lastRow: Int
    /// The last column with a written cell or a header, 0 for an empty sheet.
    let lastColumn: Int

    init(_ sheet: Worksheet) throws(SpreadsheetError) {
        headerRows = sheet.columns.isEmpty ? 0 : 1
        let rowCount = headerRows + sheet.rows.count
        if rowCount > CellReference.maxRows {
            throw .tooManyRows(sheet: sheet.name, count: rowCount, limit: CellReference.maxRows)
        }
        var widest = sheet.columns.count
        var lastColumn = sheet.columns.count
        var lastRow = headerRows
        for (offset, row) in sheet.rows.enumerated() {
            widest = max(widest, row.count)
            if let last = row.lastIndex(where: { !$0.isEmpty }) {
                lastColumn = max(lastColumn, last + 1)
                lastRow = headerRows + offset + 1
            }
        }
        if widest > CellReference.maxColumns {
            throw .tooManyColumns(sheet: sheet.name, count: widest, limit: CellReference.maxColumns)
        }
        for (offset, column) in sheet.columns.enumerated() {
            if let width = column.width, !(width.isFinite && (0...255).contains(width)) {
                throw .invalidColumnWidth(sheet: sheet.name, column: offset + 1, width: width)
            }
        }
        self.lastRow = lastRow
        self.lastColumn = lastColumn
    }

    /// The used range for `<dimension>`: "A1" for an empty sheet, else "A1:<last cell>".
    var dimension: String {
        lastRow == 0 || lastColumn == 0 ? "A1" : CellReference.range(lastRow: lastRow, lastColumn: lastColumn)
    }

    /// The filter range (header row through the last row, all columns), or nil without a header.
    func filterRange(absolute: Bool) -> String? {
        headerRows == 0 ? nil : CellReference.range(lastRow: lastRow, lastColumn: lastColumn, absolute: absolute)
    }
}
