import VoelsprietDomain

/// Every distinct condition of a schema compiled into one flat postfix program of plain
/// values, evaluated once per row. The tally then only looks a Bool up per variable: no
/// recursion and no reference counting on the hot path of a million rows.
struct ConditionProgram: Sendable {
    enum Operation: UInt8, Sendable {
        /// Push: answered, and a category in `mask` chosen.
        case chosen
        /// Push: answered, and no category in `mask` chosen.
        case notChosen
        /// Pop `count`, push their conjunction.
        case all
        /// Pop `count`, push their disjunction.
        case any
        /// Negate the top.
        case not
        /// Push false (a condition on an item the data does not have).
        case never
    }

    struct Instruction: Sendable {
        let operation: Operation
        let variable: Int
        let mask: Int64
        let count: Int
    }

    /// Instructions of every condition, one after another.
    private(set) var instructions: [Instruction] = []
    /// Where each condition's instructions end (exclusive); they start where the previous end.
    private(set) var ends: [Int] = []
    /// Per variable, the index of its condition, or -1 when it always applies.
    private(set) var conditionOfVariable: [Int] = []
    /// The kind of each variable, for `chosen` on single versus multiple choice.
    let kinds: [AnalysisVariable.Kind]

    init(schema: AnalysisSchema) {
        kinds = schema.variables.map(\.kind)
        var indexOf: [Condition: Int] = [:]
        for variable in schema.variables {
            guard let condition = variable.condition else {
                conditionOfVariable.append(-1)
                continue
            }
            if let index = indexOf[condition] {
                conditionOfVariable.append(index)
                continue
            }
            emit(condition, schema: schema)
            ends.append(instructions.count)
            indexOf[condition] = ends.count - 1
            conditionOfVariable.append(ends.count - 1)
        }
    }

    /// Number of distinct conditions.
    var count: Int { ends.count }

    private mutating func emit(_ condition: Condition, schema: AnalysisSchema) {
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
        func leaf(_ operation: Operation, _ item: String, _ values: [String]) {
            if let (variable, bits) = mask(item, values) {
                instructions.append(Instruction(operation: operation, variable: variable, mask: bits, count: 0))
            } else {
                instructions.append(Instruction(operation: .never, variable: 0, mask: 0, count: 0))
            }
        }
        switch condition {
        case .equals(let item, let value): leaf(.chosen, item, [value])
        case .isIn(let item, let values): leaf(.chosen, item, values)
        case .notEquals(let item, let value): leaf(.notChosen, item, [value])
        case .notIn(let item, let values): leaf(.notChosen, item, values)
        case .all(let children), .any(let children):
            for child in children { emit(child, schema: schema) }
            let operation: Operation = if case .all = condition { .all } else { .any }
            instructions.append(Instruction(operation: operation, variable: 0, mask: 0, count: children.count))
        case .not(let child):
            emit(child, schema: schema)
            instructions.append(Instruction(operation: .not, variable: 0, mask: 0, count: 0))
        }
    }

    /// Evaluates every condition on `row` into `results` (one Bool per condition), using
    /// `stack` as scratch space (at least as long as `instructions`).
    func evaluate(
        _ row: UnsafeBufferPointer<Int64>, into results: UnsafeMutableBufferPointer<Bool>,
        stack: UnsafeMutableBufferPointer<Bool>
    ) {
        instructions.withUnsafeBufferPointer { program in
            kinds.withUnsafeBufferPointer { kinds in
                var start = 0
                for (condition, end) in ends.enumerated() {
                    var top = 0
                    for index in start..<end {
                        let instruction = program[index]
                        switch instruction.operation {
                        case .chosen, .notChosen:
                            let cell = row[instruction.variable]
                            var value = false
                            // A multiple-choice item with nothing ticked counts as unanswered, as in
                            // the tally and in stored answers.
                            let answered = kinds[instruction.variable] == .multiple ? cell > 0 : cell >= 0
                            if answered {
                                let selected: Int64 =
                                    kinds[instruction.variable] == .multiple ? cell : (cell < 63 ? 1 << cell : 0)
                                value = (selected & instruction.mask != 0) == (instruction.operation == .chosen)
                            }
                            stack[top] = value
                            top += 1
                        case .never:
                            stack[top] = false
                            top += 1
                        case .all, .any:
                            var value = instruction.operation == .all
                            for offset in 0..<instruction.count {
                                let child = stack[top - 1 - offset]
                                value = instruction.operation == .all ? (value && child) : (value || child)
                            }
                            top -= instruction.count
                            stack[top] = value
                            top += 1
                        case .not:
                            stack[top - 1].toggle()
                        }
                    }
                    results[condition] = top > 0 ? stack[top - 1] : true
                    start = end
                }
            }
        }
    }
}
