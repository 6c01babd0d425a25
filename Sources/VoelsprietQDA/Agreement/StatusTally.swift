// How many units had each set of coders coding them. Every agreement figure follows from these
// counts, so pooling codes or sources is adding tallies.

/// Unit counts per coder set (`CoderMask`) for a fixed number of coders. Every unit is rated by
/// every coder (coded or not coded), so a unit's mask says everything about it.
struct StatusTally: Sendable {
    let coderCount: Int
    private(set) var counts: [CoderMask: Int] = [:]

    init(coderCount: Int) {
        self.coderCount = coderCount
    }

    /// The mask of a unit every coder coded.
    var allCoded: CoderMask { coderCount >= 64 ? ~0 : (1 << CoderMask(coderCount)) - 1 }

    mutating func add(_ mask: CoderMask, count: Int) {
        guard count > 0 else { return }
        counts[mask, default: 0] += count
    }

    mutating func add(_ other: StatusTally) {
        for (mask, count) in other.counts { add(mask, count: count) }
    }

    /// Number of units.
    var units: Int { counts.values.reduce(0, +) }

    /// Units on which all coders agree: nobody coded them, or everybody did.
    var unanimousUnits: Int { (counts[0] ?? 0) + (coderCount > 0 ? counts[allCoded] ?? 0 : 0) }

    /// Units coder `index` coded.
    func codedUnits(by index: Int) -> Int {
        let bit: CoderMask = 1 << CoderMask(index)
        return counts.reduce(0) { $0 + ($1.key & bit != 0 ? $1.value : 0) }
    }

    /// The 2×2 table of coders `a` and `b`: (both coded, only a, only b, neither).
    func pairTable(_ a: Int, _ b: Int) -> (both: Int, onlyFirst: Int, onlySecond: Int, neither: Int) {
        let bitA: CoderMask = 1 << CoderMask(a), bitB: CoderMask = 1 << CoderMask(b)
        var table = (both: 0, onlyFirst: 0, onlySecond: 0, neither: 0)
        for (mask, count) in counts {
            switch (mask & bitA != 0, mask & bitB != 0) {
            case (true, true): table.both += count
            case (true, false): table.onlyFirst += count
            case (false, true): table.onlySecond += count
            case (false, false): table.neither += count
            }
        }
        return table
    }

    /// Σ over units of k·(m − k), k the number of coders who coded the unit and m the number of
    /// coders: the number of (coded, not coded) value pairs within units, unordered.
    var mixedPairs: Int {
        counts.reduce(0) { total, entry in
            let k = entry.key.nonzeroBitCount
            return total + entry.value * k * (coderCount - k)
        }
    }

    /// Σ over units of k: all "coded" values.
    var codedValues: Int {
        counts.reduce(0) { $0 + $1.value * $1.key.nonzeroBitCount }
    }
}
