/// One column of the answers export.
public struct ExportColumn: Sendable, Hashable {
    /// What the column holds.
    public enum Kind: Sendable, Hashable {
        /// The response's random id.
        case responseID
        /// The date the response was submitted (no time of day is stored).
        case submittedOn
        /// The language the respondent filled the questionnaire in (`nl`, `en`; empty when not kept).
        case language
        /// The code or text of an item.
        case value
        /// 1 when the option of a multiple item was chosen, 0 when not, a `MissingCode` otherwise.
        case option(String)
        /// The "other, namely …" text of an option.
        case specify(String)
    }

    public var name: String
    public var itemID: String?
    public var kind: Kind
}
