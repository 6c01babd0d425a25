/// The header and body of a table block: which rows name the columns, the role and group name of
/// each column, and the category and total rows.
struct TableLayout {
    struct BodyRow {
        let line: Int
        let label: String
        let cells: [TableCells.Cell]
    }

    var headerRows: [[String]]
    var roles: [ColumnRole]
    var groups: [ColumnGroup]
    var categories: [BodyRow]
    var totals: [BodyRow]

    struct Unreadable: Error { let reason: String }

    init(_ block: TableFinder.Block) throws(Unreadable) {
        let parsed = block.rows.map { $0.cells.map(TableCells.parse) }
        guard let firstData = parsed.firstIndex(where: { $0.dropFirst().contains(where: TableCells.isNumeric) }) else {
            throw Unreadable(reason: "no numbers in the rows")
        }
        guard firstData > 0 else { throw Unreadable(reason: "no header row naming the columns") }
        let width = block.rows[firstData...].map(\.cells.count).max() ?? 0
        let header = block.rows[..<firstData].map { Self.align($0.cells, to: width) }
        let labels = header[header.count - 1]
        let roles = labels.enumerated().map { column, label in column == 0 ? ColumnRole.other : TableColumns.role(of: label) }
        let names = (0..<width).map { Self.groupName(column: $0, headerRows: header) }
        guard let paired = TableColumns.groups(roles: roles, names: names) else {
            throw Unreadable(reason: "the frequency and percentage columns of the groups cannot be paired")
        }
        guard !paired.isEmpty else { throw Unreadable(reason: "no frequency or percentage column in the header") }
        // Numbers in columns that are neither frequencies nor percentages (M, SD, r, …): a table of
        // other statistics, whose n column need not add up to anything.
        let otherNumeric = roles.indices.dropFirst().contains { column in
            roles[column] == .other && parsed[firstData...].contains { column < $0.count && TableCells.isNumeric($0[column]) }
        }
        if otherNumeric { throw Unreadable(reason: "columns other than frequencies and percentages hold numbers (a table of other statistics)") }
        let groups = paired.map { group in
            var group = group
            let texts = [group.name, group.frequency.map { labels[$0] }, group.percentage.map { labels[$0] }].compactMap { $0 }
            group.headerN = TableText.singleN(in: texts)
            return group
        }
        let groupColumns = groups.flatMap { [$0.frequency, $0.percentage].compactMap { $0 } }
        var categories: [BodyRow] = [], totals: [BodyRow] = []
        for (index, row) in block.rows.enumerated() where index >= firstData {
            var cells = parsed[index]
            while cells.count < width { cells.append(.empty) }
            if groupColumns.allSatisfy({ cells[$0] == .empty }) { continue }  // a subheading row
            let label = TableText.stripMarkup(row.cells.first ?? "")
            let body = BodyRow(line: row.line, label: label, cells: cells)
            if Self.isTotal(label) { totals.append(body) } else { categories.append(body) }
        }
        guard !categories.isEmpty else { throw Unreadable(reason: "no category rows") }
        self.headerRows = header
        self.roles = roles
        self.groups = groups
        self.categories = categories
        self.totals = totals
    }

    /// Header cells aligned with the body: a header one cell short lacks the label column.
    static func align(_ cells: [String], to width: Int) -> [String] {
        var cells = cells
        if cells.count == width - 1 { cells.insert("", at: 0) }
        while cells.count < width { cells.append("") }
        return Array(cells.prefix(width))
    }

    /// For multi-row headers: the nearest non-empty cell at or left of `column` in the rows above
    /// the last one (a group name spanning its columns).
    static func groupName(column: Int, headerRows: [[String]]) -> String? {
        guard headerRows.count > 1, column > 0 else { return nil }
        var parts: [String] = []
        for row in headerRows.dropLast() {
            var c = column
            while c > 0, row[c].isEmpty { c -= 1 }
            if c > 0 { parts.append(row[c]) }
        }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// "Totaal", "Total", "Som", "Sum", "N", "Totaal (n)".
    static func isTotal(_ label: String) -> Bool {
        let lower = TableColumns.normalise(label)
        return ["totaal", "total", "som", "sum", "n", "totaal (n)", "total (n)", "alle respondenten", "all respondents"].contains(lower)
            || lower.hasPrefix("totaal ") || lower.hasPrefix("total ")
    }
}
