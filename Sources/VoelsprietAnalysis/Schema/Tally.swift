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

    /// An open answer, with the cell it came from.
    public struct Text: Sendable {
        public let cell: Int
        public let text: String
    }

    public let kinds: [AnalysisVariable.Kind]
    /// Categories each variable can hold (its table width).
    public let capacities: [Int]
    public let splits: [Split]
    /// Cell index stride of each split.
    public let strides: [Int]
    /// Number of cells: Π (groups + 1).
    public let cellCount: Int
    let conditions: [CompiledCondition?]
    let offsets: [Int]
    /// Flat counts; see `count(variable:cell:slot:)`.
    var counts: [Int]
    /// Respondents to whom each variable did not apply.
    public private(set) var notApplicable: [Int]
    /// Open answers kept per text variable (at most `textLimit`).
    public private(set) var texts: [[Text]]
    /// Open answers given per text variable, kept or not.
    public private(set) var textTotals: [Int]
    public let textLimit: Int
    /// Rows added.
    public private(set) var rows = 0

    /// A tally for `schema` split by `splits`, counting up to `capacities[v]` categories per
    /// variable. `conditions` decide eligibility; nil means always eligible.
    init(
        kinds: [AnalysisVariable.Kind], capacities: [Int], splits: [Split], conditions: [CompiledCondition?],
        textLimit: Int
    ) {
        self.kinds = kinds
        self.capacities = capacities
        self.splits = splits
        self.conditions = conditions
        self.textLimit = textLimit
        var strides: [Int] = []
        var cells = 1
        for split in splits {
            strides.append(cells)
            cells *= split.groupCount + 1
        }
        self.strides = strides
        self.cellCount = cells
        var offsets: [Int] = []
        var total = 0
        for (index, kind) in kinds.enumerated() {
            offsets.append(total)
            if kind != .text { total += cells * (capacities[index] + 2) }
        }
        self.offsets = offsets
        counts = [Int](repeating: 0, count: total)
        notApplicable = [Int](repeating: 0, count: kinds.count)
        texts = [[Text]](repeating: [], count: kinds.count)
        textTotals = [Int](repeating: 0, count: kinds.count)
    }

    /// The count of `slot` for `variable` in `cell`. Slots: 0..<capacity are categories,
    /// `capacity` is "answered" (respondents with any choice; multiple-choice only) and
    /// `capacity + 1` is "blank although it applied".
    public func count(variable: Int, cell: Int, slot: Int) -> Int {
        counts[offsets[variable] + cell * (capacities[variable] + 2) + slot]
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
        counts.withUnsafeMutableBufferPointer { counts in
            for variable in 0..<kinds.count {
                if let condition = conditions[variable], !condition.holds(row, kinds: kinds) {
                    notApplicable[variable] += 1
                    continue
                }
                let value = row[variable]
                let width = capacities[variable] + 2
                let base = offsets[variable] + cell * width
                switch kinds[variable] {
                case .single:
                    counts[base + (value >= 0 && value < width - 2 ? Int(value) : width - 1)] += 1
                case .multiple:
                    if value > 0 {
                        var bits = UInt64(bitPattern: value)
                        while bits != 0 {
                            let bit = bits.trailingZeroBitCount
                            if bit < width - 2 { counts[base + bit] += 1 }
                            bits &= bits - 1
                        }
                        counts[base + width - 2] += 1
                    } else {
                        counts[base + width - 1] += 1
                    }
                case .text:
                    if value >= 0 {
                        textTotals[variable] += 1
                        if texts[variable].count < textLimit {
                            texts[variable].append(Text(cell: cell, text: text(value)))
                        }
                    }
                }
            }
        }
    }
}
