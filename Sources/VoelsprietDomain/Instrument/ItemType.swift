/// The kind of answer an item asks for.
public enum ItemType: String, Codable, Sendable, CaseIterable {
    /// Exactly one of the item's options.
    case single
    /// Any number of the item's options.
    case multiple
    /// One point of a shared scale (agreement, frequency …).
    case scale
    /// Yes or no; the codes are fixed as `yes` and `no`.
    case yesno
    /// Free text.
    case text
}
