// The JSON shape promises keys such as "reference" and "subset" even when they are null,
// so that consumers can rely on them; synthesized encoding would leave nil values out.

extension ItemReport {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        section = try container.decodeIfPresent(String.self, forKey: .section)
        sectionTitle = try container.decodeIfPresent(String.self, forKey: .sectionTitle)
        question = try container.decode(String.self, forKey: .question)
        type = try container.decode(String.self, forKey: .type)
        scale = try container.decodeIfPresent(String.self, forKey: .scale)
        reference = try container.decodeIfPresent(String.self, forKey: .reference)
        // Withheld counts are written as null.
        n = try container.decodeIfPresent(Int.self, forKey: .n) ?? 0
        missing = try container.decodeIfPresent(Int.self, forKey: .missing) ?? 0
        notApplicable = try container.decodeIfPresent(Int.self, forKey: .notApplicable) ?? 0
        selections = try container.decodeIfPresent(Int.self, forKey: .selections)
        categories = try container.decode([CategoryReport].self, forKey: .categories)
        breakdowns = try container.decode([Breakdown].self, forKey: .breakdowns)
        tests = try container.decode([TestReport].self, forKey: .tests)
        published = try container.decodeIfPresent(PublishedComparison.self, forKey: .published)
        openAnswers = try container.decodeIfPresent(OpenAnswers.self, forKey: .openAnswers)
        countsWithheld = try container.decodeIfPresent(Bool.self, forKey: .countsWithheld) ?? false
        ordinalTests = try container.decodeIfPresent([OrdinalTestReport].self, forKey: .ordinalTests)
        descriptives = try container.decodeIfPresent(DescriptivesReport.self, forKey: .descriptives)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(section, forKey: .section)
        try container.encode(sectionTitle, forKey: .sectionTitle)
        try container.encode(question, forKey: .question)
        try container.encode(type, forKey: .type)
        try container.encode(scale, forKey: .scale)
        try container.encode(reference, forKey: .reference)
        try container.encode(countsWithheld ? nil : n, forKey: .n)
        try container.encode(countsWithheld ? nil : missing, forKey: .missing)
        try container.encode(countsWithheld ? nil : notApplicable, forKey: .notApplicable)
        try container.encode(selections, forKey: .selections)
        try container.encode(categories, forKey: .categories)
        try container.encode(breakdowns, forKey: .breakdowns)
        try container.encode(tests, forKey: .tests)
        try container.encode(published, forKey: .published)
        try container.encode(openAnswers, forKey: .openAnswers)
        try container.encode(countsWithheld, forKey: .countsWithheld)
        if scale != nil {
            try container.encode(ordinalTests ?? [], forKey: .ordinalTests)
            try container.encode(descriptives, forKey: .descriptives)
        }
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
        try container.encode(fisherNote, forKey: .fisherNote)
        try container.encode(pHolm, forKey: .pHolm)
        try container.encode(pBH, forKey: .pBH)
        try container.encode(adjustedResiduals, forKey: .adjustedResiduals)
        try container.encode(significant, forKey: .significant)
        try container.encode(statement, forKey: .statement)
    }
}
