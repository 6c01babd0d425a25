import Dispatch
import VoelsprietStatistics

/// Turns counted data into a report: frequencies, breakdowns by each comparison, chi-square
/// tests, published figures side by side and open answers.
///
/// Comparisons follow the report: by each split on its own, and by every later split within
/// each group of the first (`--by role,experience`: by role, by experience, and by experience
/// among professionals and among students).
public struct ReportBuilder: Sendable {
    public let data: AnalysisData
    public let options: ReportOptions
    public let published: PublishedFigures

    public init(data: AnalysisData, options: ReportOptions = ReportOptions(), published: PublishedFigures = .tno2023) {
        self.data = data
        self.options = options
        self.published = published
    }

    /// A comparison: which split's groups form the columns, and optionally one group of the
    /// first split that the rows are limited to.
    struct Comparison {
        let split: Int
        let within: (split: Int, group: Int)?
    }

    var comparisons: [Comparison] {
        var list = data.splits.indices.map { Comparison(split: $0, within: nil) }
        if data.splits.count >= 2 {
            for later in 1..<data.splits.count {
                for group in data.splits[0].groups.indices {
                    list.append(Comparison(split: later, within: (0, group)))
                }
            }
        }
        return list
    }

    /// Builds the report.
    public func build() -> AnalysisReport {
        let language = options.language
        let tally = data.tally
        let sizes = data.splits.indices.map { groupSizes(split: $0) }
        let hiddenGroups = hiddenSplitGroups(sizes: sizes)
        let smallGroups = smallSplitGroups(sizes: sizes)
        let numeric = data.numericColumns
        let numericColumns = Set(numeric.map(\.variable))
        let context = ItemContext(
            splitVariables: Set(data.splits.map(\.variable)), hiddenGroups: hiddenGroups, smallGroups: smallGroups,
            // Only a report with comparisons has tests to share it.
            logFactorials: LogFactorials(upTo: comparisons.isEmpty ? 0 : min(tally.rows, Self.exactWorkLimit)))
        let included = data.schema.variables.indices.filter { data.excluded[$0] == nil && !numericColumns.contains($0) }
        // Items are independent (their exact tests can take milliseconds each): built on every
        // core, kept in the instrument's order.
        let built = ResultSlots<ItemReport>(count: included.count)
        DispatchQueue.concurrentPerform(iterations: included.count) { position in
            built.set(position, itemReport(variable: included[position], context: context))
        }
        var items = included.indices.map { built.get($0)! }
        Self.adjustFamilies(&items)
        let splits = data.splits.enumerated().map { position, split in
            ReportSplit(
                id: split.definition.id, label: splitLabel(split), variable: data.schema.variables[split.variable].id,
                groups: split.groups.indices.map { group in
                    ReportGroup(
                        id: split.groups[group].id, label: split.groups[group].label.text(in: language),
                        n: hiddenGroups[position].contains(group) ? nil : sizes[position][group])
                })
        }
        return AnalysisReport(
            title: options.title ?? (language == "en" ? "Quickscan report" : "Rapportage quickscan"),
            n: tally.rows, language: language, alpha: options.alpha, style: options.style.rawValue,
            minimumGroupSize: options.minimumGroupSize, splits: splits,
            items: items, notes: data.notes.map { $0.text(in: language) }, warnings: data.warnings.map { $0.text(in: language) }, warningCount: data.warningCount,
            excluded: data.excluded.keys.sorted().compactMap { index in
                let variable = data.schema.variables[index]
                // Specify texts without a column are not worth a line of their own.
                if variable.specifies != nil { return nil }
                return ExcludedVariable(id: variable.id, reason: data.excluded[index]!.text(in: language))
            },
            reliability: reliability(), numeric: numericReports(numeric))
    }

    /// Cronbach's α per battery whose items are all in the report.
    func reliability() -> [BatteryReliability]? {
        let batteries = data.tally.batteries.filter { $0.variables.allSatisfy { data.excluded[$0] == nil } }
        guard !batteries.isEmpty else { return nil }
        return batteries.map { battery in
            BatteryReliability(
                items: battery.variables.map { data.schema.variables[$0].id }, n: battery.n,
                alpha: battery.n >= max(2, options.minimumGroupSize) ? battery.alpha : nil)
        }
    }

