/// The value of one answered item.
public enum AnswerValue: Sendable, Hashable {
    /// A single code: single choice, scale point, yes/no.
    case code(String)
    /// The selected codes of a multiple-choice item, in option order.
    case codes([String])
    /// A free-text answer.
    case text(String)
}
