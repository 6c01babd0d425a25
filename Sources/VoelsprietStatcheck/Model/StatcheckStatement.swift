/// One recognised test result ("χ²(2) = 8,44; p = 0,02") with the recomputed p value and the flags.
public struct StatcheckStatement: Sendable, Hashable, Codable {
    /// The kind of test.
    public enum Test: String, Sendable, Hashable, Codable, CaseIterable {
        case chi2, t, F, r, z
    }

    /// How the p value was reported.
    public enum Comparison: String, Sendable, Hashable, Codable, CaseIterable {
        case equal = "="
        case less = "<"
        case greater = ">"
        case lessOrEqual = "<="
        case greaterOrEqual = ">="
    }

    /// Source line number (see `SourceLine.number`).
    public var line: Int
    /// 1-based position (Unicode scalars) of the statement in the line.
    public var column: Int
    /// The statement as it stands in the text.
    public var text: String
    public var test: Test
    /// Degrees of freedom: one for χ², t and r, two for F, none for z.
    public var df: [Double]
    /// The statistic as reported (with its sign).
    public var statistic: Double
    public var reportedComparison: Comparison
    public var reportedP: Double
    /// The p value computed from the reported statistic and df (halved when one-sided).
    public var computedP: Double
    /// The lowest and highest p over the rounding interval of the reported statistic.
    public var computedPRange: [Double]
    /// A one-sided mark applied to this statement (t, z and r only).
    public var oneSided: Bool
    /// The reported p cannot come from the reported statistic, rounding allowed for.
    public var inconsistent: Bool
    /// Inconsistent, and significance at alpha differs between reported and computed p.
    public var decisionError: Bool
    /// The sentence presents this result as a difference or as significant.
    public var presentedAsSignificant: Bool
    /// Presented as a difference or significant while the computed p ≥ alpha.
    public var significanceClaimError: Bool

    enum CodingKeys: String, CodingKey {
        case line, column, text, test, df, statistic
        case reportedComparison = "reported_comparison"
        case reportedP = "reported_p"
        case computedP = "computed_p"
        case computedPRange = "computed_p_range"
        case oneSided = "one_sided"
        case inconsistent
        case decisionError = "decision_error"
        case presentedAsSignificant = "presented_as_significant"
        case significanceClaimError = "significance_claim_error"
    }

    /// True when any of the three flags is set.
    public var isFlagged: Bool { inconsistent || decisionError || significanceClaimError }
}
