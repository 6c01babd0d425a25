/// The counting engine: one pass over coded rows fills, per variable, a table of counts by
/// category and by *cell* — the combination of every split's group (plus "split variable
/// blank"). Every breakdown and test of a report is a sum over cells, so the rows are never
/// kept. Memory is independent of the number of respondents.
public struct Tally: Sendable {
    /// How a split assigns rows to groups.
    public struct Split: Sendable {
        public let variable: Int
        /// Group of each category index; -1 when the category belongs to no group.
        public let groupOfCategory: [Int]
        /// Number of groups, not counting the "blank" slot that follows them.
        public let groupCount: Int
    }

    public let kinds: [AnalysisVariable.Kind]
    /// Categories each variable can hold (its table width).
    public let capacities: [Int]
    public let splits: [Split]
    /// Cell index stride of each split.
    public let strides: [Int]
    /// Number of cells: Π (groups + 1).
    public let cellCount: Int
    let program: ConditionProgram
    /// Per variable, what the hot loop needs, as plain values.
    let slots: [Slot]
    /// Flat counts; see `count(variable:cell:slot:)`.
    var counts: [Int]
    /// Respondents to whom each variable did not apply.
    public private(set) var notApplicable: [Int]
    /// Open answers kept per text variable (at most `textLimit`).
    public private(set) var texts: [[String]]
    /// The cell of the respondent who gave each kept open answer (parallel to `texts`), so
    /// that answers of hidden small groups can be left out.
    public private(set) var textCells: [[Int]]
    /// Open answers given per text variable, kept or not.
    public private(set) var textTotals: [Int]
    public let textLimit: Int
    /// Per variable, whether every answer is kept whatever `textLimit` (numeric items).
    public let keepsAllTexts: [Bool]
    /// Rows added.
    public private(set) var rows = 0
    /// Cronbach's α sums per battery (see `BatteryTally`).
    public internal(set) var batteries: [BatteryTally]
    /// Scratch space for evaluating conditions.
    private var conditionResults: [Bool]
    private var conditionStack: [Bool]

    struct Slot: Sendable {
        /// 0 single, 1 multiple, 2 text.
        let kind: UInt8
        /// Index into the condition results, or -1.
        let condition: Int
        /// Categories + 2 (answered, blank).
        let width: Int
        let offset: Int
    }

    /// A tally for `schema` split by `splits`, counting up to `capacities[v]` categories per
    /// variable; the schema's conditions decide eligibility.
    init(schema: AnalysisSchema, capacities: [Int], splits: [Split], textLimit: Int) {
        let kinds = schema.variables.map(\.kind)
        self.kinds = kinds
        self.capacities = capacities
        self.splits = splits
        self.textLimit = textLimit
        keepsAllTexts = schema.variables.map { schema.numericItems.contains($0.id) }
        program = ConditionProgram(schema: schema)
        var strides: [Int] = []
        var cells = 1
        for split in splits {
            strides.append(cells)
            cells *= split.groupCount + 1
        }
        self.strides = strides
        self.cellCount = cells
        var slots: [Slot] = []
        var total = 0
        for (index, kind) in kinds.enumerated() {
            let width = capacities[index] + 2
            slots.append(
                Slot(
                    kind: kind == .single ? 0 : (kind == .multiple ? 1 : 2),
                    condition: program.conditionOfVariable[index], width: width, offset: total))
            if kind != .text { total += cells * width }
        }
        self.slots = slots
        counts = [Int](repeating: 0, count: total)
        notApplicable = [Int](repeating: 0, count: kinds.count)
        texts = [[String]](repeating: [], count: kinds.count)
        textCells = [[Int]](repeating: [], count: kinds.count)
        textTotals = [Int](repeating: 0, count: kinds.count)
        conditionResults = [Bool](repeating: true, count: max(1, program.count))
        conditionStack = [Bool](repeating: false, count: max(1, program.instructions.count))
        batteries = BatteryTally.batteries(of: schema, capacities: capacities)
    }

    /// The count of `slot` for `variable` in `cell`. Slots: 0..<capacity are categories,
    /// `capacity` is "answered" (respondents with any choice; multiple-choice only) and
    /// `capacity + 1` is "blank although it applied".
    public func count(variable: Int, cell: Int, slot: Int) -> Int {
        counts[slots[variable].offset + cell * slots[variable].width + slot]
    }

