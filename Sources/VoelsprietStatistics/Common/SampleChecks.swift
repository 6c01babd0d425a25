/// Input checks and small exact helpers shared by the sample statistics.
enum SampleChecks {
    /// Throws `.notFinite` for the first NaN or infinite value, naming its group and position.
    static func requireFinite(_ groups: [[Double]]) throws(StatisticNotComputable) {
        for (group, values) in groups.enumerated() {
            if let index = values.firstIndex(where: { !$0.isFinite }) { throw .notFinite(group: group, index: index) }
        }
    }

    /// Throws unless there are at least `needed` groups, none of them empty.
    static func requireGroups(_ groups: [[Double]], needed: Int) throws(StatisticNotComputable) {
        if groups.count < needed { throw .tooFewGroups(found: groups.count, needed: needed) }
        if let empty = groups.firstIndex(where: { $0.isEmpty }) { throw .emptyGroup(group: empty) }
    }

    /// For groups given as counts over categories: throws unless there are at least `needed`
    /// groups, none of them empty; a negative count is refused.
    static func requireCounts(_ groups: [[Int]], needed: Int) throws(StatisticNotComputable) {
        if groups.count < needed { throw .tooFewGroups(found: groups.count, needed: needed) }
        try requireNonNegative(groups)
        if let empty = groups.firstIndex(where: { $0.allSatisfy { $0 == 0 } }) { throw .emptyGroup(group: empty) }
    }

    /// Throws `.negativeCount` for the first negative count, naming its group and position.
    static func requireNonNegative(_ groups: [[Int]]) throws(StatisticNotComputable) {
        for (group, counts) in groups.enumerated() {
            if let index = counts.firstIndex(where: { $0 < 0 }) { throw .negativeCount(group: group, index: index) }
        }
    }

    /// The arithmetic mean with one refinement pass, Σxᵢ/n + Σ(xᵢ − m)/n (as R's `mean`), so
    /// that a constant sample has its constant as mean to the last bit in all but extreme cases.
    static func mean(_ values: [Double]) -> Double {
        let n = Double(values.count)
        var first = values.reduce(0, +) / n
        // Values near the Double limit can overflow the sum; their shares cannot.
        if !first.isFinite { first = values.reduce(0) { $0 + $1 / n } }
        return first + values.reduce(0) { $0 + ($1 - first) } / n
    }

    /// Σ (xᵢ − mean)², the two-pass sum of squared deviations.
    static func sumOfSquares(_ values: [Double], mean: Double) -> Double {
        values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    }

    /// The sample variance Σ (xᵢ − x̄)² / (n − 1), for n ≥ 2.
    static func variance(_ values: [Double]) -> Double {
        sumOfSquares(values, mean: mean(values)) / Double(values.count - 1)
    }
}
