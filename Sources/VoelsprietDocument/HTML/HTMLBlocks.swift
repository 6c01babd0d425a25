import VoelsprietAnalysis

/// The blocks of a document as HTML elements. Document headings of level n are `<h(n+1)>`
/// (the title is the `<h1>`).
struct HTMLBlocks {
    let document: ReportDocument
    let layout: DocumentLayout
    var text: DocumentText { layout.text }

    func titleBlock() -> String {
        var out = "<header class=\"title-block\">\n<h1>\(escape(document.title))</h1>\n"
        if let subtitle = document.subtitle, !subtitle.isEmpty {
            out += "<p class=\"subtitle\">\(escape(subtitle))</p>\n"
        }
        let meta = [document.metadata.author, document.metadata.date].filter { !$0.isEmpty }
        if !meta.isEmpty { out += "<p class=\"meta\">\(meta.map(escape).joined(separator: " · "))</p>\n" }
        return out + "</header>\n"
    }

    func body() -> String {
        document.blocks.enumerated().map { block($0.element, at: $0.offset) }.joined()
    }

    func block(_ block: Block, at index: Int) -> String {
        switch block {
        case .heading(let heading):
            let tag = "h\(heading.level + 1)"
            let page = layout.newPage.contains(index) ? " class=\"new-page\"" : ""
            return "<\(tag) id=\"\(escape(layout.anchors[index] ?? ""))\"\(page)>\(escape(heading.text))</\(tag)>\n"
        case .paragraph(let inlines): return "<p>\(inline(inlines))</p>\n"
        case .bulletList(let items): return "<ul>\n" + items.map { "<li>\(inline($0))</li>\n" }.joined() + "</ul>\n"
        case .numberedList(let items): return "<ol>\n" + items.map { "<li>\(inline($0))</li>\n" }.joined() + "</ol>\n"
        case .table(let table): return self.table(table, at: index)
        case .figure(let figure): return self.figure(figure, at: index)
        case .quote(let quote):
            let footer = quote.attribution.map { "<footer>\(escape($0))</footer>" } ?? ""
            return "<blockquote class=\"quote\"><p>\(inline(quote.text))</p>\(footer)</blockquote>\n"
        case .callout(let callout): return self.callout(callout.kind, inline(callout.text))
        case .pageBreak: return "<div class=\"page-break\" aria-hidden=\"true\"></div>\n"
        case .tableOfContents: return contents()
        }
    }

    func contents() -> String {
        var out =
            "<nav class=\"toc\" aria-labelledby=\"toc-title\">\n<h2 id=\"toc-title\">\(escape(text.contents))</h2>\n<ul>\n"
        for entry in layout.contents {
            out +=
                "<li class=\"toc-level-\(entry.level)\"><a href=\"#\(escape(entry.anchor))\">\(escape(entry.text))</a></li>\n"
        }
        return out + "</ul>\n</nav>\n"
    }

    func table(_ table: Table, at index: Int) -> String {
        let (label, tail) = layout.caption(.table, at: index, table.caption)
        let anchor = escape(layout.anchors[index] ?? "")
        let caption = "<span class=\"label\">\(escape(label))</span>\(escape(tail))"
        let columns = table.columnCount
        guard columns > 0 else {
            return "<div class=\"table-block\" id=\"\(anchor)\"><p class=\"caption\">\(caption)</p>\n"
                + self.callout(.warning, escape(text.emptyTable)) + "</div>\n"
        }
        var out = "<div class=\"table-block\" id=\"\(anchor)\">\n<table>\n<caption>\(caption)</caption>\n"
        if !table.header.isEmpty {
            out +=
                "<thead>\n" + table.header.map { row(table, $0, columns: columns, header: true) }.joined()
                + "</thead>\n"
        }
        out +=
            "<tbody>\n" + table.body.map { row(table, $0, columns: columns, header: false) }.joined()
            + "</tbody>\n</table>\n"
        if let note = table.note, !note.isEmpty { out += "<p class=\"table-note\">\(escape(note))</p>\n" }
        return out + "</div>\n"
    }

    func row(_ table: Table, _ cells: [TableCell], columns: Int, header: Bool) -> String {
        var out = "<tr>"
        for column in 0..<columns {
            let content = column < cells.count ? inline(cells[column].content) : ""
            let align = "align-\(table.alignment(of: column).rawValue)"
            out +=
                header
                ? "<th scope=\"col\" class=\"\(align)\">\(content)</th>" : "<td class=\"\(align)\">\(content)</td>"
        }
        return out + "</tr>\n"
    }

    func figure(_ figure: Figure, at index: Int) -> String {
        let (label, tail) = layout.caption(.figure, at: index, figure.caption)
        var out = "<figure class=\"figure\" id=\"\(escape(layout.anchors[index] ?? ""))\">\n"
        if let problem = figure.chart.problem {
            out += callout(.warning, escape(text.chartProblem(problem)))
        } else {
            out +=
                "<div class=\"chart\" role=\"img\" aria-label=\"\(escape(figure.altText))\">\(Self.svg(figure.chart))</div>\n"
        }
        return out
            + "<figcaption><span class=\"label\">\(escape(label))</span>\(escape(tail))</figcaption>\n</figure>\n"
    }

    /// The chart through `SVGChart`, after `normalized` (which keeps `SVGChart`'s indexing
    /// within bounds).
    static func svg(_ chart: Chart) -> String {
        switch chart.normalized {
        case .bars(let bars):
            SVGChart.bars(
                title: TextClean.inline(bars.title), labels: bars.bars.map { TextClean.inline($0.label) },
                counts: bars.bars.map(\.count), percents: bars.bars.map(\.percent), note: TextClean.inline(bars.note))
        case .diverging(let chart):
            SVGChart.diverging(
                title: TextClean.inline(chart.title),
                rows: chart.rows.map {
                    SVGChart.Row(label: TextClean.inline($0.label), percents: $0.percents, n: $0.n)
                },
                legend: chart.legend.map(TextClean.inline))
        }
    }

    func callout(_ kind: Callout.Kind, _ html: String) -> String {
        "<div class=\"callout callout-\(kind.rawValue)\" role=\"note\"><p><strong class=\"callout-label\">\(escape(text.calloutLabel(kind))):</strong> \(html)</p></div>\n"
    }

    func inline(_ inlines: [Inline]) -> String { HTMLInlines.render(inlines, text: text) }

    func escape(_ value: String) -> String { HTMLInlines.escape(value) }
}
