import VoelsprietStatistics

/// The statistics a scale item gets beside its chi-square tests, and the adjustment of p over
/// the report's families of tests.
extension ReportBuilder {
    /// Beyond this much work the exact r×c test is not computed (and the report says so): a few
    /// milliseconds per table, so that a report of a hundred tables stays quick.
    static let exactWorkLimit = 2_000_000

    /// A Mann–Whitney (two groups) or Kruskal–Wallis (more) test of a scale item over one
    /// breakdown, on the scale points' positions (rank tests need only the order). Groups nobody in
    /// answered are left out; with a hidden group, or fewer than two groups left, there is none.
    static func ordinalTest(_ breakdown: Breakdown) -> OrdinalTestReport? {
        guard !breakdown.groups.contains(where: \.suppressed) else { return nil }
        let groups = breakdown.groups.filter { $0.n > 0 }
        guard groups.count >= 2 else { return nil }
        // Counts over the scale's points in order: the tallied form of the rank tests.
        let counts = groups.map(\.counts)
        let labels = groups.map(\.label)
        if counts.count == 2 {
            guard let result = try? MannWhitneyTest.test(counts: counts[0], counts[1]) else { return nil }
            return OrdinalTestReport(
                split: breakdown.split, subset: breakdown.subset, splitLabel: breakdown.splitLabel, subsetLabel: breakdown.subsetLabel,
                groups: labels, test: "mann_whitney", statistic: result.w, p: result.p)
        }
        guard let result = try? KruskalWallisTest.test(counts: counts) else { return nil }
        return OrdinalTestReport(
            split: breakdown.split, subset: breakdown.subset, splitLabel: breakdown.splitLabel, subsetLabel: breakdown.subsetLabel,
                groups: labels, test: "kruskal_wallis", statistic: result.h, p: result.p)
    }

    /// Mean, SD and 95 % interval on the scale's own numeric codes; nil when a code is not a number.
    static func descriptives(_ categories: [CategoryReport]) -> DescriptivesReport? {
        let points = categories.compactMap { Double($0.code) }
        guard !points.isEmpty, points.count == categories.count else { return nil }
        let frequencies = zip(points, categories).map { (value: $0, count: $1.count) }
        guard let result = try? Descriptives.compute(frequencies: frequencies) else { return nil }
        return DescriptivesReport(
            n: result.n, mean: result.mean, sd: result.standardDeviation,
            ci95: result.confidenceInterval.map { [$0.lowerBound, $0.upperBound] })
    }

    /// Holm and Benjamini–Hochberg over every computable chi-square test of the report, and over
    /// every ordinal test: two families, each adjusted as a whole.
    static func adjustFamilies(_ items: inout [ItemReport]) {
        var chi: [(Int, Int)] = []
        var ordinal: [(Int, Int)] = []
        for (i, item) in items.enumerated() {
            for (t, test) in item.tests.enumerated() where test.computable && test.p != nil { chi.append((i, t)) }
            for t in (item.ordinalTests ?? []).indices { ordinal.append((i, t)) }
        }
        let chiP = chi.map { items[$0.0].tests[$0.1].p }
        if let holm = try? PValueAdjustment.holm(chiP), let bh = try? PValueAdjustment.benjaminiHochberg(chiP) {
            for (k, (i, t)) in chi.enumerated() {
                items[i].tests[t].pHolm = holm[k]
                items[i].tests[t].pBH = bh[k]
            }
        }
        let ordinalP: [Double?] = ordinal.map { items[$0.0].ordinalTests?[$0.1].p }
        if let holm = try? PValueAdjustment.holm(ordinalP), let bh = try? PValueAdjustment.benjaminiHochberg(ordinalP) {
            for (k, (i, t)) in ordinal.enumerated() {
                items[i].ordinalTests?[t].pHolm = holm[k]
                items[i].ordinalTests?[t].pBH = bh[k]
            }
        }
    }
}
