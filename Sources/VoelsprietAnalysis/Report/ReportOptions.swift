/// Settings of a report.
public struct ReportOptions: Sendable, Hashable {
    /// How test statements are written.
    public enum Style: String, Sendable, Hashable, CaseIterable {
        /// Dutch convention, as the report prints them: `χ²(4) = 11,08; p = 0,03`.
        case dutch
        /// APA 7: `χ²(4, N = 131) = 11.08, p = .026`.
        case apa
    }

    /// Significance level; statements are written only for p < alpha.
    public var alpha: Double
    public var style: Style
    /// Language of labels and texts: "nl" or "en".
    public var language: String
    /// Apply Yates' continuity correction to 2×2 tables (always labelled when applied).
    public var yates: Bool
    /// A title for the report.
    public var title: String?
    /// Group columns of breakdowns with fewer respondents than this are suppressed (0: never).
    public var minimumGroupSize: Int
    /// Items answered by fewer than `minimumGroupSize` show no counts at all: an item only a
    /// handful answered is their answers (set `minimumGroupSize` to 0 to see everything).
    public var suppressSmallItems = true

    public init(
        alpha: Double = 0.05, style: Style = .dutch, language: String = "nl", yates: Bool = false, title: String? = nil,
        minimumGroupSize: Int = 5
    ) {
        self.minimumGroupSize = max(0, minimumGroupSize)
        self.alpha = alpha
        self.style = style
        self.language = language
        self.yates = yates
        self.title = title
    }
}
