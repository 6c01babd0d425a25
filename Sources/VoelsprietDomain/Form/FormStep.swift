/// One page of the step-by-step questionnaire.
public struct FormStep: Sendable, Hashable {
    /// Position in `Instrument.orderedItems` where this step starts looking for items.
    public var start: Int
    /// Position just after the last position this step covers (visible or skipped).
    public var end: Int
    /// The visible items of this step, in order.
    public var itemIDs: [String]
    /// The section the step's items belong to.
    public var sectionID: String
}
