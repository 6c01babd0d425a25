// Levenshtein distance with a bound, for fuzzy titles and names.

enum EditDistance {
    /// Levenshtein distance of `a` and `b` (insertions, deletions, substitutions of one element
    /// each cost 1), or nil when it exceeds `limit`. Only the diagonal band of width
    /// 2·limit+1 is computed (Ukkonen's cut-off), so the cost is O(min(n, m) · limit).
    static func bounded(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let n = a.count, m = b.count
        let big = limit + 1
        var previous = [Int](repeating: big, count: m + 1)
        var current = [Int](repeating: big, count: m + 1)
        for j in 0...min(m, limit) { previous[j] = j }
        for i in 1...n {
            let from = max(1, i - limit), to = min(m, i + limit)
            current[from - 1] = from == 1 ? min(i, big) : big
            var rowMinimum = current[from - 1]
            if from > 1 { current[from - 1] = big }
            for j in from...to {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                let value = min(previous[j - 1] + cost, previous[j] + 1, current[j - 1] + 1, big)
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if to < m { current[to + 1] = big }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        let distance = previous[m]
        return distance <= limit ? distance : nil
    }

    /// Similarity 1 − distance / longer length in [0, 1], or nil when below `minimum`.
    static func similarity(_ a: [UInt8], _ b: [UInt8], minimum: Double) -> Double? {
        let longer = max(a.count, b.count)
        if longer == 0 { return 1 }
        let limit = Int((1 - minimum) * Double(longer))
        guard let distance = bounded(a, b, limit: limit) else { return nil }
        let value = 1 - Double(distance) / Double(longer)
        return value >= minimum ? value : nil
    }
}
