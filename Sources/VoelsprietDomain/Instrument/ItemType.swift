/// The kind of answer an item asks for.
public enum ItemType: String, Codable, Sendable, CaseIterable {
    /// Exactly one of the item's options, shown as radio buttons.
    case single
    /// Exactly one of the item's options, shown as a drop-down list (for long lists).
    case dropdown
    /// Any number of the item's options; an `exclusive` option cannot be combined with others.
    case multiple
    /// One point of a shared scale (agreement, frequency …).
    case scale
    /// Yes or no; the codes are fixed as `yes` and `no`.
    case yesno
    /// Free text.
    case text
    /// A number: whole (`format: integer`, the default) or decimal, within `min`/`max`, with an optional unit.
    case numeric
    /// A calendar date (`YYYY-MM-DD`), within `earliest`/`latest`; no time of day.
    case date

    /// Whether the answer is one code of a list (one export column holding the code).
    public var isCoded: Bool {
        switch self {
        case .single, .dropdown, .scale, .yesno: true
        case .multiple, .text, .numeric, .date: false
        }
    }

    /// Whether the item has its own list of options (`options`).
    public var hasOwnOptions: Bool { self == .single || self == .dropdown || self == .multiple }

    /// Whether the answer is typed rather than chosen (no options).
    public var isTyped: Bool { self == .text || self == .numeric || self == .date }
}

/// How a numeric item's answer is written.
public enum NumberFormat: String, Codable, Sendable, Hashable {
    /// A whole number.
    case integer
    /// A number with a fractional part; a decimal comma or point is accepted.
    case decimal
}

/// How a section is laid out for the respondent.
public enum SectionLayout: String, Codable, Sendable, Hashable {
    /// One item below the other (the default).
    case list
    /// A battery: items that share one scale shown as rows of a table whose columns are the scale's points.
    case matrix
}
