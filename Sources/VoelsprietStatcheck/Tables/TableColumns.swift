/// What a table column holds, judged from its header label.
enum ColumnRole: Equatable {
    case frequency
    case percentage
    /// "n (%)" cells such as "27 (19)".
    case frequencyAndPercentage
    /// Valid or cumulative percentages (SPSS), not checked.
    case otherPercentage
    case other
}

/// A group of columns checked together: a frequency column and/or a percentage column.
struct ColumnGroup {
    var name: String?
    var frequency: Int?
    var percentage: Int?
    /// The n printed in the group's header ("Studenten (n = 70)").
    var headerN: Int?
}

enum TableColumns {
    /// The role of a header label.
    static func role(of label: String) -> ColumnRole {
        let normalised = normalise(label)
        if normalised.isEmpty { return .other }
        if normalised.contains("cum") || normalised.contains("valid") || normalised.contains("geldig") {
            return normalised.contains("%") || normalised.contains("perc") || normalised.contains("proc") ? .otherPercentage : .other
        }
        if combined.contains(normalised) { return .frequencyAndPercentage }
        if frequencyWords.contains(normalised) { return .frequency }
        if percentageWords.contains(normalised) { return .percentage }
        return .other
    }

    /// Lowercased, without footnote marks, colons, an "(n = …)" part and extra spaces.
    static func normalise(_ label: String) -> String {
        var text = TableText.stripMarkup(label).lowercased()
        if let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") {
            let inside = text[text.index(after: open)..<close]
            if TableText.nValues(in: String(inside)).count == 1 { text.removeSubrange(open...close) }
        }
        text.removeAll { "*:†‡".contains($0) }
        text = text.collapsingSpaces()
        while text.hasSuffix(".") && text.count > 2 { text.removeLast() }
        return text
    }

    static let frequencyWords: Set<String> = [
        "frequentie", "frequenties", "freq", "aantal", "aantallen", "n", "abs", "absoluut", "absolute aantallen",
        "frequency", "frequencies", "count", "counts", "number", "f", "#",
    ]
    static let percentageWords: Set<String> = [
        "%", "percentage", "percentages", "procent", "percent", "pct", "perc", "in %", "(%)", "% van totaal",
    ]
    static let combined: Set<String> = [
        "n (%)", "n(%)", "aantal (%)", "frequentie (%)", "frequency (%)", "count (%)", "n (percentage)",
    ]

    /// The column groups, left to right, from the role of each column; nil when the roles do not
    /// form groups (a percentage column before any frequency column of several groups, or two
    /// frequency columns in a row).
    static func groups(roles: [ColumnRole], names: [String?]) -> [ColumnGroup]? {
        var groups: [ColumnGroup] = []
        var open: ColumnGroup?
        for (column, role) in roles.enumerated() {
            switch role {
            case .frequency:
                if let finished = open { groups.append(finished) }
                open = ColumnGroup(name: names[column], frequency: column)
            case .percentage:
                if var current = open, current.percentage == nil {
                    current.percentage = column
                    groups.append(current)
                    open = nil
                } else {
                    if let finished = open { groups.append(finished) }
                    open = nil
                    groups.append(ColumnGroup(name: names[column], percentage: column))
                }
            case .frequencyAndPercentage:
                if let finished = open { groups.append(finished) }
                open = nil
                groups.append(ColumnGroup(name: names[column], frequency: column, percentage: column))
            case .otherPercentage, .other:
                continue
            }
        }
        if let finished = open { groups.append(finished) }
        let multiple = groups.count > 1
        // In several groups, every group needs both columns, or the pairing is guesswork.
        if multiple, groups.contains(where: { $0.frequency == nil || $0.percentage == nil }) { return nil }
        return groups
    }
}
