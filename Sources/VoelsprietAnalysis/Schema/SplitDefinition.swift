import VoelsprietDomain

/// A grouping of respondents by one variable, for breakdowns and tests ("by role").
public struct SplitDefinition: Sendable, Hashable {
    /// The name used in reports and on the command line (`role`, `experience`).
    public let id: String
    /// The variable whose answers decide the group.
    public let variableID: String
    /// The groups, each a set of category codes; nil means one group per category.
    public let groups: [SplitGroup]?
    /// What reports call the split; its id when nil.
    public let label: LocalizedText?

    public init(id: String, variableID: String, groups: [SplitGroup]?, label: LocalizedText? = nil) {
        self.id = id
        self.variableID = variableID
        self.groups = groups
        self.label = label
    }

    /// The split called `name` for `schema`: the quickscan's `experience` compares "with own
    /// experience" (past, recent or current) against "without", as the report does; any other
    /// name splits by the categories of the variable of that name.
    public static func named(_ name: String, in schema: AnalysisSchema) -> SplitDefinition {
        if name == "experience", schema.instrumentID == "quickscan" {
            return SplitDefinition(
                id: "experience", variableID: "experience",
                groups: [
                    SplitGroup(
                        id: "with", label: LocalizedText(["nl": "met eigen ervaring", "en": "with own experience"]),
                        codes: ["past", "recent", "current"]),
                    SplitGroup(
                        id: "without", label: LocalizedText(["nl": "zonder eigen ervaring", "en": "without own experience"]),
                        codes: ["no"]),
                ], label: LocalizedText(["nl": "eigen ervaring", "en": "own experience"]))
        }
        if name == "role", schema.instrumentID == "quickscan" {
            return SplitDefinition(
                id: "role", variableID: "role", groups: nil, label: LocalizedText(["nl": "rol", "en": "role"]))
        }
        return SplitDefinition(id: name, variableID: name, groups: nil)
    }
}

/// One group of a split.
public struct SplitGroup: Sendable, Hashable {
    public let id: String
    public let label: LocalizedText
    public let codes: [String]

    public init(id: String, label: LocalizedText, codes: [String]) {
        self.id = id
        self.label = label
        self.codes = codes
    }
}
