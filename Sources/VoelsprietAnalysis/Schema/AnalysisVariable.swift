import VoelsprietDomain

/// One variable of an analysis: an instrument item, or a categorical column of any CSV.
public struct AnalysisVariable: Sendable, Hashable {
    /// How answers are shaped.
    public enum Kind: String, Sendable, Hashable {
        /// One category per respondent (single choice, scale point, yes/no, or a CSV column).
        case single
        /// Any number of categories per respondent (multiple choice).
        case multiple
        /// Free text: listed, never tabulated.
        case text
    }

    /// Stable id (the item id, or the CSV column name).
    public let id: String
    public let kind: Kind
    /// The question, or the column name.
    public let question: LocalizedText
    /// Categories in scale or option order.
    public var categories: [AnalysisCategory]
    /// The published figure this item corresponds to (such as `tno2023:T5.2`).
    public let reference: String?
    /// Name of the shared scale (such as `agree5`), which decides how it is charted.
    public let scale: String?
    /// When the item applies; respondents for whom it does not are neither counted nor missing.
    public let condition: Condition?
    /// For a specify text ("other, namely"): the item and option it belongs to.
    public let specifies: (item: String, option: String)?
    /// The questionnaire section it belongs to: its id and title (the stem of a set of statements).
    public let section: (id: String, title: LocalizedText)?

    public init(
        id: String, kind: Kind, question: LocalizedText, categories: [AnalysisCategory], reference: String? = nil,
        scale: String? = nil, condition: Condition? = nil, specifies: (item: String, option: String)? = nil,
        section: (id: String, title: LocalizedText)? = nil
    ) {
        self.id = id
        self.kind = kind
        self.question = question
        self.categories = categories
        self.reference = reference
        self.scale = scale
        self.condition = condition
        self.specifies = specifies
        self.section = section
    }

    public static func == (lhs: AnalysisVariable, rhs: AnalysisVariable) -> Bool {
        lhs.id == rhs.id && lhs.kind == rhs.kind && lhs.categories == rhs.categories && lhs.reference == rhs.reference
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
