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
        // Two rows of the band in one temporary buffer: `previous` and `current`.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (m + 1)) { buffer -> Int? in
            var previous = UnsafeMutableBufferPointer(rebasing: buffer[0...m])
            var current = UnsafeMutableBufferPointer(rebasing: buffer[(m + 1)...])
            previous.initialize(repeating: big)
            current.initialize(repeating: big)
            for j in 0...min(m, limit) { previous[j] = j }
            return a.withUnsafeBufferPointer { a in
                b.withUnsafeBufferPointer { b -> Int? in
                    for i in 1...n {
                        let from = max(1, i - limit), to = min(m, i + limit)
                        current[from - 1] = from == 1 ? min(i, big) : big
                        var rowMinimum = current[from - 1]
                        if from > 1 { current[from - 1] = big }
                        let x = a[i - 1]
                        for j in from...to {
                            let cost = x == b[j - 1] ? 0 : 1
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
            }
        }
    }

    /// Counts of the bytes of `text` in 32 buckets (byte mod 32; counts wrap past 65535).
    static func profile(_ text: [UInt8]) -> SIMD32<UInt16> {
        var counts = SIMD32<UInt16>()
        for byte in text { counts[Int(byte & 31)] &+= 1 }
        return counts
    }

    /// A lower bound of the edit distance of two texts from their `profile`s: each insertion,
    /// deletion or substitution lowers the surplus of either text's buckets over the other's by
    /// at most one, so the distance is at least the larger surplus.
    static func lowerBound(_ x: SIMD32<UInt16>, _ y: SIMD32<UInt16>) -> Int {
        let a = SIMD32<Int32>(truncatingIfNeeded: x), b = SIMD32<Int32>(truncatingIfNeeded: y)
        let difference = a &- b
        let zero = SIMD32<Int32>()
        let surplus = difference.replacing(with: zero, where: difference .< zero).wrappedSum()
        let deficit = (zero &- difference).replacing(with: zero, where: difference .> zero).wrappedSum()
        return Int(max(surplus, deficit))
    }

    /// Similarity 1 − distance / longer length in [0, 1], or nil when below `minimum`. With
    /// the `profile`s of both texts, pairs whose `lowerBound` already exceeds the allowed
    /// distance are rejected without computing it.
    static func similarity(_ a: [UInt8], _ b: [UInt8], minimum: Double,
                           profiles: (SIMD32<UInt16>, SIMD32<UInt16>)? = nil) -> Double? {
        let longer = max(a.count, b.count)
        if longer == 0 { return 1 }
        let limit = Int((1 - minimum) * Double(longer))
        if let (x, y) = profiles, lowerBound(x, y) > limit { return nil }
        guard let distance = bounded(a, b, limit: limit) else { return nil }
        let value = 1 - Double(distance) / Double(longer)
        return value >= minimum ? value : nil
    }
}
