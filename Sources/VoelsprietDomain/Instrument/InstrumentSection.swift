/// A titled group of items, shown together where branching allows.
public struct InstrumentSection: Codable, Sendable, Hashable {
    public var id: String
    public var title: LocalizedText
    /// Optional text above the items, for example a shared stem of a set of statements.
    public var description: LocalizedText?
    /// When set, every item of the section is shown only when this holds.
    public var showIf: Condition?
    /// `matrix` shows the section's scale items as one table (a battery); `list` (default) one below the other.
    public var layout: SectionLayout?
    public var items: [InstrumentItem]

    public init(
        id: String, title: LocalizedText, description: LocalizedText? = nil, showIf: Condition? = nil,
        layout: SectionLayout? = nil, items: [InstrumentItem]
    ) {
        self.layout = layout
        self.id = id
        self.title = title
        self.description = description
        self.showIf = showIf
        self.items = items
    }
}
