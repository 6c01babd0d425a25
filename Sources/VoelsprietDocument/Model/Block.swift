/// One block of a document, in reading order.
public enum Block: Sendable, Equatable {
    case heading(Heading)
    case paragraph([Inline])
    /// A bulleted list; one `[Inline]` per item.
    case bulletList([[Inline]])
    /// A numbered list (numbering restarts at 1 for every list); one `[Inline]` per item.
    case numberedList([[Inline]])
    /// A table; numbered automatically ("Tabel 1"), caption above.
    case table(Table)
    /// A chart; numbered automatically ("Figuur 1"), caption below.
    case figure(Figure)
    case quote(Quote)
    /// A clearly marked note or warning box, e.g. "This block cannot be shown: …".
    case callout(Callout)
    case pageBreak
    /// Where the table of contents (the level 1–3 headings) goes.
    case tableOfContents

    /// A paragraph of plain text.
    public static func text(_ text: String) -> Block { .paragraph([.text(text)]) }

    /// A note box holding plain text.
    public static func note(_ text: String) -> Block { .callout(Callout(kind: .note, text: [.text(text)])) }

    /// A warning box holding plain text.
    public static func warning(_ text: String) -> Block { .callout(Callout(kind: .warning, text: [.text(text)])) }
}

/// A section heading. Levels outside 1–3 are clamped into it.
public struct Heading: Sendable, Equatable {
    public let level: Int
    public var text: String
    /// The anchor wanted for links (`#id`); empty means "derive one from the text". Writers
    /// make anchors unique and reduce them to `a-z 0-9 - _`.
    public var id: String

    public init(level: Int, text: String, id: String = "") {
        self.level = min(3, max(1, level))
        self.text = text
        self.id = id
    }
}

/// A quotation, typically from an interview, with its attribution (e.g. "(Prof8)").
public struct Quote: Sendable, Equatable {
    public var text: [Inline]
    public var attribution: String?

    public init(text: [Inline], attribution: String? = nil) {
        self.text = text
        self.attribution = attribution
    }
}

/// A boxed message: a note, or a warning that something could not be shown.
public struct Callout: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable { case note, warning }

    public var kind: Kind
    public var text: [Inline]

    public init(kind: Kind, text: [Inline]) {
        self.kind = kind
        self.text = text
    }
}
