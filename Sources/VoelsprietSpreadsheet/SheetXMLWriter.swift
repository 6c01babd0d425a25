/// One worksheet part (`xl/worksheets/sheetN.xml`, ECMA-376 Part 1 §18.3) written into a
/// preallocated byte buffer, in the schema's element order: dimension, sheetViews (frozen
/// header pane), cols (widths), sheetData, autoFilter, pageMargins.
///
/// Every written cell carries its `r` reference; `.empty` cells and rows without cells are left
/// out. Texts go to the shared string table; numbers, dates and booleans are written inline.
struct SheetXMLWriter {
    let sheet: Worksheet
    let layout: SheetLayout
    let selected: Bool

    init(_ sheet: Worksheet, selected: Bool) throws(SpreadsheetError) {
        self.sheet = sheet
        self.layout = try SheetLayout(sheet)
        self.selected = selected
    }

    /// The part's bytes; texts are added to `strings`.
    func write(strings: inout SharedStrings) throws(SpreadsheetError) -> [UInt8] {
        let cellCount = sheet.rows.reduce(sheet.columns.count) { $0 &+ $1.count }
        var out: [UInt8] = []
        // Generous: untouched capacity costs address space, not memory; regrowing costs a copy.
        out.reserveCapacity(min(cellCount, 1 << 24) * 48 + 4096)
        out.append(contentsOf: XMLParts.declaration.utf8)
        out.append(contentsOf: "<worksheet xmlns=\"\(XMLParts.mainNamespace)\" xmlns:r=\"\(XMLParts.relationshipNamespace)\">".utf8)
        out.append(contentsOf: "<dimension ref=\"\(layout.dimension)\"/>".utf8)
        out.append(contentsOf: sheetViews.utf8)
        out.append(contentsOf: columnWidths.utf8)
        out.append(contentsOf: "<sheetData>".utf8)

        let letters = (0...layout.lastColumn).map { CellReference.columnLetters($0) }
        let cells = CellWriter(sheet: sheet.name, letters: letters)
        if layout.headerRows == 1 {
            let header = sheet.columns.map { $0.header.isEmpty ? Cell.empty : Cell.text($0.header) }
            try cells.appendRow(header, number: 1, style: Styles.header, to: &out, strings: &strings)
        }
        for (offset, row) in sheet.rows.enumerated() {
            try cells.appendRow(row, number: layout.headerRows + offset + 1, style: nil, to: &out, strings: &strings)
        }
        out.append(contentsOf: "</sheetData>".utf8)
        if sheet.autoFilter, let range = layout.filterRange(absolute: false) {
            out.append(contentsOf: "<autoFilter ref=\"\(range)\"/>".utf8)
        }
        out.append(
            contentsOf: "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
                .utf8)
        out.append(contentsOf: "</worksheet>".utf8)
        return out
    }

    /// The absolute filter range for the workbook's `_xlnm._FilterDatabase`, when filtered.
    var filterRange: String? {
        sheet.autoFilter ? layout.filterRange(absolute: true) : nil
    }

    var sheetViews: String {
        var xml = "<sheetViews><sheetView workbookViewId=\"0\"" + (selected ? " tabSelected=\"1\"" : "") + ">"
        if sheet.freezeHeader && layout.headerRows == 1 {
            xml += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            xml += "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
        }
        return xml + "</sheetView></sheetViews>"
    }

    var columnWidths: String {
        let widths = sheet.columns.enumerated().compactMap { offset, column in column.width.map { (offset + 1, $0) } }
        guard !widths.isEmpty else { return "" }
        let entries = widths.map { number, width in
            "<col min=\"\(number)\" max=\"\(number)\" width=\"\(width)\" customWidth=\"1\"/>"
        }
        return "<cols>" + entries.joined() + "</cols>"
    }
}
