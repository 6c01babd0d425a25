/// What one item of a battery does to Cronbach's α (see `CronbachAlpha`).
public struct CronbachAlphaItem: Sendable, Hashable {
    /// The item's sample variance s²ᵢ (denominator n − 1) over the rows used.
    public let variance: Double
    /// α of the other k − 1 items on the same rows; nil when only one item would remain or the
    /// other items' total does not vary.
    public let alphaIfDeleted: Double?
    /// The corrected item–total correlation: Pearson's r between the item and the sum of the
    /// other items (psych's `r.drop`); nil when either does not vary.
    public let correctedItemTotalCorrelation: Double?
}
