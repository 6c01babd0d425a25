/// One item of a report.
public struct ItemReport: Sendable, Codable, Hashable {
    public var id: String
    /// The questionnaire section: id and title (or the stem it puts before its statements).
    public var section: String?
    public var sectionTitle: String?
    public var question: String
    /// "single", "multiple" or "text".
    public var type: String
    public var scale: String?
    public var reference: String?
    /// Respondents who answered.
    public var n: Int
    /// Respondents to whom the item applied but who left it blank.
    public var missing: Int
    /// Respondents to whom the item did not apply (by the questionnaire's branching).
    public var notApplicable: Int
    /// Multiple choice: the number of selections (percent_of_selections divides by it).
    public var selections: Int?
    /// In scale or option order.
    public var categories: [CategoryReport]
    public var breakdowns: [Breakdown]
    public var tests: [TestReport]
    public var published: PublishedComparison?
    public var openAnswers: OpenAnswers?
    /// Scale items: Mann–Whitney (two groups) or Kruskal–Wallis (more) per comparison, beside the
    /// chi-square, with p adjusted over the report's family of ordinal tests; nil for other items.
    public var ordinalTests: [OrdinalTestReport]? = nil
    /// Scale items with numeric points: n, mean, SD and the 95 % confidence interval of the mean.
    public var descriptives: DescriptivesReport? = nil
    /// Answered by fewer than the minimum group size: no counts are shown, not even n,
    /// missing or not applicable (for an item only one small group answers, n would be that
    /// group's size). JSON: `counts_withheld: true` and those keys `null`.
    public var countsWithheld = false

    enum CodingKeys: String, CodingKey {
        case id, section
        case sectionTitle = "section_title"
        case question, type, scale, reference, n, missing
        case notApplicable = "not_applicable"
        case selections, categories, breakdowns, tests, published
        case openAnswers = "open_answers"
        case countsWithheld = "counts_withheld"
        case ordinalTests = "ordinal_tests"
        case descriptives
    }
}

/// A rank test of a scale item across the groups of one comparison.
public struct OrdinalTestReport: Sendable, Codable, Hashable {
    public var split: String
    public var subset: String?
    public var splitLabel: String
    public var subsetLabel: String?
    public var groups: [String]
    /// "mann_whitney" (W, as R's `wilcox.test(exact = FALSE, correct = TRUE)`) or
    /// "kruskal_wallis" (H with the tie correction, as R's `kruskal.test`).
    public var test: String
    public var statistic: Double
    public var p: Double
    public var pHolm: Double?
    public var pBH: Double?

    enum CodingKeys: String, CodingKey {
        case split, subset, groups, test, statistic, p
        case splitLabel = "split_label"
        case subsetLabel = "subset_label"
        case pHolm = "p_holm"
        case pBH = "p_bh"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(split, forKey: .split)
        try container.encode(subset, forKey: .subset)
        try container.encode(splitLabel, forKey: .splitLabel)
        try container.encode(subsetLabel, forKey: .subsetLabel)
        try container.encode(groups, forKey: .groups)
        try container.encode(test, forKey: .test)
        try container.encode(statistic, forKey: .statistic)
        try container.encode(p, forKey: .p)
        try container.encode(pHolm, forKey: .pHolm)
        try container.encode(pBH, forKey: .pBH)
    }
}

/// An item's mean on its scale points, with the spread and the t-based 95 % interval.
public struct DescriptivesReport: Sendable, Codable, Hashable {
    public var n: Int
    public var mean: Double?
    public var sd: Double?
    public var ci95: [Double]?

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(n, forKey: .n)
        try container.encode(mean, forKey: .mean)
        try container.encode(sd, forKey: .sd)
        try container.encode(ci95, forKey: .ci95)
    }
}

/// One category's count and percentage.
public struct CategoryReport: Sendable, Codable, Hashable {
    public var code: String
    public var label: String
    public var count: Int
    /// Of respondents who answered.
    public var percent: Double
    /// Multiple choice only: of all selections.
    public var percentOfSelections: Double?

    enum CodingKeys: String, CodingKey {
        case code, label, count, percent
        case percentOfSelections = "percent_of_selections"
    }
}

/// An item's counts per group of one comparison.
public struct Breakdown: Sendable, Codable, Hashable {
    public var split: String
    /// "role=student" for a comparison within one group of the first split.
    public var subset: String?
    /// The same in words: the split's and the group's labels.
    public var splitLabel: String
    public var subsetLabel: String?
    public var groups: [BreakdownGroup]
}

/// One column of a breakdown.
public struct BreakdownGroup: Sendable, Codable, Hashable {
    public var id: String
    public var label: String
    /// Answered in this group.
    public var n: Int
    public var missing: Int
    /// Per category, in the item's order; empty when suppressed.
    public var counts: [Int]
    public var percent: [Double]
    /// Fewer respondents than the report's minimum group size answered in this group: their
    /// answers are not shown, so that nobody can be recognised by them.
    public var suppressed: Bool
}

