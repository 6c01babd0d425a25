/// One recognised frequency table with the checks that could be made and their problems.
public struct StatcheckTable: Sendable, Hashable, Codable {
    /// Source line of the table's first row (its header).
    public var line: Int
    /// Source line of the caption ("Tabel 4. … (n = 131)"), when one was found.
    public var captionLine: Int?
    public var caption: String?
    /// The n from the caption or header (or the total row when neither gives one).
    public var n: Int?
    /// Sum of the frequency column(s) over the category rows; nil without readable frequencies.
    public var sum: Int?
    /// Sum of the percentage column (single-group tables).
    public var percentSum: Double?
    /// The caption, header or note says several answers were allowed (or the sums show it).
    public var multipleResponses: Bool
    /// Groups of columns checked (one for a plain frequency table).
    public var groups: [String]
    /// The checks that were made: "frequencies_sum_to_n", "percentages_match_frequencies",
    /// "percentages_sum_to_100", "total_row".
    public var checks: [String]
    public var problems: [TableProblem]
    /// Remarks about what was not checked and why.
    public var notes: [String]

    enum CodingKeys: String, CodingKey {
        case line
        case captionLine = "caption_line"
        case caption, n, sum
        case percentSum = "percent_sum"
        case multipleResponses = "multiple_responses"
        case groups, checks, problems, notes
    }

    /// Like the synthesised encoding, but `caption`, `n`, `sum` and `percent_sum` are written as
    /// null when absent (the keys are always there).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(line, forKey: .line)
        try c.encode(captionLine, forKey: .captionLine)
        try c.encode(caption, forKey: .caption)
        try c.encode(n, forKey: .n)
        try c.encode(sum, forKey: .sum)
        try c.encode(percentSum, forKey: .percentSum)
        try c.encode(multipleResponses, forKey: .multipleResponses)
        try c.encode(groups, forKey: .groups)
        try c.encode(checks, forKey: .checks)
        try c.encode(problems, forKey: .problems)
        try c.encode(notes, forKey: .notes)
    }
}

/// A discrepancy found in a frequency table.
public struct TableProblem: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// The frequencies do not add up to n.
        case frequenciesSum = "frequencies_sum"
        /// A percentage is not frequency / n × 100 (±1).
        case percentage
        /// The percentages do not add up to 100 (±2).
        case percentagesSum = "percentages_sum"
        /// A total row differs from the sum of the rows above it.
        case totalRow = "total_row"
    }

    public var kind: Kind
    /// Source line of the row concerned (the table's first row for sums).
    public var line: Int
    /// The row label, for percentage problems and total rows.
    public var row: String?
    /// The column group, in tables with several groups.
    public var group: String?
    public var expected: Double
    public var found: Double
    /// The problem in English.
    public var message: String
}
