/// Cronbach's α per battery, from one pass over the rows like the rest of the tally: for each
/// battery (consecutive scale items of one section on one scale) the respondents who answered
/// every item add their scores to running sums — per item Σx and Σx², for the total score Σt and
/// Σt² — from which α = k/(k−1) · (1 − Σ s²ᵢ / s²ₜ) follows exactly, without keeping rows
/// (listwise deletion, as R's `psych::alpha` with complete cases and SPSS RELIABILITY compute).
/// Scores are the scale points' numeric codes when they are all numbers, else their positions.
public struct BatteryTally: Sendable, Hashable {
    /// The battery's variables, in order.
    public let variables: [Int]
    /// The score of each category index, per item.
    let scores: [[Double]]
    /// Respondents who answered every item.
    public private(set) var n = 0
    var sums: [Double]
    var squares: [Double]
    var total = 0.0
    var totalSquares = 0.0

    init(variables: [Int], scores: [[Double]]) {
        self.variables = variables
        self.scores = scores
        sums = [Double](repeating: 0, count: variables.count)
        squares = sums
    }

    mutating func add(_ row: UnsafeBufferPointer<Int64>) {
        var rowTotal = 0.0
        for (position, variable) in variables.enumerated() {
            let value = row[variable]
            guard value >= 0, Int(value) < scores[position].count else { return }
            rowTotal += scores[position][Int(value)]
        }
        n += 1
        for (position, variable) in variables.enumerated() {
            let score = scores[position][Int(row[variable])]
            sums[position] += score
            squares[position] += score * score
        }
        total += rowTotal
        totalSquares += rowTotal * rowTotal
    }

    mutating func merge(_ other: BatteryTally) {
        n += other.n
        for index in sums.indices {
            sums[index] += other.sums[index]
            squares[index] += other.squares[index]
        }
        total += other.total
        totalSquares += other.totalSquares
    }

    func emptied() -> BatteryTally { BatteryTally(variables: variables, scores: scores) }

    /// Cronbach's α, or nil with fewer than two complete respondents or no variance in the total.
    public var alpha: Double? {
        let k = Double(variables.count)
        guard n >= 2, variables.count >= 2 else { return nil }
        let count = Double(n)
        func variance(_ sum: Double, _ square: Double) -> Double { (square - sum * sum / count) / (count - 1) }
        let itemVariances = zip(sums, squares).reduce(0.0) { $0 + variance($1.0, $1.1) }
        let totalVariance = variance(total, totalSquares)
        guard totalVariance > 0 else { return nil }
        return k / (k - 1) * (1 - itemVariances / totalVariance)
    }

    /// The batteries of `schema`.
    static func batteries(of schema: AnalysisSchema, capacities: [Int]) -> [BatteryTally] {
        var found: [BatteryTally] = []
        let variables = schema.variables
        var index = 0
        while index < variables.count {
            let first = variables[index]
            guard first.kind == .single, let scale = first.scale else {
                index += 1
                continue
            }
            var end = index
            while end + 1 < variables.count, variables[end + 1].kind == .single, variables[end + 1].scale == scale,
                variables[end + 1].section?.id == first.section?.id
            {
                end += 1
            }
            if end > index {
                let members = Array(index...end)
                let scores = members.map { member -> [Double] in
                    let codes = variables[member].categories.prefix(capacities[member]).map(\.code)
                    let numbers = codes.compactMap(Double.init)
                    return numbers.count == codes.count ? numbers : codes.indices.map(Double.init)
                }
                found.append(BatteryTally(variables: members, scores: scores))
            }
            index = end + 1
        }
        return found
    }
}