    /// The cells whose group for each `(split, group)` pair matches (group in display order).
    func cells(where constraints: [(split: Int, group: Int)]) -> [Int] {
        let tally = data.tally
        return (0..<tally.cellCount).filter { cell in
            constraints.allSatisfy { constraint in
                let tallyGroup = data.splits[constraint.split].tallyGroups[constraint.group]
                let stride = tally.strides[constraint.split]
                let width = tally.splits[constraint.split].groupCount + 1
                return (cell / stride) % width == tallyGroup
            }
        }
    }

    /// Per slot, the sum over `cells`.
    func totals(variable: Int, cells: [Int]) -> [Int] {
        let tally = data.tally
        let width = tally.capacities[variable] + 2
        var sums = [Int](repeating: 0, count: width)
        for cell in cells {
            for slot in 0..<width { sums[slot] += tally.count(variable: variable, cell: cell, slot: slot) }
        }
        return sums
    }

    /// Whether a comparison splits or subsets by the variable itself (a breakdown of role by role).
    func involves(_ comparison: Comparison, variable: Int) -> Bool {
        data.splits[comparison.split].variable == variable || comparison.within.map { data.splits[$0.split].variable == variable } == true
    }

    func splitLabel(_ split: ResolvedSplit) -> String {
        split.definition.label?.text(in: options.language) ?? split.definition.id
    }

    /// "Student: …" for a comparison within one group.
    func subsetWords(_ comparison: Comparison) -> String? {
        guard let within = comparison.within else { return nil }
        return data.splits[within.split].groups[within.group].label.text(in: options.language)
    }

    func subsetLabel(_ comparison: Comparison) -> String? {
        guard let within = comparison.within else { return nil }
        let split = data.splits[within.split]
        return "\(split.definition.id)=\(split.groups[within.group].id)"
    }

    /// The breakdown of one variable for one comparison, and the category × group table.
    func breakdownTable(variable index: Int, comparison: Comparison) -> (Breakdown, [[Int]]) {
        let variable = data.schema.variables[index]
        let split = data.splits[comparison.split]
        let order = data.categoryOrder[index]
        let capacity = data.tally.capacities[index]
        var groups: [BreakdownGroup] = []
        var sizes: [Int] = []
        var columns: [[Int]] = []
        for group in split.groups.indices {
            var constraints = [(comparison.split, group)]
            if let within = comparison.within { constraints.append(within) }
            let sums = totals(variable: index, cells: cells(where: constraints))
            let counts = order.map { sums[$0] }
            let answered = variable.kind == .multiple ? sums[capacity] : counts.reduce(0, +)
            // A handful of people in a group could be recognised by their answers (or by not
            // answering): show none. The group's size counts those who skipped the item too.
            let size = answered + sums[capacity + 1]
            let suppressed = size > 0 && size < options.minimumGroupSize
            sizes.append(size)
            groups.append(
                BreakdownGroup(
                    id: split.groups[group].id, label: split.groups[group].label.text(in: options.language), n: answered,
                    missing: suppressed ? 0 : sums[capacity + 1], counts: suppressed ? [] : counts,
                    percent: suppressed ? [] : counts.map { Percent.of($0, answered) }, suppressed: suppressed))
            columns.append(counts)
        }
        Self.suppressComplements(&groups, sizes: sizes, threshold: options.minimumGroupSize)
        let table = order.indices.map { row in columns.map { $0[row] } }
        return (
            Breakdown(
                split: split.definition.id, subset: subsetLabel(comparison), splitLabel: splitLabel(split),
                subsetLabel: subsetWords(comparison), groups: groups),
            table
        )
    }

