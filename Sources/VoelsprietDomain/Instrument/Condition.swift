/// When an item or section is shown, expressed over answers to earlier items.
///
/// A condition on an item that was not answered (or was hidden) is false, whatever its
/// operator: "only when own experience ≠ no" means "answered, and not no". For a
/// multiple-choice item, `equals` means that option was selected.
public indirect enum Condition: Sendable, Hashable {
    case equals(item: String, value: String)
    case notEquals(item: String, value: String)
    case isIn(item: String, values: [String])
    case notIn(item: String, values: [String])
    case all([Condition])
    case any([Condition])
    case not(Condition)
}
