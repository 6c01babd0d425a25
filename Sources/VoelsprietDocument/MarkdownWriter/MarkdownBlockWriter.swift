/// The blocks of a document as Markdown.
struct MarkdownBlockWriter {
    let document: ReportDocument
    let layout: DocumentLayout
    /// GitHub's anchor per heading block (the title's slug is taken first).
    let slugs: [Int: String]
    var text: DocumentText { layout.text }

    init(document: ReportDocument, layout: DocumentLayout) {
        self.document = document
        self.layout = layout
        var used: [String: Int] = [:]
        _ = MarkdownText.githubSlug(document.title, used: &used)
        var slugs: [Int: String] = [:]
        for (index, block) in document.blocks.enumerated() {
            if case .tableOfContents = block { _ = MarkdownText.githubSlug(layout.text.contents, used: &used) }
            if case .heading(let heading) = block { slugs[index] = MarkdownText.githubSlug(heading.text, used: &used) }
        }
        self.slugs = slugs
    }

    func titleBlock() -> String {
        var lines = ["# \(MarkdownText.escape(document.title))"]
        if let subtitle = document.subtitle, !subtitle.isEmpty { lines.append("\n*\(MarkdownText.escape(subtitle))*") }
        let meta = [document.metadata.author, document.metadata.date].filter { !$0.isEmpty }
        if !meta.isEmpty {
            lines.append("\n" + MarkdownText.guardStart(meta.map(MarkdownText.escape).joined(separator: " · ")))
        }
        return lines.joined(separator: "\n")
    }

    func block(_ block: Block, at index: Int) -> String {
        switch block {
        case .heading(let heading):
            return String(repeating: "#", count: heading.level + 1) + " " + MarkdownText.escape(heading.text)
        case .paragraph(let inlines): return MarkdownText.render(inlines)
        case .bulletList(let items): return items.map { "- " + MarkdownText.render($0) }.joined(separator: "\n")
        case .numberedList(let items):
            return items.enumerated().map { "\($0.offset + 1). " + MarkdownText.render($0.element) }.joined(
                separator: "\n")
        case .table(let table): return self.table(table, at: index)
        case .figure(let figure): return self.figure(figure, at: index)
        case .quote(let quote):
            var out = "> " + MarkdownText.render(quote.text)
            if let attribution = quote.attribution, !attribution.isEmpty {
                out += "\n>\n> — " + MarkdownText.escape(attribution)
            }
            return out
        case .callout(let callout): return self.callout(callout.kind, MarkdownText.render(callout.text))
        case .pageBreak: return "---"
        case .tableOfContents: return contents()
        }
    }

    func contents() -> String {
        var lines = ["## \(MarkdownText.escape(text.contents))", ""]
        for entry in layout.contents {
            let indent = String(repeating: "  ", count: entry.level - 1)
            lines.append("\(indent)- [\(MarkdownText.escape(entry.text))](#\(slugs[entry.block] ?? entry.anchor))")
        }
        return lines.joined(separator: "\n")
    }

    func table(_ table: Table, at index: Int) -> String {
        let (label, tail) = layout.caption(.table, at: index, table.caption)
        let caption = "**\(MarkdownText.escape(label)).**" + MarkdownText.escape(String(tail.dropFirst()))
        let columns = table.columnCount
        guard columns > 0 else { return caption + "\n\n" + callout(.warning, MarkdownText.escape(text.emptyTable)) }
        let header = table.header.first ?? []
        let extraHeader = table.header.dropFirst().map { $0.map { TableCell([.strong($0.content)]) } }
        var lines = [caption, "", row(header, columns: columns), separator(table, columns: columns)]
        lines += (extraHeader + table.body).map { row($0, columns: columns) }
        if let note = table.note, !note.isEmpty { lines += ["", "*\(MarkdownText.escape(note))*"] }
        return lines.joined(separator: "\n")
    }

    func row(_ cells: [TableCell], columns: Int) -> String {
        let texts = (0..<columns).map { $0 < cells.count ? MarkdownText.render(cells[$0].content, inTable: true) : "" }
        return "| " + texts.joined(separator: " | ") + " |"
    }

    func separator(_ table: Table, columns: Int) -> String {
        let marks = (0..<columns).map { column -> String in
            switch table.alignment(of: column) {
            case .left: ":---"
            case .center: ":---:"
            case .right: "---:"
            }
        }
        return "| " + marks.joined(separator: " | ") + " |"
    }

    func callout(_ kind: Callout.Kind, _ markdown: String) -> String {
        "> **\(MarkdownText.escape(text.calloutLabel(kind))):** \(markdown)"
    }
}
