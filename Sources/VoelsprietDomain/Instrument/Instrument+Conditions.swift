extension InstrumentSection {
    /// When `item` (one of this section's) is shown: the section's condition and the item's own.
    public func condition(of item: InstrumentItem) -> Condition? {
        let conditions = [showIf, item.showIf].compactMap { $0 }
        return conditions.count > 1 ? .all(conditions) : conditions.first
    }
}

extension Instrument {
    /// When the item with `id` is shown (its section's condition and its own), nil for always.
    public func condition(of id: String) -> Condition? {
        for section in sections {
            if let item = section.items.first(where: { $0.id == id }) { return section.condition(of: item) }
        }
        return nil
    }
}
