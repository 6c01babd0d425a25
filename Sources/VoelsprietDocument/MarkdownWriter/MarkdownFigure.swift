/// A figure in Markdown: its data as a table, the numbered caption below.
extension MarkdownBlockWriter {
    func figure(_ figure: Figure, at index: Int) -> String {
        let (label, tail) = layout.caption(.figure, at: index, figure.caption)
        let caption = "**\(MarkdownText.escape(label)).**" + MarkdownText.escape(String(tail.dropFirst()))
        if let problem = figure.chart.problem {
            return callout(.warning, MarkdownText.escape(text.chartProblem(problem))) + "\n\n" + caption
        }
        return dataTable(figure.chart.normalized) + "\n\n" + caption
    }

    func dataTable(_ chart: Chart) -> String {
        let table: Table
        switch chart {
        case .bars(let bars):
            let body = bars.bars.map { bar -> [TableCell] in
                [TableCell(bar.label), TableCell("\(bar.count)"), TableCell(Chart.percentText(bar.percent))]
            }
            let first = bars.title.isEmpty ? text.category : bars.title
            table = Table(
                caption: "", header: [[TableCell(first), "n", "%"]], body: body, alignments: [.left, .right, .right],
                note: bars.note.isEmpty ? nil : bars.note)
        case .diverging(let diverging):
            let header =
                [TableCell(diverging.title.isEmpty ? text.item : diverging.title)]
                + diverging.legend.map { TableCell("\($0) (%)") } + ["n"]
            let body = diverging.rows.map { row -> [TableCell] in
                [TableCell(row.label)] + row.percents.map { TableCell(Chart.percentText($0)) } + [TableCell("\(row.n)")]
            }
            table = Table(
                caption: "", header: [header], body: body,
                alignments: [.left] + Array(repeating: .right, count: diverging.legend.count + 1))
        }
        let columns = table.columnCount
        var lines = [row(table.header[0], columns: columns), separator(table, columns: columns)]
        lines += table.body.map { row($0, columns: columns) }
        if let note = table.note { lines += ["", MarkdownText.guardStart(MarkdownText.escape(note))] }
        return lines.joined(separator: "\n")
    }
}
