/// Checks a frequency table.
///
/// Recognised: a block of tab- or pipe-separated rows whose header names a frequency column
/// (Frequentie, Frequenties, Aantal, n, Frequency, Count) and/or a percentage column (Percentage,
/// %, Procent, Percent) or "n (%)" cells; the n comes from the caption above ("Tabel 4. … (n =
/// 131)"), else the header, else a total row. Checks: (1) the frequencies add up to n; (2) each
/// percentage is frequency / n × 100 within ±1 point (frequency / sum of frequencies is accepted
/// too, the "valid percent"); (3) the percentages add up to 100 ± 2; (4) a total row equals the
/// sum of the rows. When the caption, header or note says several answers were possible
/// ("meerdere antwoorden", "multiple responses") — or the frequencies exceed n by more than 10 % —
/// checks 1 and 3 are skipped. With several groups of columns (frequency and percentage per
/// group), each group is checked against its own n (header or total row) or its own sum. What
/// cannot be read is not flagged: when most percentages of a group fit neither base, or every
/// group's percentages miss 100, the percentages are taken to be of another base and only
/// noted. When the percentages of several groups add up to 100 in every row (and not down every
/// column), they are row percentages and each is checked against its row's total frequency.
enum TableChecker {
    struct Skip: Error { let reason: String }

    static func check(_ block: TableFinder.Block, options: StatcheckOptions) -> Result<StatcheckTable, Skip> {
        let layout: TableLayout
        do {
            layout = try TableLayout(block)
        } catch {
            return .failure(Skip(reason: error.reason))
        }
        let headerText = layout.headerRows.flatMap { $0 }.joined(separator: " ")
        let signalText = [block.caption ?? "", headerText, block.note ?? ""].joined(separator: " ")
        let multipleSignal = TableText.signalsMultipleResponses(signalText)
        let captionN = block.caption.flatMap { TableText.singleN(in: [$0]) }
        var table = StatcheckTable(
            line: block.rows[0].line, captionLine: block.captionLine, caption: block.caption, n: nil, sum: nil,
            percentSum: nil, multipleResponses: multipleSignal, groups: [], checks: [], problems: [], notes: [])
        let single = layout.groups.count == 1
        let rowTotals = single ? nil : RowPercentages.rowTotals(layout, options: options)
        if rowTotals != nil { table.notes.append("the percentages add up to 100 per row: checked as row percentages") }
        var outcomes: [GroupCheck.Outcome] = []
        for group in layout.groups {
            let n = single ? (captionN ?? group.headerN ?? TableText.singleN(in: [headerText])) : group.headerN
            let context = GroupCheck.Context(
                layout: layout, group: group, n: n, multipleSignal: multipleSignal, single: single, options: options,
                firstLine: block.rows[0].line, rowTotals: rowTotals)
            outcomes.append(GroupCheck.run(context))
        }
        merge(outcomes, into: &table, single: single, captionN: captionN, options: options)
        return .success(table)
    }

    /// Combines the group outcomes; when every group misses 100 in a multi-group table the
    /// percentages are row percentages (or of another base) and those problems become a note.
    private static func merge(_ outcomes: [GroupCheck.Outcome], into table: inout StatcheckTable, single: Bool, captionN: Int?, options: StatcheckOptions) {
        let sumProblems = outcomes.map { $0.problems.contains { $0.kind == .percentagesSum } }
        let allMiss = !single && sumProblems.count > 1 && sumProblems.allSatisfy { $0 }
        for outcome in outcomes {
            var problems = outcome.problems
            if allMiss {
                problems.removeAll { $0.kind == .percentagesSum }
                if !table.notes.contains(where: { $0.hasPrefix("no group's percentages") }) {
                    table.notes.append("no group's percentages add up to 100; they are taken to be of another base and not checked")
                }
            }
            table.problems.append(contentsOf: problems)
            table.notes.append(contentsOf: outcome.notes)
            for check in outcome.checks where !table.checks.contains(check) { table.checks.append(check) }
            table.multipleResponses = table.multipleResponses || outcome.multipleAssumed
            if let name = outcome.name { table.groups.append(name) }
        }
        if single {
            table.n = outcomes.first?.n
            table.sum = outcomes.first?.frequencySum
            table.percentSum = outcomes.first?.percentSum
        } else {
            table.n = captionN
            let sums = outcomes.map(\.frequencySum)
            table.sum = sums.allSatisfy({ $0 != nil }) && !sums.isEmpty ? sums.compactMap { $0 }.reduce(0, +) : nil
        }
        if table.checks.isEmpty { table.notes.append("nothing could be checked: no n and no percentages to compare") }
    }
}
