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
        var sd: Double?
        var se: Double?
        var interval: ClosedRange<Double>?
        if n >= 2 {
            let deviation = (SampleChecks.sumOfSquares(values, mean: mean) / Double(n - 1)).squareRoot()
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
            confidenceLevel: confidenceLevel, median: median, minimum: sorted[0], maximum: sorted[n - 1],
            spreadNotComputable: n < 2 ? .tooFewObservations(group: nil, found: n, needed: 2) : nil)
    }
}
