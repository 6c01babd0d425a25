#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The nodes of `ExactTableEnumerator` that have two columns left, keyed by their remaining row
/// totals (ascending, zeros dropped). Each node keeps bounds on its completions and, once a path
/// reaches it that the bounds cannot settle, the list of its completions: the log weights
/// −Σ (ln xᵢ! + ln (rᵢ − xᵢ)!) of the ways to split the rows between the two columns, sorted, with
/// running log sums, so that "the weight of all completions below a bound" is a binary search.
///
/// This is the hot part of the exact test. It is written as static functions over `inout`
/// storage with plain loops and no captured variables, which keeps it fast without the
/// optimiser (debug builds), where closures, copies of `self` and generic calls dominate.
struct ExactTableTails {
    /// All column totals, ascending; the last two are left at these nodes.
    let columns: [Int]
    /// ln a! + ln b! of the last two column totals.
    let lastTwoLogFactorial: Double
    /// Keys pack the row totals in base n + 1.
    let base: Int
    /// Per node: bounds on the completion log weight (see `ExactTableBounds`), the log of the
    /// total completion weight, the row totals, and its list (−1 until listed).
    private var most: [Double] = []
    private var least: [Double] = []
    private var mass: [Double] = []
    private var rows: [[Int]] = []
    private var list: [Int] = []
    /// List t spans weights[offsets[t] ..< offsets[t + 1]]; logPrefix[offsets[t] + i] is
    /// ln Σ_{j ≤ i} e^weights[offsets[t] + j].
    private var offsets: [Int] = [0]
    private var weights: [Double] = []
    private var logPrefix: [Double] = []
    private var packedIndex = IntIndex()
    private var arrayIndex: [[Int]: Int] = [:]

    init(columns: [Int], logFactorial: [Double]) {
        self.columns = columns
        lastTwoLogFactorial = logFactorial[columns[columns.count - 2]] + logFactorial[columns[columns.count - 1]]
        base = columns.reduce(0, +) + 1
    }

    /// The node of `remaining` (ascending, no zeros), created on first use.
    static func node(_ tails: inout ExactTableTails, _ remaining: [Int], logFactorial lf: [Double]) -> Int {
        var key = 0
        var packs = true
        for value in remaining {
            let (shifted, overflow) = key.multipliedReportingOverflow(by: tails.base)
            if overflow {
                packs = false
                break
            }
            key = shifted + value
        }
        if packs, let known = tails.packedIndex.value(for: key) { return known }
        if !packs, let known = tails.arrayIndex[remaining] { return known }
        let node = tails.list.count
        let (most, least) = ExactTableBounds.bounds(
            columns: tails.columns, from: tails.columns.count - 2, remaining: remaining, logFactorial: lf)
        tails.most.append(most)
        tails.least.append(least)
        tails.mass.append(ExactTableBounds.logMass(remaining, tails.lastTwoLogFactorial, logFactorial: lf))
        tails.rows.append(remaining)
        tails.list.append(-1)
        if packs { tails.packedIndex.insert(key, node) } else { tails.arrayIndex[remaining] = node }
        return node
    }

    /// Σ e^(reached + weight − observed) over the completions of `node` with reached + weight ≤ limit.
    static func add(
        _ tails: inout ExactTableTails, node: Int, reached: Double, limit: Double, observed: Double,
        logFactorial lf: [Double], work: inout Int, workLimit: Int
    ) throws(StatisticNotComputable) -> Double {
        if reached + tails.most[node] <= limit { return exp(reached + tails.mass[node] - observed) }
        if reached - tails.least[node] > limit { return 0 }
        var list = tails.list[node]
        if list < 0 {
            list = tails.offsets.count - 1
            try build(&tails, tails.rows[node], logFactorial: lf, work: &work, workLimit: workLimit)
            tails.list[node] = list
        }
        let bound = limit - reached
        let start = tails.offsets[list]
        var low = start, high = tails.offsets[list + 1]
        while low < high {
            let middle = (low + high) / 2
            if tails.weights[middle] <= bound { low = middle + 1 } else { high = middle }
        }
        return low > start ? exp(reached + tails.logPrefix[low - 1] - observed) : 0
    }

