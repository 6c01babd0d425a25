import VoelsprietStatistics

/// The numeric columns of a plain CSV: descriptives overall and per group, and group
/// comparisons by each split, hidden as a whole where a group is smaller than the minimum
/// (a mean of three people, with the overall mean beside it, tells too much about them).
extension ReportBuilder {
    func numericReports(_ columns: [NumericColumn]) -> [NumericReport]? {
        guard !columns.isEmpty else { return nil }
        let hiddenGroups = hiddenSplitGroups(sizes: data.splits.indices.map { groupSizes(split: $0) })
        var reports = columns.map { numericReport($0, hiddenGroups: hiddenGroups) }
        Self.adjustNumericFamilies(&reports)
        return reports
    }

    func numericReport(_ column: NumericColumn, hiddenGroups: [Set<Int>]) -> NumericReport {
        let minimum = max(1, options.minimumGroupSize)
        let n = column.values.count
        let variable = data.schema.variables[column.variable]
        let whole = n >= minimum ? try? Descriptives.compute(column.values) : nil
        var list: [NumericComparison] = []
        for split in data.splits.indices {
            let built = comparisons.filter { $0.split == split }.map {
                numericComparison(column, $0, hidesGroup: !hiddenGroups[split].isEmpty || ($0.within != nil && !hiddenGroups[0].isEmpty))
            }
            // Within-group comparisons are shown all or none: one hidden subset would follow
            // from the split's overall comparison minus the others. Nor are they shown when, for
            // some group of this split, those outside every subset (the first split blank, or a
            // hidden group of it) are too few: the overall group minus the subsets would be them.
            if built.count > 1, built.dropFirst().contains(where: { $0.reason != nil }) || outsideSubsetsTooFew(column, split: split) {
                list.append(built[0])
                list += built.dropFirst().map { hidden($0, reason: Self.hiddenSubsetReason) }
            } else {
                list += built
            }
        }
        return NumericReport(
            id: variable.id, question: data.schema.numericItems.contains(variable.id) ? variable.question.text(in: options.language) : nil,
            n: n, missing: data.tally.rows - n,
            decimalComma: column.decimalComma, descriptives: whole.map(Self.descriptivesReport),
            median: whole?.median, comparisons: list)
    }

    static let hiddenSubsetReason = "hidden beside a comparison within a group that is too small"

    func hidden(_ comparison: NumericComparison, reason: String) -> NumericComparison {
        var comparison = comparison
        comparison.groups = []
        comparison.tests = []
        comparison.reason = reason
        return comparison
    }

    /// Whether, for a group of `split`, between one and minimum−1 of its values lie outside the
    /// comparisons within the groups of the first split.
    func outsideSubsetsTooFew(_ column: NumericColumn, split: Int) -> Bool {
        guard split > 0, options.minimumGroupSize > 1 else { return false }
        return data.splits[split].groups.indices.contains { group in
            let overall = column.values(in: Set(cells(where: [(split, group)]))).count
            let inside = data.splits[0].groups.indices.reduce(0) { total, first in
                total + column.values(in: Set(cells(where: [(split, group), (0, first)]))).count
            }
            let outside = overall - inside
            return outside > 0 && outside < options.minimumGroupSize
        }
    }

