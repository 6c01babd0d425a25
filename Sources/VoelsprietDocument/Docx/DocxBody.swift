import Foundation

/// word/document.xml, written block by block, gathering the relationships (images,
/// hyperlinks), media files and numbered lists the other parts need.
struct DocxBody {
    static let namespaces = [
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"",
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"",
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"",
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"",
        "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"",
    ].joined(separator: " ")
    /// A4 with 2.54 cm margins, in twentieths of a point.
    static let sectionProperties =
        "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr>"
    static let textWidth = 9026

    let document: ReportDocument
    let layout: DocumentLayout
    let embedSVG: Bool
    /// Bookmark names by anchor, for in-document links and the TOC.
    let bookmarks: [String: String]
    var relationships = [
        DocxRelationship(id: "rId1", type: "styles", target: "styles.xml", external: false),
        DocxRelationship(id: "rId2", type: "numbering", target: "numbering.xml", external: false),
        DocxRelationship(id: "rId3", type: "settings", target: "settings.xml", external: false),
    ]
    var media: [(path: String, data: Data)] = []
    var numberedLists = 0
    var figuresDrawn = 0
    var hyperlinks: [String: String] = [:]

    init(document: ReportDocument, embedSVG: Bool) {
        self.document = document
        self.embedSVG = embedSVG
        layout = DocumentLayout(document)
        var bookmarks: [String: String] = [:]
        for (index, anchor) in layout.anchors {
            guard case .heading = document.blocks[index] else {
                bookmarks[anchor] = Self.bookmarkName(index, heading: false)
                continue
            }
            bookmarks[anchor] = Self.bookmarkName(index, heading: true)
        }
        self.bookmarks = bookmarks
    }

    /// `_Toc…` for headings (Word's own prefix for TOC targets), `_Ref…` for captions.
    static func bookmarkName(_ index: Int, heading: Bool) -> String {
        (heading ? "_Toc" : "_Ref") + "\(100_000 + index)"
    }

    mutating func write() -> String {
        var body = titleBlock()
        for (index, block) in document.blocks.enumerated() { body += self.block(block, at: index) }
        if body.hasSuffix("</w:tbl>") { body += "<w:p/>" }
        return XMLText.declaration + "<w:document \(Self.namespaces)><w:body>" + body + Self.sectionProperties
            + "</w:body></w:document>"
    }

    func titleBlock() -> String {
        var out = paragraph("Title", run(document.title))
        if let subtitle = document.subtitle, !subtitle.isEmpty { out += paragraph("Subtitle", run(subtitle)) }
        let meta = [document.metadata.author, document.metadata.date].filter { !$0.isEmpty }
        if !meta.isEmpty { out += paragraph("DocumentInfo", run(meta.joined(separator: " · "))) }
        return out
    }

    mutating func block(_ block: Block, at index: Int) -> String {
        switch block {
        case .heading(let heading):
            let name = Self.bookmarkName(index, heading: true)
            let page = layout.newPage.contains(index) ? "<w:pageBreakBefore/>" : ""
            return "<w:p><w:pPr><w:pStyle w:val=\"Heading\(heading.level)\"/>\(page)</w:pPr>"
                + "<w:bookmarkStart w:id=\"\(index)\" w:name=\"\(name)\"/>\(run(heading.text))<w:bookmarkEnd w:id=\"\(index)\"/></w:p>"
        case .paragraph(let inlines): return "<w:p>\(runs(inlines))</w:p>"
        case .bulletList(let items):
            return items.map { "<w:p><w:pPr><w:pStyle w:val=\"ListBullet\"/></w:pPr>\(runs($0))</w:p>" }.joined()
        case .numberedList(let items):
            numberedLists += 1
            let numbering = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"\(1 + numberedLists)\"/></w:numPr>"
            return items.map { "<w:p><w:pPr><w:pStyle w:val=\"ListNumber\"/>\(numbering)</w:pPr>\(runs($0))</w:p>" }
                .joined()
        case .table(let table): return self.table(table, at: index)
        case .figure(let figure): return self.figure(figure, at: index)
        case .quote(let quote):
            guard let attribution = quote.attribution, !attribution.isEmpty else {
                return "<w:p><w:pPr><w:pStyle w:val=\"Quote\"/></w:pPr>\(runs(quote.text))</w:p>"
            }
            return "<w:p><w:pPr><w:pStyle w:val=\"Quote\"/><w:keepNext/></w:pPr>\(runs(quote.text))</w:p>"
                + paragraph("QuoteAttribution", run(attribution))
        case .callout(let callout): return self.callout(callout.kind, runs(callout.text))
        case .pageBreak: return "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
        case .tableOfContents: return contents()
        }
    }

    func callout(_ kind: Callout.Kind, _ content: String) -> String {
        let label = run(layout.text.calloutLabel(kind) + ": ", rPr: "<w:b/><w:bCs/>")
        return
            "<w:p><w:pPr><w:pStyle w:val=\"\(kind == .warning ? "Warning" : "Note")\"/></w:pPr>\(label)\(content)</w:p>"
    }

    func paragraph(_ style: String, _ content: String) -> String {
        "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr>\(content)</w:p>"
    }

    /// One run of escaped text; `rPr` is the inner XML of its run properties.
    func run(_ text: String, rPr: String = "") -> String {
        let properties = rPr.isEmpty ? "" : "<w:rPr>\(rPr)</w:rPr>"
        return "<w:r>\(properties)<w:t xml:space=\"preserve\">\(XMLText.escape(text))</w:t></w:r>"
    }

    /// The id of a relationship to `target`, added if new.
    mutating func relationship(type: String, target: String, external: Bool) -> String {
        if type == "hyperlink", let id = hyperlinks[target] { return id }
        let id = "rId\(relationships.count + 1)"
        relationships.append(DocxRelationship(id: id, type: type, target: target, external: external))
        if type == "hyperlink" { hyperlinks[target] = id }
        return id
    }
}
