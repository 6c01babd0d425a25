/// Small-group suppression beyond the single cell: complements within a breakdown, and the
/// same groups across the subsets of a split, so that differencing gives nothing back.
extension ReportBuilder {
    /// Complementary suppression within one breakdown: when a group is hidden, hiding it alone
    /// is not enough — the item's total minus the groups shown would give its answers back. So
    /// the next smallest groups are hidden too, until at least two groups and at least the
    /// minimum group size of respondents are hidden together; then "total minus shown" gives
    /// only the combined answers of that many people.
    ///
    /// This protects one breakdown against differencing with the item's total. It does not
    /// make linked breakdowns (a split within subsets beside the split overall) consistent with
    /// each other; members who may not see small groups therefore get only the study's default
    /// splits (see `ReportService`).
    static func suppressComplements(_ groups: inout [BreakdownGroup], sizes: [Int], threshold: Int) {
        guard threshold > 0, groups.contains(where: \.suppressed) else { return }
        while true {
            let hidden = groups.indices.filter { groups[$0].suppressed }
            if hidden.count >= 2 && hidden.reduce(0, { $0 + sizes[$1] }) >= threshold { return }
            let candidates = groups.indices.filter { !groups[$0].suppressed && sizes[$0] > 0 }
            guard let smallest = candidates.min(by: { (sizes[$0], $0) < (sizes[$1], $1) }) else { return }
            groups[smallest].suppressed = true
            groups[smallest].counts = []
            groups[smallest].percent = []
            groups[smallest].missing = 0
        }
    }

    /// A test over a table with a hidden group would give the group back through its
    /// statistic, n, expected counts or dropped categories: such tests are left out (marked
    /// not computable, with the reason), in every format.
    static func suppressTests(_ tests: inout [TestReport], of breakdowns: [Breakdown]) {
        for index in tests.indices {
            guard let breakdown = breakdowns.first(where: { $0.split == tests[index].split && $0.subset == tests[index].subset }),
                breakdown.groups.contains(where: \.suppressed)
            else { continue }
            let kept = tests[index]
            tests[index] = TestReport(
                split: kept.split, subset: kept.subset, splitLabel: kept.splitLabel, subsetLabel: kept.subsetLabel,
                groups: kept.groups, computable: false, reason: hiddenGroupReason, chi2: nil, df: nil, p: nil, n: nil,
                cramersV: nil, minExpected: nil, cellsBelow5: nil, shareBelow5: nil, droppedCategories: [], droppedGroups: [],
                yatesCorrected: false, fisherP: nil, significant: false, statement: nil)
        }
    }

    static let hiddenGroupReason = "a group of the comparison is hidden as too small"

    /// Breakdowns of one split within each subset (experience within each role) add up to
    /// the same split overall: with one subset's groups hidden and the others shown, "overall
    /// minus the other subsets" would give the hidden ones back. So a group hidden in one
    /// subset is hidden in every subset of the same split; what can then be worked out is only
    /// the hidden groups of all subsets together.
    static func suppressAcrossSubsets(_ breakdowns: inout [Breakdown], threshold: Int) {
        guard threshold > 0 else { return }
        // Hiding in one subset can make a complement necessary in another: repeat until stable.
        var changed = true
        while changed {
            changed = false
            var hidden: [String: Set<String>] = [:]
            for breakdown in breakdowns where breakdown.subset != nil {
                hidden[breakdown.split, default: []].formUnion(breakdown.groups.filter(\.suppressed).map(\.id))
            }
            for index in breakdowns.indices where breakdowns[index].subset != nil {
                guard let ids = hidden[breakdowns[index].split], !ids.isEmpty else { continue }
                var groups = breakdowns[index].groups
                let sizes = groups.map { $0.n + $0.missing }
                for group in groups.indices where !groups[group].suppressed && sizes[group] > 0 && ids.contains(groups[group].id) {
                    groups[group].suppressed = true
                    groups[group].counts = []
                    groups[group].percent = []
                    groups[group].missing = 0
                }
                suppressComplements(&groups, sizes: sizes, threshold: threshold)
                if groups != breakdowns[index].groups {
                    breakdowns[index].groups = groups
                    changed = true
                }
            }
        }
    }
}

/// Small groups of a split as a whole, and what that means for open answers.
extension ReportBuilder {
    /// Respondents in each group of split `position`.
    func groupSizes(split position: Int) -> [Int] {
        let split = data.splits[position]
        return split.groups.indices.map { group in
            cells(where: [(position, group)]).reduce(0) { total, cell in
                total + (0..<data.tally.capacities[split.variable]).reduce(0) { $0 + data.tally.count(variable: split.variable, cell: cell, slot: $1) }
            }
        }
    }

    /// Per split, the groups smaller than the minimum group size: their members' open answers
    /// are not listed.
    func smallSplitGroups(sizes: [[Int]]) -> [Set<Int>] {
        sizes.map { sizes in Set(sizes.indices.filter { sizes[$0] > 0 && sizes[$0] < options.minimumGroupSize }) }
    }

    /// Per split, the groups whose size is not shown: the small ones and, by the same
    /// complementary rule as the breakdowns, the next smallest with them (with the total
    /// known, one hidden size alone would follow from the others).
    func hiddenSplitGroups(sizes allSizes: [[Int]]) -> [Set<Int>] {
        let small = smallSplitGroups(sizes: allSizes)
        return data.splits.indices.map { position in
            let sizes = allSizes[position]
            var hidden = small[position]
            guard !hidden.isEmpty else { return [] }
            while hidden.count < 2 || hidden.reduce(0, { $0 + sizes[$1] }) < options.minimumGroupSize {
                guard let next = sizes.indices.filter({ !hidden.contains($0) && sizes[$0] > 0 }).min(by: { (sizes[$0], $0) < (sizes[$1], $1) })
                else { break }
                hidden.insert(next)
            }
            return hidden
        }
    }

    /// The open answers to list for a text variable: none of a respondent in a small group
    /// of any split (`smallSplitGroups`), and in an order that says nothing about when they came in (a shuffle
    /// seeded by the answers themselves, so the same data always gives the same list).
    func openAnswers(variable: Int, hiddenGroups: [Set<Int>]) -> (shown: [String], withheld: Int) {
        let tally = data.tally
        var shown: [String] = []
        for (position, text) in tally.texts[variable].enumerated() {
            let cell = tally.textCells[variable][position]
            let inHidden = tally.splits.indices.contains { split in
                let group = (cell / tally.strides[split]) % (tally.splits[split].groupCount + 1)
                return hiddenGroups.indices.contains(split) && hiddenGroups[split].contains(group)
            }
            if !inHidden { shown.append(text) }
        }
        let withheld = tally.texts[variable].count - shown.count
        // FNV-1a over the sorted answers: the seed depends on what was said, not on its order.
        var seed: UInt64 = 0xcbf2_9ce4_8422_2325
        for answer in shown.sorted() {
            for byte in answer.utf8 { seed = (seed ^ UInt64(byte)) &* 0x100_0000_01b3 }
            seed = (seed ^ 0xff) &* 0x100_0000_01b3
        }
        var generator = SeededGenerator(seed: seed)
        return (shown.sorted().shuffled(using: &generator), withheld)
    }
}