    /// The cell of a row.
    @inline(__always)
    func cell(of row: UnsafeBufferPointer<Int64>) -> Int {
        var cell = 0
        for (index, split) in splits.enumerated() {
            let value = row[split.variable]
            var group = split.groupCount
            if value >= 0, Int(value) < split.groupOfCategory.count {
                let mapped = split.groupOfCategory[Int(value)]
                if mapped >= 0 { group = mapped }
            }
            cell += group * strides[index]
        }
        return cell
    }

    /// Counts one row. `text` resolves a text cell's index to its string.
    public mutating func add(_ row: UnsafeBufferPointer<Int64>, text: (Int64) -> String) {
        rows += 1
        let cell = cell(of: row)
        let program = self.program
        conditionStack.withUnsafeMutableBufferPointer { stack in
            conditionResults.withUnsafeMutableBufferPointer { results in
                program.evaluate(row, into: results, stack: stack)
            }
        }
        var pendingTexts = false
        conditionResults.withUnsafeBufferPointer { applies in
            slots.withUnsafeBufferPointer { slots in
                notApplicable.withUnsafeMutableBufferPointer { notApplicable in
                    counts.withUnsafeMutableBufferPointer { counts in
                        for variable in 0..<slots.count {
                            let slot = slots[variable]
                            if slot.condition >= 0, !applies[slot.condition] {
                                notApplicable[variable] += 1
                                continue
                            }
                            let value = row[variable]
                            let base = slot.offset + cell * slot.width
                            switch slot.kind {
                            case 0:
                                counts[base + (value >= 0 && value < slot.width - 2 ? Int(value) : slot.width - 1)] += 1
                            case 1:
                                if value > 0 {
                                    var bits = UInt64(bitPattern: value)
                                    while bits != 0 {
                                        let bit = bits.trailingZeroBitCount
                                        if bit < slot.width - 2 { counts[base + bit] += 1 }
                                        bits &= bits - 1
                                    }
                                    counts[base + slot.width - 2] += 1
                                } else {
                                    counts[base + slot.width - 1] += 1
                                }
                            default:
                                if value >= 0 { pendingTexts = true }
                            }
                        }
                    }
                }
            }
        }
        for index in batteries.indices { batteries[index].add(row) }
        guard pendingTexts else { return }
        for variable in 0..<slots.count where slots[variable].kind == 2 && row[variable] >= 0 {
            let condition = slots[variable].condition
            if condition >= 0, !conditionResults[condition] { continue }
            textTotals[variable] += 1
            if texts[variable].count < textLimit || keepsAllTexts[variable] {
                texts[variable].append(text(row[variable]))
                textCells[variable].append(cell)
            }
        }
    }
}

extension Tally {
    /// Adds another tally of the same schema and splits (rows read elsewhere) to this one.
    /// Open answers are appended after this tally's own, up to the limit.
    mutating func merge(_ other: Tally) {
        precondition(counts.count == other.counts.count, "tallies of different shapes")
        rows += other.rows
        for index in counts.indices { counts[index] += other.counts[index] }
        for index in batteries.indices { batteries[index].merge(other.batteries[index]) }
        for index in notApplicable.indices {
            notApplicable[index] += other.notApplicable[index]
            textTotals[index] += other.textTotals[index]
            let room = keepsAllTexts[index] ? Int.max : textLimit - texts[index].count
            if room > 0 {
                texts[index] += other.texts[index].prefix(room)
                textCells[index] += other.textCells[index].prefix(room)
            }
        }
    }
}

extension Tally {
    /// A tally of the same shape as `other`, with nothing counted.
    init(empty other: Tally) {
        self = other
        rows = 0
        batteries = other.batteries.map { $0.emptied() }
        counts = [Int](repeating: 0, count: other.counts.count)
        notApplicable = [Int](repeating: 0, count: other.notApplicable.count)
        texts = [[String]](repeating: [], count: other.texts.count)
        textCells = [[Int]](repeating: [], count: other.textCells.count)
        textTotals = [Int](repeating: 0, count: other.textTotals.count)
    }
}
