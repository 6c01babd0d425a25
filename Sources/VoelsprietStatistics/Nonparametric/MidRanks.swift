/// Mid-ranks of pooled samples (ties get the mean of the ranks they span, as R's `rank`), and
/// the tie term Σ (tⱼ³ − tⱼ) over the tie groups of sizes tⱼ.
struct MidRanks {
    /// Ranks in the order of the pooled input, 1…N.
    let ranks: [Double]
    /// Σ (t³ − t) over groups of tied values; 0 without ties.
    let tieTerm: Double
    /// Whether all values are equal (one tie group); false for an empty input.
    let allTied: Bool

    init(_ values: [Double]) {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var tieTerm = 0.0
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count && values[order[end]] == values[order[start]] { end += 1 }
            // Positions start…end−1 hold equal values: ranks start+1 … end, mean (start + 1 + end) / 2.
            let rank = Double(start + 1 + end) / 2
            for position in start..<end { ranks[order[position]] = rank }
            let t = Double(end - start)
            tieTerm += t * t * t - t
            start = end
        }
        self.ranks = ranks
        self.tieTerm = tieTerm
        self.allTied = !values.isEmpty && values.allSatisfy { $0 == values[0] }
    }
}

/// The rank sums of groups given as counts over ordered categories (`counts[g][j]`: how many of
/// group g have the j-th smallest value): the same mid-ranks as `MidRanks` of the expanded
/// samples, in O(groups × categories) instead of sorting N values. Category j, with tⱼ values
/// in all and Cⱼ values in the categories before it, holds ranks Cⱼ + 1 … Cⱼ + tⱼ, each at the
/// mid-rank Cⱼ + (tⱼ + 1)/2, so group g's rank sum is Σⱼ counts[g][j] · (Cⱼ + (tⱼ + 1)/2).
struct TalliedRanks {
    /// Size of each group.
    let sizes: [Int]
    /// Σ of each group's mid-ranks.
    let rankSums: [Double]
    /// Σ (t³ − t) over the categories' totals t.
    let tieTerm: Double
    /// Whether all values fall in one category; false when there are none.
    let allTied: Bool

    /// `counts` must be non-negative; groups may hold different numbers of categories (the
    /// missing ones count 0).
    init(_ counts: [[Int]]) {
        let categories = counts.map(\.count).max() ?? 0
        var totals = [Int](repeating: 0, count: categories)
        for group in counts { for (j, count) in group.enumerated() { totals[j] += count } }
        var midRank = [Double](repeating: 0, count: categories)
        var before = 0
        var tieTerm = 0.0
        for (j, t) in totals.enumerated() {
            midRank[j] = Double(before) + Double(t + 1) / 2
            let size = Double(t)
            tieTerm += size * size * size - size
            before += t
        }
        sizes = counts.map { $0.reduce(0, +) }
        rankSums = counts.map { group in group.enumerated().reduce(0.0) { $0 + Double($1.element) * midRank[$1.offset] } }
        self.tieTerm = tieTerm
        allTied = totals.filter { $0 > 0 }.count == 1
    }
}
