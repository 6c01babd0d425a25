import VoelsprietStatistics

/// The contents of a long report, and the summary table of each battery (see
/// `AnalysisReport.batteries`): one row per statement with n, the percentage per scale point,
/// and mean and SD — in Markdown here, in HTML in `HTMLRenderer`.
extension MarkdownRenderer {
    /// The cells of one battery's summary table: header, then one row per item (escaped for neither format).
    func batteryRows(_ battery: AnalysisReport.Battery) -> (header: [String], rows: [[String]]) {
        let items = battery.items.map { report.items[$0] }
        let points = items[0].categories.map(\.label)
        let comma = style == .dutch
        let header = [report.language == "en" ? "Statement" : "Stelling", "n"] + points.map { "% \($0)" } + ["M", "SD"]
        let rows = items.map { item -> [String] in
            if item.countsWithheld { return [item.question, "n < \(report.minimumGroupSize)"] + points.map { _ in "" } + ["", ""] }
            let percents = points.indices.map { index in
                index < item.categories.count ? "\(Percent.whole(item.categories[index].count, item.n))" : ""
            }
            let mean = item.descriptives?.mean.map { StatementFormatter.decimal($0, 2, comma: comma) } ?? ""
            let sd = item.descriptives?.sd.map { StatementFormatter.decimal($0, 2, comma: comma) } ?? ""
            return [item.question, "\(item.n)"] + percents + [mean, sd]
        }
        return (header, rows)
    }

    var batteryTitle: String { report.language == "en" ? "Summary of the statements" : "Overzicht van de stellingen" }

    /// "Cronbach's α = .84 (n = 118)" for the battery starting with `battery`'s first item, if computed.
    func reliabilityText(_ battery: AnalysisReport.Battery) -> String? {
        let first = report.items[battery.items.lowerBound].id
        guard let entry = report.reliability?.first(where: { $0.items.first == first }), let alpha = entry.alpha else { return nil }
        let value = StatementFormatter.coefficient(alpha, style: style)
        return "Cronbach's α = \(value) (n = \(entry.n))"
    }
    var contentsTitle: String { report.language == "en" ? "Contents" : "Inhoud" }

    func batteryTable(_ battery: AnalysisReport.Battery) -> String {
        let (header, rows) = batteryRows(battery)
        var out = "**\(batteryTitle)**\(reliabilityText(battery).map { " — \($0)" } ?? "")\n\n| " + header.map(escape).joined(separator: " | ") + " |\n"
        out += "|---|" + header.dropFirst().map { _ in "---:" }.joined(separator: "|") + "|\n"
        for row in rows { out += "| " + row.map(escape).joined(separator: " | ") + " |\n" }
        return out + "\n"
    }

    /// A list of the sections with links, when there are at least three.
    func contentsList() -> String {
        let contents = report.contents
        guard contents.count >= 3 else { return "" }
        var out = "## \(contentsTitle)\n\n"
        for (index, entry) in contents.enumerated() { out += "\(index + 1). \(escape(entry.title))\n" }
        return out + "\n"
    }
}

extension HTMLRenderer {
    func batteryTable(_ battery: AnalysisReport.Battery) -> String {
        let markdown = MarkdownRenderer(report: report)
        let (header, rows) = markdown.batteryRows(battery)
        let caption = markdown.batteryTitle + (markdown.reliabilityText(battery).map { " — \($0)" } ?? "")
        var out = "<table class=\"battery\"><caption>\(escape(caption))</caption><thead><tr>"
        for (index, cell) in header.enumerated() {
            out += index == 0 ? "<th scope=\"col\">\(escape(cell))</th>" : "<th class=\"num\" scope=\"col\">\(escape(cell))</th>"
        }
        out += "</tr></thead><tbody>"
        for row in rows {
            out += "<tr>" + row.enumerated().map { index, cell in
                index == 0 ? "<th scope=\"row\">\(escape(cell))</th>" : "<td class=\"num\">\(escape(cell))</td>"
            }.joined() + "</tr>"
        }
        return out + "</tbody></table>\n"
    }

    func contentsList() -> String {
        let contents = report.contents
        guard contents.count >= 3 else { return "" }
        let title = MarkdownRenderer(report: report).contentsTitle
        return "<nav class=\"toc\" aria-labelledby=\"toc-title\"><h2 id=\"toc-title\">\(escape(title))</h2><ol>"
            + contents.map { "<li><a href=\"#\(escape($0.anchor))\">\(escape($0.title))</a></li>" }.joined() + "</ol></nav>\n"
    }
}
