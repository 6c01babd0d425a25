// The JSON shape promises keys such as "reference" and "subset" even when they are null,
// so that consumers can rely on them; synthesized encoding would leave nil values out.

extension ItemReport {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(section, forKey: .section)
        try container.encode(sectionTitle, forKey: .sectionTitle)
        try container.encode(question, forKey: .question)
        try container.encode(type, forKey: .type)
        try container.encode(scale, forKey: .scale)
        try container.encode(reference, forKey: .reference)
        try container.encode(n, forKey: .n)
        try container.encode(missing, forKey: .missing)
        try container.encode(notApplicable, forKey: .notApplicable)
        try container.encode(selections, forKey: .selections)
        try container.encode(categories, forKey: .categories)
        try container.encode(breakdowns, forKey: .breakdowns)
        try container.encode(tests, forKey: .tests)
        try container.encode(published, forKey: .published)
        try container.encode(openAnswers, forKey: .openAnswers)
    }
}

extension Breakdown {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(split, forKey: .split)
        try container.encode(subset, forKey: .subset)
        try container.encode(splitLabel, forKey: .splitLabel)
        try container.encode(subsetLabel, forKey: .subsetLabel)
        try container.encode(groups, forKey: .groups)
    }

    enum CodingKeys: String, CodingKey {
        case split, subset
        case splitLabel = "split_label"
        case subsetLabel = "subset_label"
        case groups
    }
}

extension TestReport {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(split, forKey: .split)
        try container.encode(subset, forKey: .subset)
        try container.encode(splitLabel, forKey: .splitLabel)
        try container.encode(subsetLabel, forKey: .subsetLabel)
        try container.encode(groups, forKey: .groups)
        try container.encode(computable, forKey: .computable)
        try container.encode(reason, forKey: .reason)
        try container.encode(chi2, forKey: .chi2)
        try container.encode(df, forKey: .df)
        try container.encode(p, forKey: .p)
        try container.encode(n, forKey: .n)
        try container.encode(cramersV, forKey: .cramersV)
        try container.encode(minExpected, forKey: .minExpected)
        try container.encode(cellsBelow5, forKey: .cellsBelow5)
        try container.encode(shareBelow5, forKey: .shareBelow5)
        try container.encode(droppedCategories, forKey: .droppedCategories)
        try container.encode(droppedGroups, forKey: .droppedGroups)
        try container.encode(yatesCorrected, forKey: .yatesCorrected)
        try container.encode(fisherP, forKey: .fisherP)
        try container.encode(significant, forKey: .significant)
        try container.encode(statement, forKey: .statement)
    }
}
