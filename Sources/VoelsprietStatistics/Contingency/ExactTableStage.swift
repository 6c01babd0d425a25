/// The partial tables of one stage of `ExactTableEnumerator` (the same columns filled): its
/// nodes, each the remaining row totals (ascending, zeros dropped) with bounds on its
/// completions (`ExactTableBounds`), and per node the distinct log weights of the paths that
/// reach it, each with the number of paths ("multiplicity"). Paths whose log weights agree to
/// 1e-11 are merged, as in the past-path tables of the network algorithm.
struct ExactTableStage {
    /// Columns filled before this stage.
    let stage: Int
    /// Keys pack the row totals in base n + 1.
    let base: Int
    private(set) var rows: [[Int]] = []
    /// Per node: an upper bound of the completion log weight, an upper bound of its Σ ln x!,
    /// and ln of the total completion weight.
    private(set) var most: [Double] = []
    private(set) var least: [Double] = []
    private(set) var mass: [Double] = []
    /// Per node, its first entry (−1: none); per entry, the next entry of the same node.
    private(set) var head: [Int] = []
    private(set) var next: [Int] = []
    private(set) var past: [Double] = []
    private(set) var multiplicity: [Double] = []
    private var packedIndex = IntIndex()
    private var arrayIndex: [[Int]: Int] = [:]
    private var entryIndex = PairIndex()

    init(stage: Int, base: Int) {
        self.stage = stage
        self.base = base
    }

    var nodeCount: Int { rows.count }

    /// The node of `remaining` (ascending, no zeros), created with its bounds on first use.
    static func node(
        _ level: inout ExactTableStage, _ remaining: [Int], columns: [Int], columnLogFactorials: Double,
        logFactorial lf: [Double]
    ) -> Int {
        var key = 0
        var packs = true
        for value in remaining {
            let (shifted, overflow) = key.multipliedReportingOverflow(by: level.base)
            if overflow {
                packs = false
                break
            }
            key = shifted + value
        }
        if packs, let known = level.packedIndex.value(for: key) { return known }
        if !packs, let known = level.arrayIndex[remaining] { return known }
        let node = level.rows.count
        let (most, least) = ExactTableBounds.bounds(
            columns: columns, from: level.stage, remaining: remaining, logFactorial: lf)
        level.rows.append(remaining)
        level.most.append(most)
        level.least.append(least)
        level.mass.append(ExactTableBounds.logMass(remaining, columnLogFactorials, logFactorial: lf))
        level.head.append(-1)
        if packs { level.packedIndex.insert(key, node) } else { level.arrayIndex[remaining] = node }
        return node
    }

    /// Adds `count` paths with log weight `weight` to `node`, merging with an equal weight;
    /// true when that made a new entry.
    @discardableResult
    static func add(_ level: inout ExactTableStage, node: Int, weight: Double, count: Double) -> Bool {
        let key = Int(truncatingIfNeeded: (weight * 1e11).rounded().bitPattern)
        if let entry = level.entryIndex.entry(node, key) {
            level.multiplicity[entry] += count
            return false
        }
        let entry = level.past.count
        level.past.append(weight)
        level.multiplicity.append(count)
        level.next.append(level.head[node])
        level.head[node] = entry
        level.entryIndex.insert(node, key, entry)
        return true
    }
}
