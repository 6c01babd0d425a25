/// Everything a report is built from: the variables, the tally of answers, the splits and
/// what was skipped on the way in.
public struct AnalysisData: Sendable {
    public internal(set) var schema: AnalysisSchema
    public internal(set) var tally: Tally
    /// The splits, each with its groups resolved and ordered.
    public internal(set) var splits: [ResolvedSplit]
    /// Per variable, the stored category index of each displayed category, in display order.
    public internal(set) var categoryOrder: [[Int]]
    /// Variables the data has no column for, or that are not categorical; left out of reports.
    public internal(set) var excluded: [Int: DataMessage]
    /// Skipped values (at most `warningLimit` kept) and how many there were in all.
    public internal(set) var warnings: [ImportWarning] = []
    public internal(set) var warningCount = 0
    /// Plain-CSV columns of numbers with too many distinct values for a table: described as numbers.
    public internal(set) var numeric: [NumericColumn] = []
    /// The columns to describe as numbers: a plain CSV's numeric columns, or an instrument's
    /// numeric items.
    public var numericColumns: [NumericColumn] {
        if !numeric.isEmpty { return numeric }
        return schema.variables.indices.filter { schema.numericItems.contains(schema.variables[$0].id) }
            .map { NumericColumn(variable: $0, tally: tally) }
    }
    /// Things a reader of the report should know about the input.
    public internal(set) var notes: [DataMessage] = []

    /// Split definitions waiting for `resolveSplits()`.
    var pendingSplits: [SplitDefinition] = []

    /// Warnings kept in full; the rest are counted.
    public static let warningLimit = 200

    mutating func warn(_ warning: ImportWarning) {
        warningCount += 1
        if warnings.count < Self.warningLimit { warnings.append(warning) }
    }
}

/// A split whose groups are known: each group is a set of stored category indices.
public struct ResolvedSplit: Sendable {
    public let definition: SplitDefinition
    /// The split variable's index in the schema.
    public let variable: Int
    /// Groups in display order.
    public let groups: [SplitGroup]
    /// Tally group index of each displayed group.
    public let tallyGroups: [Int]
}
