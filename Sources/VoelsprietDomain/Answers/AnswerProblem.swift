/// Why one field of a response was not accepted.
public struct AnswerProblem: Sendable, Hashable, Error {
    /// What went wrong.
    public enum Kind: String, Sendable, Hashable {
        case unknownField = "unknown-field"
        case notApplicable = "not-applicable"
        case required
        case invalidOption = "invalid-option"
        case tooManyValues = "too-many-values"
        case duplicateValue = "duplicate-value"
        case tooLong = "too-long"
        case invalidCharacters = "invalid-characters"
        case specifyWithoutOption = "specify-without-option"
    }

    /// The field: an item id, or `item.option` for a specify text.
    public var field: String
    public var kind: Kind
    /// The offending value, where there is one and it is short enough to echo.
    public var value: String?
    /// The limit that was exceeded, for `tooLong`.
    public var limit: Int?

    public init(field: String, kind: Kind, value: String? = nil, limit: Int? = nil) {
        self.field = field
        self.kind = kind
        self.value = value
        self.limit = limit
    }

    /// The item the field belongs to.
    public var itemID: String { String(field.split(separator: ".", maxSplits: 1).first ?? "") }

    /// A message for people, in Dutch (`nl`) or English.
    public func message(language: String) -> String {
        let english = language == "en"
        let shown = value.map { "\"\($0.prefix(40))\"" } ?? ""
        switch kind {
        case .unknownField:
            return english ? "There is no question '\(field)' in this questionnaire." : "Deze vragenlijst heeft geen vraag '\(field)'."
        case .notApplicable:
            return english
                ? "Question '\(field)' does not apply given the earlier answers, so it must not be answered."
                : "Vraag '\(field)' is niet van toepassing op basis van eerdere antwoorden en mag niet beantwoord worden."
        case .required:
            return english ? "Please answer this question." : "Beantwoord deze vraag alstublieft."
        case .invalidOption:
            return english ? "\(shown) is not one of the answer options." : "\(shown) is geen van de antwoordmogelijkheden."
        case .tooManyValues:
            return english ? "Choose one answer only." : "Kies één antwoord."
        case .duplicateValue:
            return english ? "\(shown) was chosen more than once." : "\(shown) is meer dan eens gekozen."
        case .tooLong:
            let limit = limit ?? 0
            return english
                ? "This answer is too long: at most \(limit) characters."
                : "Dit antwoord is te lang: maximaal \(limit) tekens."
        case .invalidCharacters:
            return english
                ? "This answer contains control characters that cannot be stored."
                : "Dit antwoord bevat stuurtekens die niet opgeslagen kunnen worden."
        case .specifyWithoutOption:
            return english
                ? "An explanation was given for an option that was not chosen."
                : "Er is een toelichting gegeven bij een antwoord dat niet gekozen is."
        }
    }
}
