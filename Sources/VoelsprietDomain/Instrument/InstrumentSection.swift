/// A titled group of items, shown together where branching allows.
public struct InstrumentSection: Codable, Sendable, Hashable {
    public var id: String
    public var title: LocalizedText
    /// Optional text above the items, for example a shared stem of a set of statements.
    public var description: LocalizedText?
    /// When set, every item of the section is shown only when this holds.
    public var showIf: Condition?
    public var items: [InstrumentItem]

    public init(
        id: String, title: LocalizedText, description: LocalizedText? = nil, showIf: Condition? = nil,
        items: [InstrumentItem]
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.showIf = showIf
        self.items = items
    }
}
