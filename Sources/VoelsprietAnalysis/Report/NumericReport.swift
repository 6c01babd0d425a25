/// A numeric column of a plain CSV: described as numbers (n, mean, SD, 95 % interval, median)
/// and compared between the groups of every split with a Welch t test or a one-way ANOVA and
/// the rank test beside it (Mann–Whitney, Kruskal–Wallis). Minimum and maximum are not given:
/// with a handful of respondents they are somebody's own age or hours.
public struct NumericReport: Sendable, Codable, Hashable {
    public var id: String
    /// The question of a numeric item (nil for a CSV column: its name is its id).
    public var question: String?
    public var n: Int
    /// Rows with the cell empty or holding a missing code.
    public var missing: Int
    /// Whether the file wrote the numbers with a decimal comma.
    public var decimalComma: Bool
    /// Nil when fewer answered than the minimum group size.
    public var descriptives: DescriptivesReport?
    public var median: Double?
    public var comparisons: [NumericComparison]

    enum CodingKeys: String, CodingKey {
        case id, question, n, missing, descriptives, median, comparisons
        case decimalComma = "decimal_comma"
    }
}

/// The groups of one split (within one group of the first split, for `subset`).
public struct NumericComparison: Sendable, Codable, Hashable {
    public var split: String
    public var subset: String?
    public var splitLabel: String
    public var subsetLabel: String?
    /// Empty when the comparison is hidden (see `reason`).
    public var groups: [NumericGroup]
    public var tests: [NumericTestReport]
    /// Why there are no groups or tests: a group too small to show, or fewer than two groups.
    public var reason: String?

    enum CodingKeys: String, CodingKey {
        case split, subset, groups, tests, reason
        case splitLabel = "split_label"
        case subsetLabel = "subset_label"
    }
}

/// One group's numbers.
public struct NumericGroup: Sendable, Codable, Hashable {
    public var id: String
    public var label: String
    public var n: Int
    public var mean: Double?
    public var sd: Double?
    public var ci95: [Double]?
    public var median: Double?
}

/// One test of a numeric column over one comparison.
public struct NumericTestReport: Sendable, Codable, Hashable {
    /// "welch_t" (as R's `t.test`), "anova" (as R's `oneway.test(var.equal = TRUE)`),
    /// "mann_whitney" (W, as `wilcox.test(exact = FALSE, correct = TRUE)`) or "kruskal_wallis".
    public var test: String
    public var statistic: Double
    /// Degrees of freedom: [df] for t and H, [between, within] for F; nil for W.
    public var df: [Double]?
    public var p: Double
    /// Adjusted over the report's family of tests of the same kind (parametric or rank).
    public var pHolm: Double?
    public var pBH: Double?

    enum CodingKeys: String, CodingKey {
        case test, statistic, df, p
        case pHolm = "p_holm"
        case pBH = "p_bh"
    }
}