    func test(table: [[Int]], breakdown: Breakdown, variable index: Int, logFactorials: LogFactorials) -> TestReport {
        let variable = data.schema.variables[index]
        let order = data.categoryOrder[index]
        var report = TestReport(
            split: breakdown.split, subset: breakdown.subset, splitLabel: breakdown.splitLabel,
            subsetLabel: breakdown.subsetLabel, groups: breakdown.groups.map(\.label), computable: false,
            reason: nil, chi2: nil, df: nil, p: nil, n: nil, cramersV: nil, minExpected: nil, cellsBelow5: nil,
            shareBelow5: nil, droppedCategories: [], droppedGroups: [], yatesCorrected: false, fisherP: nil, significant: false,
            statement: nil)
        let contingency: ContingencyTable
        do { contingency = try ContingencyTable(table) } catch { return report }
        switch ChiSquareTest.pearson(contingency, yates: options.yates) {
        case .failure(let reason):
            report.reason = reason.description
        case .success(let result):
            report.computable = true
            report.chi2 = result.chi2
            report.df = result.degreesOfFreedom
            report.p = result.p
            report.n = result.n
            report.cramersV = result.cramersV
            report.minExpected = result.minExpected
            report.cellsBelow5 = result.cellsBelow5
            report.shareBelow5 = result.shareBelow5
            report.droppedCategories = result.droppedRows.map { variable.categories[order[$0]].code }
            report.droppedGroups = result.droppedColumns.map { breakdown.groups[$0].id }
            report.yatesCorrected = result.yatesCorrected
            let reduced = contingency.droppingEmpty().table
            if reduced.rowCount == 2, reduced.columnCount == 2 {
                report.fisherP = try? FisherExactTest.test(reduced).pTwoSided
            } else {
                do {
                    report.fisherP = try FisherFreemanHaltonTest.test(reduced, workLimit: Self.exactWorkLimit, logFactorials: logFactorials).p
                } catch {
                    report.fisherNote = options.language == "en"
                        ? "not computed: table too large for the exact test" : "niet berekend: tabel te groot voor de exacte toets"
                }
            }
            // A 2×2 table with small expected counts is judged by Fisher's exact test: the
            // chi-square approximation is poor there.
            let byFisher = report.fisherP != nil && result.minExpected < 5
            report.significant = (byFisher ? report.fisherP! : result.p) < options.alpha
            if report.significant {
                report.adjustedResiduals = (try? AdjustedResiduals.compute(reduced))?.adjusted
                var statement = StatementFormatter.chiSquare(
                    chi2: result.chi2, df: result.degreesOfFreedom, p: result.p, n: result.n, style: options.style,
                    alpha: options.alpha)
                if result.yatesCorrected { statement += options.language == "en" ? " (Yates-corrected)" : " (met Yates-correctie)" }
                if byFisher {
                    statement += "; Fisher \(StatementFormatter.p(report.fisherP!, style: options.style, alpha: options.alpha))"
                }
                report.statement = statement
            }
        }
        return report
    }

    func comparePublished(
        _ reference: String, categories: [CategoryReport], answered: Int, selections: Int
    ) -> PublishedComparison? {
        guard let entry = published[reference] else { return nil }
        let bySelections = entry.percentOf == "selections"
        let denominator = bySelections ? selections : answered
        var rows: [PublishedRow] = []
        for category in categories {
            guard let value = entry.values[category.code] else { continue }
            let observed = Percent.whole(category.count, denominator)
            rows.append(
                PublishedRow(
                    code: category.code, label: category.label, publishedCount: value.count,
                    publishedPercent: value.percent, observedCount: category.count, observedPercent: observed,
                    difference: observed - value.percent))
        }
        // Check the published table against itself: counts adding up to n, percentages
        // matching counts.
        var problems: [String] = []
        let counts = entry.values.values.compactMap(\.count)
        if counts.count == entry.values.count {
            let sum = counts.reduce(0, +)
            let english = options.language == "en"
            if sum != entry.n {
                problems.append(english ? "counts add up to \(sum), not n = \(entry.n)" : "de aantallen tellen op tot \(sum), niet n = \(entry.n)")
            }
            for row in rows {
                if let count = row.publishedCount, Percent.whole(count, entry.n) != row.publishedPercent {
                    let actual = Percent.whole(count, entry.n)
                    problems.append(
                        english
                            ? "\(row.label): \(count) of \(entry.n) is \(actual)%, printed \(row.publishedPercent)%"
                            : "\(row.label): \(count) van \(entry.n) is \(actual)%, gedrukt \(row.publishedPercent)%")
                }
            }
        }
        return PublishedComparison(
            reference: reference, table: entry.table, n: entry.n, percentOf: entry.percentOf, rows: rows,
            inconsistencies: problems)
    }
}
