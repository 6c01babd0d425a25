#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Sums, over all tables with given row and column totals, the weights Π 1/xᵢⱼ! of those whose
/// log weight is at most `limit`, relative to the observed table's weight.
///
/// This is the network algorithm of Mehta & Patel (1983, JASA 78, 427–434) in a plain form.
/// Columns are filled one at a time, smallest first. A partial table is a node: what remains of
/// the row totals, sorted (rows are exchangeable for what follows). The paths that reach a node
/// are kept as their distinct log weights with multiplicities (`ExactTableStage`). At each node
/// and path:
/// - if even the most likely completion keeps the weight ≤ limit, every completion counts, and
///   their total is known in closed form: Σ Π 1/x! = N′! / (Π rᵢ′! Π cⱼ!) over the remaining
///   subtable with N′ observations;
/// - if even the least likely completion exceeds the limit, none counts;
/// - otherwise the path goes on into every filling of the next column.
/// The bounds on the completions are relaxations (`ExactTableBounds`). With three columns left,
/// each filling of the next column leads to a node with two columns left, whose completions are
/// listed once and sorted (`ExactTableTails`), so that each path is answered by a binary search.
struct ExactTableEnumerator {
    /// Work units: one per path carried through one filling of a column; a listed completion
    /// and a stored path cost more, for the memory they hold (16 and up to about 150 bytes with
    /// its hash slots), so that the work limit also bounds memory (50 million units: at most
    /// about 100 MB).
    static let listedCost = 10
    static let storedCost = 100

    let logFactorial: [Double]
    /// Column totals, ascending.
    let columns: [Int]
    /// suffixColumnLogFactorial[s] = Σ_{j ≥ s} ln cⱼ!.
    let suffixColumnLogFactorial: [Double]
    /// Tables with log weight ≤ limit count.
    let limit: Double
    /// The observed table's log weight; sums are kept relative to it.
    let observed: Double
    let workLimit: Int
    var work: Int
    /// Σ weight / observed weight over the tables that count.
    var relativeSum = 0.0

    init(columns: [Int], logFactorial: [Double], limit: Double, observed: Double, workLimit: Int, work: Int) {
        let sorted = columns.sorted()
        self.columns = sorted
        self.logFactorial = logFactorial
        self.limit = limit
        self.observed = observed
        self.workLimit = workLimit
        self.work = work
        var suffix = [Double](repeating: 0, count: sorted.count + 1)
        for s in stride(from: sorted.count - 1, through: 0, by: -1) {
            suffix[s] = suffix[s + 1] + logFactorial[sorted[s]]
        }
        suffixColumnLogFactorial = suffix
    }

    /// Runs the enumeration from the full row totals (at least two columns).
    mutating func run(rows: [Int]) throws(StatisticNotComputable) {
        let lf = logFactorial
        var start: [Int] = []
        for value in rows where value > 0 { Self.insertSorted(value, into: &start) }
        var tails = ExactTableTails(columns: columns, logFactorial: lf)
        if columns.count == 2 {
            let node = ExactTableTails.node(&tails, start, logFactorial: lf)
            relativeSum += try ExactTableTails.add(
                &tails, node: node, reached: 0, limit: limit, observed: observed, logFactorial: lf, work: &work,
                workLimit: workLimit)
            return
        }
        let base = columns.reduce(0, +) + 1
        var level = ExactTableStage(stage: 0, base: base)
        let root = ExactTableStage.node(
            &level, start, columns: columns, columnLogFactorials: suffixColumnLogFactorial[0], logFactorial: lf)
        ExactTableStage.add(&level, node: root, weight: 0, count: 1)
        var pasts: [Double] = []
        var counts: [Double] = []
        var child: [Int] = []
        // Fill columns while more than three are left, merging paths at each node.
        for stage in 0..<(columns.count - 3) {
            var following = ExactTableStage(stage: stage + 1, base: base)
            for node in 0..<level.nodeCount {
                collect(level, node, pasts: &pasts, counts: &counts)
                if pasts.isEmpty { continue }
                let remaining = level.rows[node]
                let width = remaining.count
                var odometer = Odometer(
                    total: columns[stage], lower: [Int](repeating: 0, count: width), upper: remaining)
                while odometer.next() {
                    try spend(pasts.count)
                    var weight = 0.0
                    child.removeAll(keepingCapacity: true)
                    var row = 0
                    while row < width {
                        let value = odometer.values[row]
                        weight -= lf[value]
                        if remaining[row] > value { Self.insertSorted(remaining[row] - value, into: &child) }
                        row += 1
                    }
                    let next = ExactTableStage.node(
                        &following, child, columns: columns, columnLogFactorials: suffixColumnLogFactorial[stage + 1],
                        logFactorial: lf)
                    var index = 0
                    while index < pasts.count {
                        if ExactTableStage.add(
                            &following, node: next, weight: pasts[index] + weight, count: counts[index])
                        {
                            try spend(Self.storedCost)
                        }
                        index += 1
                    }
                }
            }
            level = following
        }
        // Three columns left: each filling of the next one is answered by the two-column lists.
        let stage = columns.count - 3
        for node in 0..<level.nodeCount {
            collect(level, node, pasts: &pasts, counts: &counts)
            if pasts.isEmpty { continue }
            relativeSum += try ExactTableTails.expand(
                &tails, remaining: level.rows[node], column: columns[stage], pasts: pasts, counts: counts,
                limit: limit, observed: observed, logFactorial: lf, work: &work, workLimit: workLimit)
        }
    }

    private mutating func spend(_ amount: Int) throws(StatisticNotComputable) {
        work += amount
        if work > workLimit { throw .tableTooLarge(workLimit: workLimit) }
    }

    /// Settles the paths of `node` that its bounds decide (adding those whose completions all
    /// count) and returns the others in `pasts` and `counts`.
    private mutating func collect(_ level: ExactTableStage, _ node: Int, pasts: inout [Double], counts: inout [Double])
    {
        pasts.removeAll(keepingCapacity: true)
        counts.removeAll(keepingCapacity: true)
        let most = level.most[node], least = level.least[node], mass = level.mass[node]
        var entry = level.head[node]
        while entry >= 0 {
            let weight = level.past[entry]
            if weight + most <= limit {
                relativeSum += level.multiplicity[entry] * exp(weight + mass - observed)
            } else if weight - least <= limit {
                pasts.append(weight)
                counts.append(level.multiplicity[entry])
            }
            entry = level.next[entry]
        }
    }

    /// Inserts `value` into the ascending `values` (insertion sort: a handful of rows).
    static func insertSorted(_ value: Int, into values: inout [Int]) {
        var position = values.count
        values.append(value)
        while position > 0 && values[position - 1] > value {
            values[position] = values[position - 1]
            position -= 1
        }
        values[position] = value
    }
}
