/// The result of a statistics check of one text. Encodes to JSON with the keys `statements`,
/// `tables` (every recognised statement and table), plus `alpha`, `summary`,
/// `skipped_statements`, `skipped_tables`, `truncated` and `notes`.
public struct StatcheckReport: Sendable, Hashable, Codable {
    public var alpha: Double
    public var summary: StatcheckSummary
    public var statements: [StatcheckStatement]
    public var tables: [StatcheckTable]
    public var skippedStatements: [SkippedStatement]
    public var skippedTables: [SkippedTable]
    /// True when the statement cap was reached and the rest of the text was not checked.
    public var truncated: Bool
    /// Results reported as `p = n.s.`, which are not checked.
    public var ignoredNotSignificant: Int
    /// General remarks in English (the cap, an invalid alpha replaced, `p = n.s.` passages ignored).
    public var notes: [String]

    enum CodingKeys: String, CodingKey {
        case alpha, summary, statements, tables
        case skippedStatements = "skipped_statements"
        case skippedTables = "skipped_tables"
        case truncated
        case ignoredNotSignificant = "ignored_not_significant"
        case notes
    }

    /// A report; the summary is computed from the statements and tables.
    public init(
        alpha: Double, statements: [StatcheckStatement], tables: [StatcheckTable],
        skippedStatements: [SkippedStatement] = [], skippedTables: [SkippedTable] = [],
        truncated: Bool = false, ignoredNotSignificant: Int = 0, notes: [String] = []
    ) {
        self.alpha = alpha
        self.summary = StatcheckSummary(statements: statements, tables: tables)
        self.statements = statements
        self.tables = tables
        self.skippedStatements = skippedStatements
        self.skippedTables = skippedTables
        self.truncated = truncated
        self.ignoredNotSignificant = ignoredNotSignificant
        self.notes = notes
    }
}

/// The counts shown at the top of a report.
public struct StatcheckSummary: Sendable, Hashable, Codable {
    public var statements: Int
    public var inconsistent: Int
    public var decisionErrors: Int
    public var claimErrors: Int
    public var tables: Int
    public var tablesWithProblems: Int

    enum CodingKeys: String, CodingKey {
        case statements, inconsistent
        case decisionErrors = "decision_errors"
        case claimErrors = "significance_claim_errors"
        case tables
        case tablesWithProblems = "tables_with_problems"
    }

    /// The counts of `statements` and `tables`.
    public init(statements: [StatcheckStatement], tables: [StatcheckTable]) {
        self.statements = statements.count
        self.inconsistent = statements.filter(\.inconsistent).count
        self.decisionErrors = statements.filter(\.decisionError).count
        self.claimErrors = statements.filter(\.significanceClaimError).count
        self.tables = tables.count
        self.tablesWithProblems = tables.filter { !$0.problems.isEmpty }.count
    }
}