    func numericComparison(_ column: NumericColumn, _ comparison: Comparison, hidesGroup: Bool = false) -> NumericComparison {
        let split = data.splits[comparison.split]
        var result = NumericComparison(
            split: split.definition.id, subset: subsetLabel(comparison), splitLabel: splitLabel(split),
            subsetLabel: subsetWords(comparison), groups: [], tests: [], reason: nil)
        // The split hides a group's size: the numbers' n per group would give it back.
        if hidesGroup { return hidden(result, reason: Self.hiddenGroupReason) }
        var samples: [[Double]] = []
        var groups: [NumericGroup] = []
        for group in split.groups.indices {
            var constraints = [(split: comparison.split, group: group)]
            if let within = comparison.within { constraints.append(within) }
            let values = column.values(in: Set(cells(where: constraints)))
            guard !values.isEmpty else { continue }
            if values.count < options.minimumGroupSize { return hidden(result, reason: Self.hiddenGroupReason) }
            let described = try? Descriptives.compute(values)
            groups.append(
                NumericGroup(
                    id: split.groups[group].id, label: split.groups[group].label.text(in: options.language), n: values.count,
                    mean: described?.mean, sd: described?.standardDeviation,
                    ci95: described?.confidenceInterval.map { [$0.lowerBound, $0.upperBound] }, median: described?.median))
            samples.append(values)
        }
        // Those of the comparison's base without a group (the split left blank): with the
        // overall mean shown, one or two of them would have their own mean worked out.
        let base = column.values(in: Set(cells(where: comparison.within.map { [$0] } ?? []))).count
        let rest = base - samples.reduce(0) { $0 + $1.count }
        if rest > 0, rest < options.minimumGroupSize { return hidden(result, reason: Self.hiddenGroupReason) }
        result.groups = groups
        guard samples.count >= 2 else {
            result.reason = "fewer than two non-empty columns (groups)"
            return result
        }
        result.tests = Self.numericTests(samples)
        return result
    }

    /// Welch's t and Mann–Whitney for two groups; the one-way ANOVA and Kruskal–Wallis for more.
    /// A test the data do not allow (a group of one, constant values) is left out.
    static func numericTests(_ samples: [[Double]]) -> [NumericTestReport] {
        var tests: [NumericTestReport] = []
        if samples.count == 2 {
            if let t = try? WelchTTest.test(samples[0], samples[1]) {
                tests.append(NumericTestReport(test: "welch_t", statistic: t.t, df: [t.degreesOfFreedom], p: t.p))
            }
            if let w = try? MannWhitneyTest.test(samples[0], samples[1]) {
                tests.append(NumericTestReport(test: "mann_whitney", statistic: w.w, df: nil, p: w.p))
            }
        } else {
            if let f = try? OneWayANOVA.test(samples) {
                tests.append(
                    NumericTestReport(
                        test: "anova", statistic: f.f,
                        df: [Double(f.degreesOfFreedomBetween), Double(f.degreesOfFreedomWithin)], p: f.p))
            }
            if let h = try? KruskalWallisTest.test(samples) {
                tests.append(NumericTestReport(test: "kruskal_wallis", statistic: h.h, df: [Double(samples.count - 1)], p: h.p))
            }
        }
        return tests
    }

    static func descriptivesReport(_ result: Descriptives) -> DescriptivesReport {
        DescriptivesReport(
            n: result.n, mean: result.mean, sd: result.standardDeviation,
            ci95: result.confidenceInterval.map { [$0.lowerBound, $0.upperBound] })
    }

    /// Holm and Benjamini–Hochberg over the parametric tests (t, F) and, separately, over the
    /// rank tests of all numeric columns.
    static func adjustNumericFamilies(_ reports: inout [NumericReport]) {
        for family in [["welch_t", "anova"], ["mann_whitney", "kruskal_wallis"]] {
            var positions: [(Int, Int, Int)] = []
            for (r, report) in reports.enumerated() {
                for (c, comparison) in report.comparisons.enumerated() {
                    for (t, test) in comparison.tests.enumerated() where family.contains(test.test) { positions.append((r, c, t)) }
                }
            }
            let p: [Double?] = positions.map { reports[$0.0].comparisons[$0.1].tests[$0.2].p }
            guard let holm = try? PValueAdjustment.holm(p), let bh = try? PValueAdjustment.benjaminiHochberg(p) else { continue }
            for (k, (r, c, t)) in positions.enumerated() {
                reports[r].comparisons[c].tests[t].pHolm = holm[k]
                reports[r].comparisons[c].tests[t].pBH = bh[k]
            }
        }
    }
}
