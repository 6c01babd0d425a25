extension Condition {
    /// Evaluates the condition against answers given so far.
    public func isSatisfied(by answers: AnswerSet) -> Bool {
        switch self {
        case .equals(let item, let value):
            guard let answer = answers[item] else { return false }
            return answer.contains(value)
        case .notEquals(let item, let value):
            guard let answer = answers[item] else { return false }
            return !answer.contains(value)
        case .isIn(let item, let values):
            guard let answer = answers[item] else { return false }
            return values.contains { answer.contains($0) }
        case .notIn(let item, let values):
            guard let answer = answers[item] else { return false }
            return !values.contains { answer.contains($0) }
        case .all(let conditions): return conditions.allSatisfy { $0.isSatisfied(by: answers) }
        case .any(let conditions): return conditions.contains { $0.isSatisfied(by: answers) }
        case .not(let condition): return !condition.isSatisfied(by: answers)
        }
    }

    /// Every (item, value) pair the condition names, with values empty for composite nodes.
    public var references: [(item: String, values: [String])] {
        switch self {
        case .equals(let item, let value), .notEquals(let item, let value): return [(item, [value])]
        case .isIn(let item, let values), .notIn(let item, let values): return [(item, values)]
        case .all(let conditions), .any(let conditions): return conditions.flatMap(\.references)
        case .not(let condition): return condition.references
        }
    }
}
