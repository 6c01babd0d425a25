import Foundation

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
        case notANumber = "not-a-number"
        case notAWholeNumber = "not-a-whole-number"
        case belowMinimum = "below-minimum"
        case aboveMaximum = "above-maximum"
        case notADate = "not-a-date"
        case tooEarly = "too-early"
        case tooLate = "too-late"
        /// An exclusive option ("nobody") chosen together with another option.
        case exclusiveCombined = "exclusive-combined"
    }

    /// The field: an item id, or `item.option` for a specify text.
    public var field: String
    public var kind: Kind
    /// The offending value, where there is one and it is short enough to echo.
    public var value: String?
    /// The limit that was exceeded, for `tooLong`.
    public var limit: Int?
    /// The bound that was crossed (a number or date as the respondent reads it), or the exclusive option's label.
    public var bound: String?

    public init(field: String, kind: Kind, value: String? = nil, limit: Int? = nil, bound: String? = nil) {
        self.field = field
        self.kind = kind
        self.value = value
        self.limit = limit
        self.bound = bound
    }

    /// The item the field belongs to.
    public var itemID: String { String(field.split(separator: ".", maxSplits: 1).first ?? "") }

    /// A message for people, in Dutch (`nl`) or English.
    public func message(language: String) -> String {
        let english = language == "en"
        let shown = value.map { "\"\($0.prefix(40))\"" } ?? ""
        // Bounds are stored language-neutral (3.5, 2024-03-31) and written as the reader writes them.
        let number = english ? (bound ?? "") : (bound ?? "").replacingOccurrences(of: ".", with: ",")
        let date = english ? (bound ?? "") : (CalendarDate(parsing: bound ?? "").map(\.dutch) ?? (bound ?? ""))
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
        case .notANumber:
            return english ? "Please enter a number, such as 12 or 3.5." : "Vul een getal in, zoals 12 of 3,5."
        case .notAWholeNumber:
            return english ? "Please enter a whole number." : "Vul een heel getal in (zonder komma)."
        case .belowMinimum:
            return english ? "The smallest possible answer is \(number)." : "Het kleinste mogelijke antwoord is \(number)."
        case .aboveMaximum:
            return english ? "The largest possible answer is \(number)." : "Het grootste mogelijke antwoord is \(number)."
        case .notADate:
            return english ? "Please enter a date, such as 2024-03-31." : "Vul een datum in, zoals 31-03-2024."
        case .tooEarly:
            return english ? "The earliest possible date is \(date)." : "De vroegst mogelijke datum is \(date)."
        case .tooLate:
            return english ? "The latest possible date is \(date)." : "De laatst mogelijke datum is \(date)."
        case .exclusiveCombined:
            let option = bound.map { "\"\($0)\"" } ?? ""
            return english
                ? "\(option) cannot be combined with other answers."
                : "\(option) kan niet samen met andere antwoorden gekozen worden."
        }
    }
}
