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