    /// Lists the splits x of `remaining` with Σ x = a and max(0, rᵢ − b) ≤ xᵢ ≤ min(rᵢ, a).
    private static func build(
        _ tails: inout ExactTableTails, _ remaining: [Int], logFactorial lf: [Double], work: inout Int, workLimit: Int
    ) throws(StatisticNotComputable) {
        let a = tails.columns[tails.columns.count - 2], b = tails.columns[tails.columns.count - 1]
        let width = remaining.count
        var lower = [Int](repeating: 0, count: width)
        var upper = [Int](repeating: 0, count: width)
        for row in 0..<width {
            lower[row] = remaining[row] > b ? remaining[row] - b : 0
            upper[row] = remaining[row] < a ? remaining[row] : a
        }
        var listed: [Double] = []
        var odometer = Odometer(total: a, lower: lower, upper: upper)
        while odometer.next() {
            var weight = 0.0
            var row = 0
            while row < width {
                let value = odometer.values[row]
                weight -= lf[value] + lf[remaining[row] - value]
                row += 1
            }
            listed.append(weight)
            if listed.count & 1023 == 0 && work + listed.count * ExactTableEnumerator.listedCost > workLimit {
                throw .tableTooLarge(workLimit: workLimit)
            }
        }
        work += listed.count * ExactTableEnumerator.listedCost
        if work > workLimit { throw .tableTooLarge(workLimit: workLimit) }
        sortAscending(&listed)
        var running = -Double.infinity
        for weight in listed {
            // ln(e^running + e^weight), larger term first.
            running =
                running >= weight
                ? running + log1p(exp(weight - running)) : weight + log1p(exp(running - weight))
            tails.logPrefix.append(running)
        }
        tails.weights.append(contentsOf: listed)
        tails.offsets.append(tails.weights.count)
    }

    /// A node with three columns left (`remaining` ascending, no zeros; the next column has total
    /// `column`), reached by paths of log weights `pasts` with multiplicities `counts`: every
    /// filling of that column, answered by the node of what it leaves. Returns
    /// Σ count · e^(past + weight − observed) over the completions with past + weight ≤ limit.
    static func expand(
        _ tails: inout ExactTableTails, remaining: [Int], column: Int, pasts: [Double], counts: [Double],
        limit: Double, observed: Double, logFactorial lf: [Double], work: inout Int, workLimit: Int
    ) throws(StatisticNotComputable) -> Double {
        let width = remaining.count
        var key: [Int] = []
        key.reserveCapacity(width)
        var total = 0.0
        var odometer = Odometer(total: column, lower: [Int](repeating: 0, count: width), upper: remaining)
        while odometer.next() {
            work += pasts.count
            if work > workLimit { throw .tableTooLarge(workLimit: workLimit) }
            // What the filling leaves, without zeros, ascending (insertion sort: a handful of rows).
            key.removeAll(keepingCapacity: true)
            var weight = 0.0
            var row = 0
            while row < width {
                let value = odometer.values[row]
                weight -= lf[value]
                let left = remaining[row] - value
                row += 1
                if left == 0 { continue }
                var position = key.count
                key.append(left)
                while position > 0 && key[position - 1] > left {
                    key[position] = key[position - 1]
                    position -= 1
                }
                key[position] = left
            }
            let node = node(&tails, key, logFactorial: lf)
            var index = 0
            while index < pasts.count {
                total +=
                    try counts[index]
                    * add(
                        &tails, node: node, reached: pasts[index] + weight, limit: limit, observed: observed,
                        logFactorial: lf, work: &work, workLimit: workLimit)
                index += 1
            }
        }
        return total
    }
}
