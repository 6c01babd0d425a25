/// The checks of one group of columns (see `TableChecker`).
enum GroupCheck {
    struct Context {
        let layout: TableLayout
        let group: ColumnGroup
        let n: Int?
        let multipleSignal: Bool
        let single: Bool
        let options: StatcheckOptions
        let firstLine: Int
        /// For row percentages (several groups whose percentages add up to 100 per row): the
        /// frequencies of each row summed over the groups, the base of every percentage.
        var rowTotals: [Int?]?
    }

    struct Outcome {
        var name: String?
        var n: Int?
        var frequencySum: Int?
        var percentSum: Double?
        var multipleAssumed = false
        var checks: [String] = []
        var problems: [TableProblem] = []
        var notes: [String] = []
    }

    static func run(_ context: Context) -> Outcome {
        let frequencies = context.group.frequency.map { column in context.layout.categories.map { frequency($0.cells[column]) } }
        let percentages = context.group.percentage.map { column in context.layout.categories.map { percentage($0.cells[column]) } }
        var outcome = Outcome(name: context.single ? nil : context.group.name ?? "column \((context.group.frequency ?? context.group.percentage ?? 0) + 1)")
        outcome.frequencySum = frequencies.flatMap { values in values.contains(nil) ? nil : values.compactMap { $0 }.reduce(0, +) }
        outcome.percentSum = percentages.flatMap { values in values.contains(nil) ? nil : values.compactMap { $0 }.reduce(0, +) }
        let total = totalRow(context)
        outcome.n = context.n ?? total.frequency
        outcome.multipleAssumed = !context.multipleSignal && exceeds(outcome, context)
        if outcome.multipleAssumed {
            outcome.notes.append(prefix(outcome) + "the frequencies or percentages add up to far more than n or 100; taken as a multiple-response question, sums not checked")
        }
        let multiple = context.multipleSignal || outcome.multipleAssumed
        // An n taken from the total row is checked by the total-row check below.
        if frequencies != nil, !multiple, context.n != nil { checkFrequencySum(&outcome, context) }
        if let frequencies, let percentages { checkPercentages(&outcome, context, frequencies, percentages) }
        if percentages != nil, !multiple, context.rowTotals == nil { checkPercentSum(&outcome, context) }
        checkTotalRow(&outcome, context, total)
        if frequencies != nil, outcome.frequencySum == nil { outcome.notes.append(prefix(outcome) + "some frequencies cannot be read; their sum is not checked") }
        return outcome
    }

    // MARK: Cells

    private static func frequency(_ cell: TableCells.Cell) -> Int? {
        switch cell {
        case .count(let value), .countAndPercent(let value, _): return value
        default: return nil
        }
    }

    private static func percentage(_ cell: TableCells.Cell) -> Double? {
        switch cell {
        case .count(let value): return Double(value)
        case .decimal(let value), .countAndPercent(_, let value): return value
        default: return nil
        }
    }

    private static func totalRow(_ context: Context) -> (line: Int?, frequency: Int?, percentage: Double?) {
        guard let row = context.layout.totals.first else { return (nil, nil, nil) }
        return (row.line, context.group.frequency.flatMap { frequency(row.cells[$0]) }, context.group.percentage.flatMap { percentage(row.cells[$0]) })
    }

    /// Frequencies above n by more than 10 %, or percentages above 110: several answers per person.
    private static func exceeds(_ outcome: Outcome, _ context: Context) -> Bool {
        if let sum = outcome.frequencySum, let n = outcome.n, n > 0, Double(sum) > Double(n) * 1.1 { return true }
        if let sum = outcome.percentSum, sum > 100 + max(10, context.options.percentSumTolerance) { return true }
        return false
    }

    private static func prefix(_ outcome: Outcome) -> String {
        outcome.name.map { "\($0): " } ?? ""
    }

    // MARK: Checks

