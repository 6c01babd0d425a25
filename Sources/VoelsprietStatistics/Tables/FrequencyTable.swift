/// Counts of one item's categories, in scale order, with missing answers counted apart.
///
/// Percentages are of those who answered (`answered`), never of everybody; missing answers
/// are their own visible count and never a category.
public struct FrequencyTable: Sendable, Hashable {
    /// Counts per category, in the order of the scale or option list.
    public let counts: [Int]
    /// Respondents to whom the item applied but who left it blank.
    public let missing: Int
    /// For a multiple-choice item: respondents who ticked at least one option. For a
    /// single-choice item this equals the sum of `counts`.
    public let answered: Int

    /// A single-choice table: `answered` is the sum of the counts.
    public init(counts: [Int], missing: Int) {
        self.counts = counts
        self.missing = missing
        self.answered = counts.reduce(0, +)
    }

    /// A multiple-choice table: `counts` are selections per option, `answered` respondents
    /// who selected anything.
    public init(selections: [Int], answered: Int, missing: Int) {
        self.counts = selections
        self.missing = missing
        self.answered = answered
    }

    /// Sum of the counts; for a multiple-choice item, the number of selections.
    public var selections: Int { counts.reduce(0, +) }

    /// Percentage of respondents who answered, per category (unrounded).
    public var percentOfRespondents: [Double] { counts.map { Percent.of($0, answered) } }

    /// Percentage of all selections, per category (unrounded); equals `percentOfRespondents`
    /// for single-choice items.
    public var percentOfSelections: [Double] { counts.map { Percent.of($0, selections) } }
}
