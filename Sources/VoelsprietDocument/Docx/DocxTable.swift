/// Tables as `w:tbl`: caption above (SEQ field), header rows repeated on every page
/// (`w:tblHeader`), borders, rows that do not split, column widths by content length, and
/// short tables kept on one page.
extension DocxBody {
    mutating func table(_ table: Table, at index: Int) -> String {
        let columns = table.columnCount
        var out = caption(.table, at: index, table.caption, keepNext: true)
        guard columns > 0 else { return out + callout(.warning, run(layout.text.emptyTable)) }
        let widths = Self.columnWidths(table, columns: columns)
        let border = DocxStyles.border
        out +=
            "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
            + "<w:tblBorders><w:top \(border)/><w:left \(border)/><w:bottom \(border)/><w:right \(border)/><w:insideH \(border)/><w:insideV \(border)/></w:tblBorders>"
            + "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr>"
        out += "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        let rows = table.header.map { ($0, true) } + table.body.map { ($0, false) }
        // Up to 25 rows are kept together (keep-with-next on all but the last row).
        let keepTogether = rows.count <= 25
        for (rowIndex, (cells, header)) in rows.enumerated() {
            let keep = keepTogether && rowIndex < rows.count - 1
            out += row(table, cells, widths: widths, header: header, keepNext: keep)
        }
        out += "</w:tbl>"
        if let note = table.note, !note.isEmpty { out += paragraph("TableNote", run(note)) }
        return out
    }

    mutating func row(_ table: Table, _ cells: [TableCell], widths: [Int], header: Bool, keepNext: Bool) -> String {
        var out = "<w:tr><w:trPr><w:cantSplit/>\(header ? "<w:tblHeader/>" : "")</w:trPr>"
        for (column, width) in widths.enumerated() {
            let shading = header ? "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"EEF1F5\"/>" : ""
            let align = table.alignment(of: column).rawValue
            let keep = keepNext ? "<w:keepNext/>" : ""
            let content = column < cells.count ? runs(cells[column].content, format: RunFormat(bold: header)) : ""
            out +=
                "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>\(shading)</w:tcPr>"
                + "<w:p><w:pPr><w:pStyle w:val=\"TableText\"/>\(keep)<w:jc w:val=\"\(align)\"/></w:pPr>\(content)</w:p></w:tc>"
        }
        return out + "</w:tr>"
    }

    /// The text width shared by the columns in proportion to their longest text (between 4
    /// and 40 characters), so a label column gets more room than a column of numbers.
    static func columnWidths(_ table: Table, columns: Int) -> [Int] {
        let weights = (0..<columns).map { column in
            let longest =
                (table.header + table.body).map { column < $0.count ? $0[column].content.plainText.count : 0 }.max()
                ?? 0
            return Double(min(40, max(4, longest)))
        }
        let total = weights.reduce(0, +)
        return weights.map { Int(Double(textWidth) * $0 / total) }
    }

    /// A caption paragraph "Tabel {SEQ Tabel}. Caption" with a bookmark around label and
    /// number, so Word can cross-reference it.
    func caption(_ kind: NumberedKind, at index: Int, _ text: String, keepNext: Bool) -> String {
        let word = kind == .table ? layout.text.table : layout.text.figure
        let (_, tail) = layout.caption(kind, at: index, text)
        let number = layout.numbers[index] ?? 0
        let bookmark = Self.bookmarkName(index, heading: false)
        return "<w:p><w:pPr><w:pStyle w:val=\"Caption\"/>\(keepNext ? "<w:keepNext/>" : "")</w:pPr>"
            + "<w:bookmarkStart w:id=\"\(index)\" w:name=\"\(bookmark)\"/>" + run(word + " ")
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
            + "<w:r><w:instrText xml:space=\"preserve\"> SEQ \(XMLText.escape(word)) \\* ARABIC </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run("\(number)")
            + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:bookmarkEnd w:id=\"\(index)\"/>"
            + (tail.isEmpty ? "" : run(tail)) + "</w:p>"
    }
}