    private static func checkFrequencySum(_ outcome: inout Outcome, _ context: Context) {
        guard let n = outcome.n, let sum = outcome.frequencySum else { return }
        outcome.checks.append("frequencies_sum_to_n")
        guard sum != n else { return }
        outcome.problems.append(TableProblem(
            kind: .frequenciesSum, line: context.firstLine, row: nil, group: outcome.name, expected: Double(n), found: Double(sum),
            message: prefix(outcome) + "the frequencies add up to \(sum), not n = \(n)"))
    }

    private static func checkPercentages(_ outcome: inout Outcome, _ context: Context, _ frequencies: [Int?], _ percentages: [Double?]) {
        let bases = [outcome.n, outcome.frequencySum].compactMap { $0 }.filter { $0 > 0 }
        var compared = 0
        var mismatches: [TableProblem] = []
        for (index, row) in context.layout.categories.enumerated() {
            guard let f = frequencies[index], let p = percentages[index] else { continue }
            let rowBases = context.rowTotals.map { totals in totals[index].map { [$0] } ?? [] } ?? bases
            guard let primary = rowBases.first, primary > 0 else { continue }
            compared += 1
            let fits = rowBases.contains { abs(Double(f) / Double($0) * 100 - p) <= context.options.percentTolerance + 1e-9 }
            if fits { continue }
            let expected = Double(f) / Double(primary) * 100
            mismatches.append(TableProblem(
                kind: .percentage, line: row.line, row: row.label, group: outcome.name, expected: expected, found: p,
                message: prefix(outcome) + "\(row.label): \(f) of \(primary) is \(ReportFormat.decimal(expected, digits: 1, english: true))%, not \(ReportFormat.number(p, english: true))%"))
        }
        guard compared > 0 else { return }
        outcome.checks.append(context.rowTotals == nil ? "percentages_match_frequencies" : "row_percentages_match_frequencies")
        if compared >= 3, mismatches.count * 2 > compared {
            outcome.notes.append(prefix(outcome) + "most percentages fit neither n nor the sum of the frequencies; they are taken to be of another base and not checked")
            return
        }
        outcome.problems.append(contentsOf: mismatches)
    }

    private static func checkPercentSum(_ outcome: inout Outcome, _ context: Context) {
        guard let sum = outcome.percentSum, sum > 0 else { return }
        outcome.checks.append("percentages_sum_to_100")
        guard abs(sum - 100) > context.options.percentSumTolerance + 1e-9 else { return }
        outcome.problems.append(TableProblem(
            kind: .percentagesSum, line: context.firstLine, row: nil, group: outcome.name, expected: 100, found: sum,
            message: prefix(outcome) + "the percentages add up to \(ReportFormat.number(sum, english: true)), not 100"))
    }

    private static func checkTotalRow(_ outcome: inout Outcome, _ context: Context, _ total: (line: Int?, frequency: Int?, percentage: Double?)) {
        guard let line = total.line else { return }
        let label = context.layout.totals.first?.label
        if let stated = total.frequency, let sum = outcome.frequencySum {
            if !outcome.checks.contains("total_row") { outcome.checks.append("total_row") }
            if stated != sum {
                outcome.problems.append(TableProblem(
                    kind: .totalRow, line: line, row: label, group: outcome.name, expected: Double(sum), found: Double(stated),
                    message: prefix(outcome) + "the total row says \(stated), the rows add up to \(sum)"))
            }
        }
        if let stated = total.percentage, let sum = outcome.percentSum {
            if !outcome.checks.contains("total_row") { outcome.checks.append("total_row") }
            if abs(stated - sum) > context.options.percentSumTolerance + 1e-9 {
                outcome.problems.append(TableProblem(
                    kind: .totalRow, line: line, row: label, group: outcome.name, expected: sum, found: stated,
                    message: prefix(outcome) + "the total row says \(ReportFormat.number(stated, english: true))%, the rows add up to \(ReportFormat.number(sum, english: true))%"))
            }
        }
    }
}
