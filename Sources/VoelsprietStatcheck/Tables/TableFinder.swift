/// Finds blocks of tab- or pipe-separated rows, with their caption and note, and has them checked.
enum TableFinder {
    struct Result {
        var checked: [StatcheckTable] = []
        var skipped: [SkippedTable] = []
    }

    /// One row of a block: its source line and cells.
    struct Row {
        let line: Int
        let cells: [String]
    }

    /// A block of consecutive rows with the lines around it.
    struct Block {
        var rows: [Row]
        var caption: String?
        var captionLine: Int?
        /// A note right after the table ("*Meerdere antwoorden mogelijk.").
        var note: String?
    }

    static func tables(in lines: [SourceLine], options: StatcheckOptions) -> Result {
        var result = Result()
        for block in blocks(in: lines) {
            switch TableChecker.check(block, options: options) {
            case .success(let table): result.checked.append(table)
            case .failure(let skip):
                result.skipped.append(SkippedTable(line: block.rows[0].line, caption: block.caption, reason: skip.reason))
            }
        }
        return result
    }

    enum Kind { case tab, pipe }

    static func blocks(in lines: [SourceLine]) -> [Block] {
        var blocks: [Block] = []
        var index = 0
        while index < lines.count {
            guard let (kind, _) = cells(lines[index].text) else {
                index += 1
                continue
            }
            var rows: [Row] = []
            var end = index
            while end < lines.count, let (k, cells) = cells(lines[end].text), k == kind {
                if !isSeparatorRow(cells) { rows.append(Row(line: lines[end].number, cells: cells)) }
                end += 1
            }
            if rows.count >= 2 {
                var block = Block(rows: rows)
                (block.caption, block.captionLine) = caption(before: index, in: lines)
                block.note = note(after: end, in: lines)
                blocks.append(block)
            }
            index = end
        }
        return blocks
    }

    /// The cells of a table row, or nil for a line that is no row.
    static func cells(_ text: String) -> (Kind, [String])? {
        let bytes = text.utf8
        if bytes.contains(0x09) {
            let cells = text.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingSpaces() }
            return cells.count >= 2 ? (.tab, cells) : nil
        }
        let pipes = bytes.reduce(0) { $0 + ($1 == 0x7C ? 1 : 0) }
        guard pipes >= 1 else { return nil }
        let trimmed = text.trimmingSpaces()
        guard trimmed.hasPrefix("|") || pipes >= 2 else { return nil }
        var cells = trimmed.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingSpaces() }
        if trimmed.hasPrefix("|"), !cells.isEmpty { cells.removeFirst() }
        if trimmed.hasSuffix("|"), !cells.isEmpty { cells.removeLast() }
        return cells.count >= 2 ? (.pipe, cells) : nil
    }

    /// A Markdown alignment row: `|---|:---:|`.
    static func isSeparatorRow(_ cells: [String]) -> Bool {
        cells.allSatisfy { cell in
            let body = cell.filter { $0 != ":" }
            return body.count >= 1 && body.allSatisfy { $0 == "-" }
        }
    }

    /// The caption above line `index`: the nearest non-blank line within two blank lines when it
    /// starts with "Tabel/Table"; or a title line under a bare "Table 2" line.
    static func caption(before index: Int, in lines: [SourceLine]) -> (String?, Int?) {
        guard let first = nonBlank(before: index, in: lines) else { return (nil, nil) }
        let text = lines[first].text
        if TableText.isCaption(text) { return (TableText.stripMarkup(text), lines[first].number) }
        if let second = nonBlank(before: first, in: lines), TableText.isBareCaption(lines[second].text) {
            return (TableText.stripMarkup(lines[second].text) + " " + TableText.stripMarkup(text), lines[second].number)
        }
        return (nil, nil)
    }

    private static func nonBlank(before index: Int, in lines: [SourceLine]) -> Int? {
        var k = index - 1, blanks = 0
        while k >= 0 {
            if !lines[k].text.trimmingSpaces().isEmpty { return cells(lines[k].text) == nil ? k : nil }
            blanks += 1
            if blanks > 2 { return nil }
            k -= 1
        }
        return nil
    }

    /// A note under the table: the first non-blank line (within one blank line) when it starts
    /// with "*", "¹", "Noot", "Note", "Opmerking" or "N.B.".
    static func note(after end: Int, in lines: [SourceLine]) -> String? {
        var k = end
        if k < lines.count, lines[k].text.trimmingSpaces().isEmpty { k += 1 }
        guard k < lines.count else { return nil }
        let text = lines[k].text.trimmingSpaces()
        let lower = text.lowercased()
        let marks = ["*", "¹", "†", "noot", "note", "opmerking", "n.b.", "toelichting"]
        return marks.contains(where: { lower.hasPrefix($0) }) ? text : nil
    }
}
