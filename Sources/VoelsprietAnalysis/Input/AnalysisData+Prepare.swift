extension AnalysisData {
    /// The most counters a report's tables may hold (8 bytes each: 160 MB).
    public static let maximumCounters = 20_000_000

    /// An empty analysis of `schema` split by `splitNames`; variables count up to
    /// `capacities[v]` categories (their category count when nil).
    init(
        schema: AnalysisSchema, splitNames: [String], capacities: [Int]? = nil, textLimit: Int
    ) throws(AnalysisError) {
        if splitNames.count > 3 { throw .tooManySplits(splitNames.count) }
        let capacities = capacities ?? schema.variables.map { $0.kind == .text ? 0 : $0.categories.count }
        var definitions: [SplitDefinition] = []
        var tallySplits: [Tally.Split] = []
        for name in splitNames {
            let definition = SplitDefinition.named(name, in: schema)
            guard let index = schema.index(of: definition.variableID) else {
                throw .unknownSplit(
                    name: name, available: schema.variables.filter { $0.kind == .single }.map(\.id))
            }
            guard schema.variables[index].kind == .single else {
                throw .splitNotCategorical(name: name, reason: "it is not a single-choice item")
            }
            let capacity = capacities[index]
            var groupOf = Array(0..<capacity)
            var groupCount = capacity
            if let groups = definition.groups {
                let codes = schema.variables[index].categories.map(\.code)
                groupOf = codes.map { code in groups.firstIndex { $0.codes.contains(code) } ?? -1 }
                groupCount = groups.count
            }
            definitions.append(definition)
            tallySplits.append(Tally.Split(variable: index, groupOfCategory: groupOf, groupCount: groupCount))
        }
        // Every combination of groups is a cell of every table; keep that bounded.
        let cells = tallySplits.reduce(1) { $0 * ($1.groupCount + 1) }
        if cells > 4096 {
            throw .tooManyGroups(cells)
        }
        // And the tables themselves: an instrument with thousands of items of thousands of
        // points would ask for more memory than the machine has (a fatal error, not a throw).
        let width = zip(schema.variables, capacities).reduce(0) { total, pair in
            pair.0.kind == .text ? total : total + min(pair.1, Self.maximumCounters) + 2
        }
        let (counters, overflow) = cells.multipliedReportingOverflow(by: width)
        if overflow || counters > Self.maximumCounters {
            throw .tooLarge(counters: overflow ? Int.max : counters)
        }
        self.schema = schema
        self.tally = Tally(schema: schema, capacities: capacities, splits: tallySplits, textLimit: textLimit)
        self.splits = []
        self.categoryOrder = schema.variables.map { Array($0.categories.indices) }
        self.excluded = [:]
        // Typed numbers and dates are not tabulated, nor listed one by one like open answers
        // (a list of ages would single people out); the exports hold them.
        for (index, variable) in schema.variables.enumerated()
        where schema.typedItems.contains(variable.id) && !schema.numericItems.contains(variable.id) {
            self.excluded[index] = DataMessage(
                en: "a date item: in the exports (SPSS, R, CSV), not tabulated in this report",
                nl: "een datumvraag: in de exports (SPSS, R, CSV), niet als tabel in deze rapportage")
        }
        self.pendingSplits = definitions
    }

    /// Fixes the splits' groups once the categories are known (after reading all data).
    mutating func resolveSplits() {
        splits = zip(pendingSplits, tally.splits).map { definition, split in
            if let groups = definition.groups {
                return ResolvedSplit(
                    definition: definition, variable: split.variable, groups: groups,
                    tallyGroups: Array(groups.indices))
            }
            let variable = schema.variables[split.variable]
            let order = categoryOrder[split.variable]
            return ResolvedSplit(
                definition: definition, variable: split.variable,
                groups: order.map { stored in
                    let category = variable.categories[stored]
                    return SplitGroup(id: category.code, label: category.groupLabel, codes: [category.code])
                },
                tallyGroups: order)
        }
    }
}
