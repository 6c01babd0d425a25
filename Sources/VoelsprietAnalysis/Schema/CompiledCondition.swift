import VoelsprietDomain

/// A `Condition` resolved to variable and category indices, evaluated on coded rows without
/// building answer dictionaries (the analysis evaluates conditions once per item per row).
indirect enum CompiledCondition: Sendable {
    /// Answered, and one of the categories in `mask` chosen.
    case chosen(variable: Int, mask: Int64)
    /// Answered, and none of the categories in `mask` chosen.
    case notChosen(variable: Int, mask: Int64)
    case all([CompiledCondition])
    case any([CompiledCondition])
    case not(CompiledCondition)
    /// Refers to a variable the data does not have: never satisfied.
    case never

    init(_ condition: Condition, schema: AnalysisSchema) {
        func mask(_ item: String, _ values: [String]) -> (Int, Int64)? {
            guard let index = schema.index(of: item) else { return nil }
            let categories = schema.variables[index].categories
            var mask: Int64 = 0
            for value in values {
                if let position = categories.firstIndex(where: { $0.code == value }), position < 63 {
                    mask |= 1 << Int64(position)
                }
            }
            return (index, mask)
        }
        switch condition {
        case .equals(let item, let value):
            self = mask(item, [value]).map { .chosen(variable: $0.0, mask: $0.1) } ?? .never
        case .isIn(let item, let values):
            self = mask(item, values).map { .chosen(variable: $0.0, mask: $0.1) } ?? .never
        case .notEquals(let item, let value):
            self = mask(item, [value]).map { .notChosen(variable: $0.0, mask: $0.1) } ?? .never
        case .notIn(let item, let values):
            self = mask(item, values).map { .notChosen(variable: $0.0, mask: $0.1) } ?? .never
        case .all(let conditions): self = .all(conditions.map { CompiledCondition($0, schema: schema) })
        case .any(let conditions): self = .any(conditions.map { CompiledCondition($0, schema: schema) })
        case .not(let condition): self = .not(CompiledCondition(condition, schema: schema))
        }
    }

    /// Whether the condition holds for `row`, whose cells follow `CodedRow`'s conventions.
    func holds(_ row: UnsafeBufferPointer<Int64>, kinds: [AnalysisVariable.Kind]) -> Bool {
        switch self {
        case .chosen(let variable, let mask):
            guard let selected = CodedRow.selection(row[variable], kind: kinds[variable]) else { return false }
            return selected & mask != 0
        case .notChosen(let variable, let mask):
            guard let selected = CodedRow.selection(row[variable], kind: kinds[variable]) else { return false }
            return selected & mask == 0
        case .all(let conditions): return conditions.allSatisfy { $0.holds(row, kinds: kinds) }
        case .any(let conditions): return conditions.contains { $0.holds(row, kinds: kinds) }
        case .not(let condition): return !condition.holds(row, kinds: kinds)
        case .never: return false
        }
    }
}
