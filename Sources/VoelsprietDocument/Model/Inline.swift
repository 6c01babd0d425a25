/// Running text inside a paragraph, list item, table cell or quote.
public indirect enum Inline: Sendable, Equatable {
    case text(String)
    case emphasis([Inline])
    case strong([Inline])
    case code(String)
    /// A link; writers only link http, https, mailto and relative addresses and show anything
    /// else (e.g. `javascript:`) as text.
    case link(text: String, href: String)
    /// A traceable figure from the analysis.
    case number(NumberRef)
    /// A reference that could not be resolved (`{{key}}` with no value); every writer shows it
    /// visibly as `[?key]`.
    case missing(String)

    /// The text a reader sees, without formatting (missing references as `[?key]`).
    public var plainText: String {
        switch self {
        case .text(let text), .code(let text): text
        case .emphasis(let inlines), .strong(let inlines): inlines.plainText
        case .link(let text, _): text
        case .number(let number): number.display
        case .missing(let key): "[?\(key)]"
        }
    }
}

extension Array where Element == Inline {
    /// The concatenated `plainText` of the inlines.
    public var plainText: String { map(\.plainText).joined() }
}

/// A number taken from an analysis, with where it came from: HTML links it to its source with
/// the provenance as tooltip; .docx and Markdown show the display text only.
public struct NumberRef: Sendable, Equatable {
    /// What the reader sees, e.g. "42%" or "n = 61".
    public var display: String
    /// A stable key, e.g. "quickscan.T5.2.agree_percent" (HTML `data-number-id`).
    public var id: String
    /// Provenance for a tooltip, e.g. "Quickscan, table T5.2: agree, professionals (n = 61)".
    public var title: String
    /// Where the number can be checked; nil for none.
    public var href: String?

    public init(display: String, id: String, title: String = "", href: String? = nil) {
        self.display = display
        self.id = id
        self.title = title
        self.href = href
    }
}
