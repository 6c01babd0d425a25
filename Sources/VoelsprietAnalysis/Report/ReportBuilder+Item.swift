import VoelsprietStatistics

/// One item's part of the report: its frequencies, its breakdowns by each comparison and their
/// tests, with what disclosure control hides; or the open answers of a text item.
extension ReportBuilder {
    /// What every item's report needs from the report as a whole.
    struct ItemContext: Sendable {
        let splitVariables: Set<Int>
        let hiddenGroups: [Set<Int>]
        let smallGroups: [Set<Int>]
        /// One log-factorial table for every exact r×c test (n is at most the number of rows; a
        /// larger n is refused by the work limit before it is needed).
        let logFactorials: LogFactorials
    }

    /// The report of variable `index` (not numeric, not excluded): frequencies, breakdowns and
    /// tests, or the open answers of a text item.
    func itemReport(variable index: Int, context: ItemContext) -> ItemReport {
        let language = options.language
        let tally = data.tally
        let variable = data.schema.variables[index]
        if variable.kind == .text {
            let (answers, withheld) = openAnswers(variable: index, hiddenGroups: context.smallGroups)
            let given = tally.textTotals[index] - withheld
            return ItemReport(
                id: variable.id, section: variable.section?.id,
                sectionTitle: variable.section?.title.text(in: language),
                question: variable.question.text(in: language), type: "text", scale: nil,
                reference: variable.reference, n: given, missing: 0,
                notApplicable: tally.notApplicable[index], selections: nil, categories: [], breakdowns: [],
                tests: [], published: nil,
                openAnswers: OpenAnswers(count: given, shown: answers),
                // With small groups hidden, "not applicable" (and so n) would tell how
                // many of them the item applied to.
                countsWithheld: options.suppressSmallItems && context.smallGroups.contains { !$0.isEmpty })
        }
        let order = data.categoryOrder[index]
        let capacity = tally.capacities[index]
        let all = totals(variable: index, cells: Array(0..<tally.cellCount))
        let counts = order.map { all[$0] }
        let frequencies =
            variable.kind == .multiple
            ? FrequencyTable(selections: counts, answered: all[capacity], missing: all[capacity + 1])
            : FrequencyTable(counts: counts, missing: all[capacity + 1])
        let answered = frequencies.answered
        let selections = frequencies.selections
        let ofRespondents = frequencies.percentOfRespondents
        let ofSelections = frequencies.percentOfSelections
        let categories = order.enumerated().map { position, stored in
            CategoryReport(
                code: variable.categories[stored].code, label: variable.categories[stored].label.text(in: language),
                count: counts[position], percent: ofRespondents[position],
                percentOfSelections: variable.kind == .multiple ? ofSelections[position] : nil)
        }
        var breakdowns: [Breakdown] = []
        var tests: [TestReport] = []
        // A split variable's own item is not broken down by the other splits: its cells are
        // the subsets' groups, which suppression may hide there.
        let isSplit = context.splitVariables.contains(index)
        for comparison in comparisons where !isSplit && !involves(comparison, variable: index) {
            let (breakdown, table) = breakdownTable(variable: index, comparison: comparison)
            breakdowns.append(breakdown)
            if variable.kind == .single {
                tests.append(test(table: table, breakdown: breakdown, variable: index, logFactorials: context.logFactorials))
            }
        }
        Self.suppressAcrossSubsets(&breakdowns, threshold: options.minimumGroupSize)
        Self.suppressTests(&tests, of: breakdowns)
        // Fewer than the minimum answered (also when others it applied to left it blank, so
        // that "missing" and "not applicable" cannot give the number away); and a split
        // variable whose split hides a group (its frequencies are the group sizes).
        let hidesGroup = data.splits.indices.contains { data.splits[$0].variable == index && !context.hiddenGroups[$0].isEmpty }
        let small = options.suppressSmallItems
            && ((answered + frequencies.missing > 0 && answered < options.minimumGroupSize) || hidesGroup)
        if small {
            breakdowns = []
            tests = []
        }
        var ordinalTests: [OrdinalTestReport]?
        var descriptives: DescriptivesReport?
        if variable.scale != nil, variable.kind == .single {
            ordinalTests = small ? [] : breakdowns.compactMap(Self.ordinalTest)
            descriptives = small ? nil : Self.descriptives(categories)
        }
        return ItemReport(
            id: variable.id, section: variable.section?.id, sectionTitle: variable.section?.title.text(in: language),
            question: variable.question.text(in: language),
            type: variable.kind.rawValue, scale: variable.scale, reference: variable.reference, n: answered,
            missing: frequencies.missing, notApplicable: tally.notApplicable[index],
            selections: variable.kind == .multiple && !small ? selections : nil, categories: small ? [] : categories,
            breakdowns: breakdowns, tests: tests,
            published: small
                ? nil
                : variable.reference.flatMap { comparePublished($0, categories: categories, answered: answered, selections: selections) },
            openAnswers: nil, ordinalTests: ordinalTests, descriptives: descriptives, countsWithheld: small)
    }
}
