/// Inline content as runs: formatting as run properties, links as `w:hyperlink` (external by
/// relationship, `#anchor` by bookmark), numbers as plain text, broken references highlighted.
extension DocxBody {
    struct RunFormat {
        var bold = false
        var italic = false

        var properties: String { (bold ? "<w:b/><w:bCs/>" : "") + (italic ? "<w:i/><w:iCs/>" : "") }
    }

    mutating func runs(_ inlines: [Inline], format: RunFormat = RunFormat()) -> String {
        var out = ""
        for inline in inlines { out += runs(inline, format: format) }
        return out
    }

    mutating func runs(_ inline: Inline, format: RunFormat) -> String {
        switch inline {
        case .text(let text): return run(text, rPr: format.properties)
        case .emphasis(let inner):
            var italic = format
            italic.italic = true
            return runs(inner, format: italic)
        case .strong(let inner):
            var bold = format
            bold.bold = true
            return runs(inner, format: bold)
        case .code(let text): return run(text, rPr: "<w:rStyle w:val=\"CodeChar\"/>" + format.properties)
        case .link(let text, let href): return hyperlink(text, href: href, format: format)
        case .number(let number): return run(number.display, rPr: format.properties)
        case .missing(let key):
            return run(
                "[?\(key)]",
                rPr: "<w:b/><w:bCs/>" + (format.italic ? "<w:i/><w:iCs/>" : "")
                    + "<w:color w:val=\"C00000\"/><w:highlight w:val=\"yellow\"/>")
        }
    }

    mutating func hyperlink(_ text: String, href: String, format: RunFormat) -> String {
        guard let safe = LinkPolicy.safeHref(href) else { return run(text, rPr: format.properties) }
        let content = run(text, rPr: "<w:rStyle w:val=\"Hyperlink\"/>" + format.properties)
        if safe.hasPrefix("#") {
            // An in-document link: to a heading, table or figure anchor, else plain text.
            guard let anchor = LinkPolicy.fragment(safe),
                let bookmark = bookmarks[anchor] ?? bookmarks[DocumentLayout.slug(anchor)]
            else { return run(text, rPr: format.properties) }
            return "<w:hyperlink w:anchor=\"\(bookmark)\" w:history=\"1\">\(content)</w:hyperlink>"
        }
        let id = relationship(type: "hyperlink", target: safe, external: true)
        return "<w:hyperlink r:id=\"\(id)\" w:history=\"1\">\(content)</w:hyperlink>"
    }
}
