/// Settings of a statistics check.
public struct StatcheckOptions: Sendable, Hashable {
    /// Significance level, in (0, 1). Another value is replaced by 0.05 (with a note in the report).
    public var alpha: Double
    /// At most this many statements are checked; the rest of the text is then skipped and the
    /// report says so (`truncated`). 20,000 is ten times a 500-page thesis.
    public var maxStatements: Int
    /// A percentage may differ this much (percentage points) from frequency / n × 100.
    public var percentTolerance: Double
    /// The percentages of a table may add up to 100 ± this.
    public var percentSumTolerance: Double

    public init(alpha: Double = 0.05, maxStatements: Int = 20_000, percentTolerance: Double = 1, percentSumTolerance: Double = 2) {
        self.alpha = alpha
        self.maxStatements = maxStatements
        self.percentTolerance = percentTolerance
        self.percentSumTolerance = percentSumTolerance
    }

    public static let standard = StatcheckOptions()
}
