import VoelsprietAnalysis

/// Inline content as HTML; every text goes through `TextClean` and `MarkupEscape`.
enum HTMLInlines {
    static func escape(_ text: String) -> String { MarkupEscape.html(TextClean.inline(text)) }

    static func render(_ inlines: [Inline], text: DocumentText) -> String {
        inlines.map { render($0, text: text) }.joined()
    }

    static func render(_ inline: Inline, text: DocumentText) -> String {
        switch inline {
        case .text(let value): escape(value)
        case .emphasis(let inner): "<em>\(render(inner, text: text))</em>"
        case .strong(let inner): "<strong>\(render(inner, text: text))</strong>"
        case .code(let value): "<code>\(escape(value))</code>"
        case .link(let label, let href):
            LinkPolicy.safeHref(href).map { "<a href=\"\(escape($0))\">\(escape(label))</a>" } ?? escape(label)
        case .number(let number): render(number)
        case .missing(let key):
            "<span class=\"broken-reference\" data-reference=\"\(escape(key))\" title=\"\(escape(text.missingReference)): \(escape(key))\" style=\"color:#b00020;background:#fde7ea;border:1px solid #b00020;padding:0 .2em;font-weight:600\">[?\(escape(key))]</span>"
        }
    }

    static func render(_ number: NumberRef) -> String {
        var attributes = " class=\"number\" data-number-id=\"\(escape(number.id))\""
        if !number.title.isEmpty { attributes += " title=\"\(escape(number.title))\"" }
        if let href = number.href.flatMap(LinkPolicy.safeHref) {
            return "<a href=\"\(escape(href))\"\(attributes)>\(escape(number.display))</a>"
        }
        return "<span\(attributes)>\(escape(number.display))</span>"
    }
}
