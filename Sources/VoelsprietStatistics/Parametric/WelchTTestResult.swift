/// The outcome of Welch's two-sample t test.
public struct WelchTTestResult: Sendable, Hashable {
    /// t = (x̄₁ − x̄₂) / SE.
    public let t: Double
    /// The Welch–Satterthwaite degrees of freedom (fractional).
    public let degreesOfFreedom: Double
    /// Two-sided p, P(|T| ≥ |t|).
    public let p: Double
    /// x̄₁ − x̄₂.
    public let meanDifference: Double
    /// SE = √(s₁²/n₁ + s₂²/n₂).
    public let standardError: Double
    /// (x̄₁ − x̄₂) ± t₍₁₊γ₎/₂,df · SE at `confidenceLevel` γ; nil for a level outside (0, 1).
    public let confidenceInterval: ClosedRange<Double>?
    /// The level of `confidenceInterval`.
    public let confidenceLevel: Double
    /// Group means and sizes.
    public let mean1: Double
    public let mean2: Double
    public let n1: Int
    public let n2: Int
}
