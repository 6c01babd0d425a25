/// Descriptive statistics of one numeric sample x₁…xₙ.
///
/// - mean x̄ = Σxᵢ / n (with one refinement pass, as R's `mean`);
/// - standard deviation s = √(Σ(xᵢ − x̄)² / (n − 1)) (R's `sd`);
/// - standard error SE = s / √n;
/// - confidence interval x̄ ± t₍₁₊γ₎/₂,ₙ₋₁ · SE for level γ (95 % by default), with the Student t
///   quantile (R's `t.test(x)$conf.int`);
/// - median: the middle value, or the mean of the two middle values (R's `median`);
/// - minimum and maximum.
///
/// `Fixtures/descriptives.json` checks all of them against R. With n = 0 every statistic is nil;
/// with n = 1 the spread (SD, SE, interval) is nil and `spreadNotComputable` says why.
public struct Descriptives: Sendable, Hashable {
    /// Number of values.
    public let n: Int
    /// The arithmetic mean; nil when n = 0.
    public let mean: Double?
    /// The sample standard deviation (denominator n − 1); nil when n < 2.
    public let standardDeviation: Double?
    /// The standard error of the mean s / √n; nil when n < 2.
    public let standardError: Double?
    /// The t interval for the mean at `confidenceLevel`; nil when n < 2.
    public let confidenceInterval: ClosedRange<Double>?
    /// The level of `confidenceInterval`, for example 0.95.
    public let confidenceLevel: Double
    /// The median; nil when n = 0.
    public let median: Double?
    /// The smallest value; nil when n = 0.
    public let minimum: Double?
    /// The largest value; nil when n = 0.
    public let maximum: Double?
    /// Why the standard deviation, standard error and interval are nil (fewer than two values).
    public let spreadNotComputable: StatisticNotComputable?

    /// Describes `values`; throws `.notFinite` for a NaN or infinite value. `confidenceLevel`
    /// must lie strictly between 0 and 1 (else the interval is nil).
    public static func compute(
        _ values: [Double], confidenceLevel: Double = 0.95
    ) throws(StatisticNotComputable) -> Descriptives {
        try SampleChecks.requireFinite([values])
        let n = values.count
        guard n > 0 else {
            return Descriptives(
                n: 0, mean: nil, standardDeviation: nil, standardError: nil, confidenceInterval: nil,
                confidenceLevel: confidenceLevel, median: nil, minimum: nil, maximum: nil,
                spreadNotComputable: .tooFewObservations(group: nil, found: 0, needed: 2))
        }
        let sorted = values.sorted()
        let middle = n / 2
        let median = n % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        let mean = SampleChecks.mean(values)
        return assemble(
            n: n, mean: mean, sumOfSquares: n >= 2 ? SampleChecks.sumOfSquares(values, mean: mean) : 0, median: median,
            minimum: sorted[0], maximum: sorted[n - 1], confidenceLevel: confidenceLevel)
    }

    /// Describes a sample given as a frequency table: `count` values equal to each `value`
    /// (a scale item's answers as tallied), in any order. The same statistics as `compute(_:)` of the expanded
    /// sample, up to the order of summation, in O(k log k) for k distinct values instead of
    /// O(n log n). Throws `.notFinite` for a NaN or infinite value and `.negativeCount` for a
    /// negative count (group 0, the entry's position).
    public static func compute(
        frequencies: [(value: Double, count: Int)], confidenceLevel: Double = 0.95
    ) throws(StatisticNotComputable) -> Descriptives {
        try SampleChecks.requireFinite([frequencies.map(\.value)])
        try SampleChecks.requireNonNegative([frequencies.map(\.count)])
        let table = frequencies.filter { $0.count > 0 }.sorted { $0.value < $1.value }
        let n = table.reduce(0) { $0 + $1.1 }
        guard n > 0 else { return try compute([], confidenceLevel: confidenceLevel) }
        let size = Double(n)
        // The mean as `SampleChecks.mean`: a first pass, then one refinement.
        var first = table.reduce(0.0) { $0 + $1.0 * Double($1.1) } / size
        if !first.isFinite { first = table.reduce(0.0) { $0 + $1.0 / size * Double($1.1) } }
        let mean = first + table.reduce(0.0) { $0 + ($1.0 - first) * Double($1.1) } / size
        // The median: the value at position n/2 (and the one before it for even n), 0-based.
        func value(at position: Int) -> Double {
            var seen = 0
            for (value, count) in table {
                seen += count
                if position < seen { return value }
            }
            return table[table.count - 1].0
        }
        let median = n % 2 == 1 ? value(at: n / 2) : (value(at: n / 2 - 1) + value(at: n / 2)) / 2
        let squares = table.reduce(0.0) { $0 + ($1.0 - mean) * ($1.0 - mean) * Double($1.1) }
        return assemble(
            n: n, mean: mean, sumOfSquares: squares, median: median, minimum: table[0].0, maximum: table[table.count - 1].0,
            confidenceLevel: confidenceLevel)
    }

    /// The spread and the interval from n ≥ 1, the mean and Σ(xᵢ − x̄)².
    private static func assemble(
        n: Int, mean: Double, sumOfSquares: Double, median: Double, minimum: Double, maximum: Double, confidenceLevel: Double
    ) -> Descriptives {
        var sd: Double?
        var se: Double?
        var interval: ClosedRange<Double>?
        if n >= 2 {
            let deviation = (sumOfSquares / Double(n - 1)).squareRoot()
            let error = deviation / Double(n).squareRoot()
            sd = deviation
            se = error
            if confidenceLevel > 0, confidenceLevel < 1 {
                let t = StudentTDistribution(degreesOfFreedom: Double(n - 1)).quantile((1 + confidenceLevel) / 2)
                let lower = mean - t * error, upper = mean + t * error
                if lower <= upper { interval = lower...upper }  // not NaN (values near the Double limit)
            }
        }
        return Descriptives(
            n: n, mean: mean, standardDeviation: sd, standardError: se, confidenceInterval: interval,
            confidenceLevel: confidenceLevel, median: median, minimum: minimum, maximum: maximum,
            spreadNotComputable: n < 2 ? .tooFewObservations(group: nil, found: n, needed: 2) : nil)
    }
}
