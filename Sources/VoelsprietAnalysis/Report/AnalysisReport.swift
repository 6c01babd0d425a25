/// A whole report: per item the frequency table, breakdowns by group and tests. Encodes to
/// the documented JSON shape (snake_case keys).
public struct AnalysisReport: Sendable, Codable, Hashable {
    public var title: String
    /// Respondents in the data.
    public var n: Int
    public var language: String
    public var alpha: Double
    public var style: String
    /// Breakdown groups smaller than this are suppressed.
    public var minimumGroupSize: Int
    public var splits: [ReportSplit]
    public var items: [ItemReport]
    /// What a reader should know about the input (delimiter, skipped columns, …).
    public var notes: [String]
    /// Skipped values (the first few hundred) and how many there were.
    public var warnings: [String]
    public var warningCount: Int
    /// Variables left out, with the reason.
    public var excluded: [ExcludedVariable]
    /// Cronbach's α of each battery (respondents who answered all its items).
    public var reliability: [BatteryReliability]? = nil
    /// Plain-CSV columns of numbers, described as numbers (absent when there are none).
    public var numeric: [NumericReport]? = nil

    enum CodingKeys: String, CodingKey {
        case title, n, language, alpha, style
        case minimumGroupSize = "minimum_group_size"
        case splits, items, notes, warnings
        case warningCount = "warning_count"
        case excluded, reliability, numeric
    }
}

/// Cronbach's α of one battery: its items, the respondents who answered all of them, and α
/// (nil when fewer than the report's smallest group answered them all, or the total has no variance).
public struct BatteryReliability: Sendable, Codable, Hashable {
    public var items: [String]
    public var n: Int
    public var alpha: Double?
}

extension AnalysisReport {
    /// Whether any group of a split is hidden as too small (open answers of its members are
    /// then left out).
    public var hasHiddenGroups: Bool { splits.contains { $0.groups.contains { $0.n == nil } } }
}

/// A split and its groups.
public struct ReportSplit: Sendable, Codable, Hashable {
    public var id: String
    public var label: String
    public var variable: String
    public var groups: [ReportGroup]
}

/// One group of a split, with how many respondents are in it; `n` is nil (JSON `null`) for
/// a group hidden as too small, or hidden with it so that the others do not give it away.
public struct ReportGroup: Sendable, Codable, Hashable {
    public var id: String
    public var label: String
    public var n: Int?

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(label, forKey: .label)
        try container.encode(n, forKey: .n)
    }
}

/// A variable that is not in the report, and why.
public struct ExcludedVariable: Sendable, Codable, Hashable {
    public var id: String
    public var reason: String
}