extension BreakdownGroup {
    enum CodingKeys: String, CodingKey { case id, label, n, missing, counts, percent, suppressed }

    /// A hidden group's size is not written either (`"n": null`): with the other groups and
    /// the item's total it would give the hidden answers back.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        label = try container.decode(String.self, forKey: .label)
        n = try container.decodeIfPresent(Int.self, forKey: .n) ?? 0
        missing = try container.decode(Int.self, forKey: .missing)
        counts = try container.decode([Int].self, forKey: .counts)
        percent = try container.decode([Double].self, forKey: .percent)
        suppressed = try container.decode(Bool.self, forKey: .suppressed)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(label, forKey: .label)
        try container.encode(suppressed ? nil : n, forKey: .n)
        try container.encode(missing, forKey: .missing)
        try container.encode(counts, forKey: .counts)
        try container.encode(percent, forKey: .percent)
        try container.encode(suppressed, forKey: .suppressed)
    }
}

/// A chi-square test of one comparison, or why there is none.
public struct TestReport: Sendable, Codable, Hashable {
    public var split: String
    public var subset: String?
    public var splitLabel: String
    public var subsetLabel: String?
    public var groups: [String]
    public var computable: Bool
    public var reason: String?
    public var chi2: Double?
    public var df: Int?
    public var p: Double?
    public var n: Int?
    public var cramersV: Double?
    public var minExpected: Double?
    public var cellsBelow5: Int?
    public var shareBelow5: Double?
    /// Categories nobody in these groups chose; dropped before the test (fewer df).
    public var droppedCategories: [String]
    /// Groups with nobody in them; dropped before the test.
    public var droppedGroups: [String]
    public var yatesCorrected: Bool
    /// The exact two-sided p: Fisher's test for 2×2 tables (once empty rows and columns are
    /// dropped), the Fisher–Freeman–Halton test (as R's `fisher.test`) for larger ones within its
    /// work limit; nil beyond it (`fisherNote` says so).
    public var fisherP: Double?
    public var fisherNote: String? = nil
    /// p adjusted over the report's family of chi-square tests (every computable one): Holm, and
    /// Benjamini–Hochberg.
    public var pHolm: Double? = nil
    public var pBH: Double? = nil
    /// Significant tables: the adjusted standardised residual of each cell (categories × groups of
    /// the table tested, empty ones dropped; as `chisq.test(...)$stdres`); beyond ±1.96 a cell
    /// departs from independence.
    public var adjustedResiduals: [[Double?]]? = nil
    public var significant: Bool
    /// The sentence fragment a paper prints, only when significant.
    public var statement: String?

    enum CodingKeys: String, CodingKey {
        case split, subset
        case splitLabel = "split_label"
        case subsetLabel = "subset_label"
        case groups, computable, reason, chi2, df, p, n
        case cramersV = "cramers_v"
        case minExpected = "min_expected"
        case cellsBelow5 = "cells_below_5"
        case shareBelow5 = "share_below_5"
        case droppedCategories = "dropped_categories"
        case droppedGroups = "dropped_groups"
        case yatesCorrected = "yates_corrected"
        case fisherP = "fisher_p"
        case fisherNote = "fisher_note"
        case pHolm = "p_holm"
        case pBH = "p_bh"
        case adjustedResiduals = "adjusted_residuals"
        case significant, statement
    }
}

/// Published figures next to what this data shows.
public struct PublishedComparison: Sendable, Codable, Hashable {
    public var reference: String
    public var table: String
    public var n: Int
    /// "respondents" or "selections".
    public var percentOf: String
    public var rows: [PublishedRow]
    /// Problems in the published table itself (counts that do not add up, …).
    public var inconsistencies: [String]

    enum CodingKeys: String, CodingKey {
        case reference, table, n
        case percentOf = "percent_of"
        case rows, inconsistencies
    }
}

/// One category: published and observed.
public struct PublishedRow: Sendable, Codable, Hashable {
    public var code: String
    public var label: String
    public var publishedCount: Int?
    public var publishedPercent: Int
    public var observedCount: Int
    /// Whole-number percentage, rounded half away from zero as printed tables are.
    public var observedPercent: Int
    /// Observed minus published, in percentage points.
    public var difference: Int

    enum CodingKeys: String, CodingKey {
        case code, label
        case publishedCount = "published_count"
        case publishedPercent = "published_percent"
        case observedCount = "observed_count"
        case observedPercent = "observed_percent"
        case difference
    }
}

/// Open answers to a text item, in a random order (never the order they came in), without
/// the answers of respondents in a hidden small group (not counted either: the count would
/// tell how many of them answered).
public struct OpenAnswers: Sendable, Codable, Hashable {
    /// How many gave one (outside hidden groups).
    public var count: Int
    /// The answers listed (at most the text limit).
    public var shown: [String]
}
