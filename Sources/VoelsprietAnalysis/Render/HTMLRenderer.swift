import Foundation
import VoelsprietStatistics

/// The report as HTML: a self-contained printable document, or a fragment for the
/// researcher pages. Charts are inline SVG; no scripts, no external resources.
public struct HTMLRenderer: Sendable {
    public let report: AnalysisReport
    var text: ReportText { ReportText.forLanguage(report.language) }

    public init(report: AnalysisReport) {
        self.report = report
    }

    static let style = """
        body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111;line-height:1.45}
        h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2.6rem;border-top:2px solid #999;padding-top:1rem}
        h3{font-size:1.05rem;margin-top:2rem;border-top:1px solid #ddd;padding-top:.8rem}
        th[scope=row]{text-align:left;font-weight:normal}th[scope=col]{text-align:left;vertical-align:bottom}
        table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #bbb;padding:.2rem .5rem}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}caption{text-align:left;font-style:italic;padding:.2rem 0}
        .facts{color:#444;font-size:.9rem}.statement{font-weight:600}.warn{color:#8a4b00}.chart{margin:1rem 0;overflow-x:auto}
        .chart svg{max-width:100%;height:auto}
        .toc ol{columns:2}.toc a{color:inherit}table.battery caption{font-weight:600;font-style:normal}
        @media print{body{margin:0;max-width:none}h2{break-before:auto;break-after:avoid}table,.chart{break-inside:avoid}}
        """

    /// The whole report; `standalone` wraps it in a complete, self-contained document.
    public func render(standalone: Bool) -> String {
        var body = "<h1>\(escape(report.title))</h1>\n<p class=\"facts\">n = \(report.n) \(text.respondents)"
        for split in report.splits {
            body += "; " + split.groups.map { "\(escape($0.label)): \($0.n.map(String.init) ?? "–")" }.joined(separator: ", ")
        }
        body += "</p>\n"
        body += contentsList()
        if !report.splits.isEmpty {
            let markdown = MarkdownRenderer(report: report)
            let lines = markdown.significantLines()
            body += "<h2>\(text.summary) (α = \(report.alphaText))</h2>\n"
            body += lines.isEmpty
                ? "<p>\(text.noDifferences)</p>\n"
                : "<ul>" + lines.map { "<li>\(escape($0.question)): <span class=\"statement\">\(escape($0.line))</span></li>" }.joined() + "</ul>\n"
            if let note = markdown.multiplicityNote() { body += "<p class=\"multiplicity\">\(escape(note))</p>\n" }
        }
        let charts = chartRuns()
        let batteries = Dictionary(uniqueKeysWithValues: report.batteries.map { ($0.items.lowerBound, $0) })
        var section: String?
        for (index, item) in report.items.enumerated() {
            if item.section != section, let title = item.sectionTitle {
                body += "<h2>\(escape(title))</h2>\n"
            }
            section = item.section
            if let chart = charts.before[index] { body += "<div class=\"chart\">\(chart)</div>\n" }
            if let battery = batteries[index] { body += batteryTable(battery) }
            body += renderItem(item, chart: charts.inside[index])
        }
        body += numericSection()
        body += appendix()
        guard standalone else { return body }
        return """
            <!DOCTYPE html>
            <html lang="\(report.language)"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(report.title))</title><style>\(Self.style)</style></head>
            <body>
            \(body)<p class="facts">\(text.generated)</p>
            </body></html>

            """
    }

    /// Charts by item index: one diverging chart per run of consecutive items of one section
    /// on the same odd-point scale (before the run), a bar chart inside every other choice item.
    func chartRuns() -> (before: [Int: String], inside: [Int: String]) {
        var before: [Int: String] = [:]
        var inside: [Int: String] = [:]
        var index = 0
        let items = report.items
        while index < items.count {
            let item = items[index]
            if item.type == "single", let scale = item.scale, item.categories.count % 2 == 1, item.categories.count >= 3 {
                var end = index
                while end + 1 < items.count, items[end + 1].scale == scale, items[end + 1].type == "single",
                    items[end + 1].section == item.section
                {
                    end += 1
                }
                // Items with counts only: one answered by too few shows none (and has no row).
                let answered = (index...end).filter { items[$0].n > 0 && items[$0].categories.count == item.categories.count }
                let run = answered.map { items[$0] }
                if !run.isEmpty {
                    let rows = run.map { item in
                        SVGChart.Row(label: item.question, percents: item.categories.map(\.percent), n: item.n)
                    }
                    let title = run.count == 1 ? run[0].question : (item.sectionTitle ?? scale)
                    let chart = SVGChart.diverging(title: title, rows: rows, legend: item.categories.map(\.label))
                    if run.count == 1 { inside[answered[0]] = chart } else { before[index] = chart }
                }
                index = end + 1
                continue
            }
            if item.type != "text", item.n > 0, !item.categories.isEmpty {
                let note =
                    item.type == "multiple"
                    ? "n = \(item.n); \(text.ofRespondents); \(item.selections ?? 0) \(text.selections)" : "n = \(item.n)"
                inside[index] = SVGChart.bars(
                    title: item.question, labels: item.categories.map(\.label), counts: item.categories.map(\.count),
                    percents: item.categories.map(\.percent), note: note)
            }
            index += 1
        }
        return (before, inside)
    }

    func renderItem(_ item: ItemReport, chart: String? = nil) -> String {
        var out = "<section id=\"item-\(escape(item.id))\"><h3>\(escape(item.question))</h3>\n<p class=\"facts\"><code>\(escape(item.id))</code> · "
        if !item.countsWithheld {
            out += "n = \(item.n)"
        } else if item.type != "text" {
            out += "n < \(report.minimumGroupSize)"
        }
        if let reference = item.reference { out += " · \(text.reference): \(escape(reference))" }
        if item.missing > 0, !item.countsWithheld { out += " · \(text.missing): \(item.missing)" }
        if item.notApplicable > 0, !item.countsWithheld { out += " · \(text.notApplicable): \(item.notApplicable)" }
        out += "</p>\n"
        if let open = item.openAnswers {
            out += "<ul>" + open.shown.map { "<li>\(escape($0))</li>" }.joined() + "</ul>"
            if open.count > open.shown.count { out += "<p>… \(text.andMore) \(open.count - open.shown.count) \(text.more)</p>" }
            if report.hasHiddenGroups { out += "<p class=\"facts\">\(text.withheldNote)</p>" }
            return out + "</section>\n"
        }
        out += "<table><thead><tr><th scope=\"col\">\(text.answer)</th><th class=\"num\" scope=\"col\">n</th><th class=\"num\" scope=\"col\">%</th>"
        if item.type == "multiple" { out += "<th class=\"num\" scope=\"col\">\(text.ofSelections)</th>" }
        if item.published != nil {
            out += "<th class=\"num\" scope=\"col\">% \(text.published)</th><th class=\"num\" scope=\"col\">\(text.difference)</th>"
        }
        out += "</tr></thead><tbody>"
        for category in item.categories {
            out += "<tr><th scope=\"row\">\(escape(category.label))</th><td class=\"num\">\(category.count)</td><td class=\"num\">\(Percent.whole(category.count, item.n))</td>"
            if item.type == "multiple" { out += "<td class=\"num\">\(Percent.whole(category.count, item.selections ?? 0))</td>" }
            if let published = item.published {
                if let row = published.rows.first(where: { $0.code == category.code }) {
                    out += "<td class=\"num\">\(row.publishedPercent)</td><td class=\"num\">\(row.difference > 0 ? "+" : "")\(row.difference)</td>"
                } else {
                    out += "<td></td><td></td>"
                }
            }
            out += "</tr>"
        }
        out += "</tbody></table>\n"
        if let chart { out += "<div class=\"chart\">\(chart)</div>\n" }
        if let published = item.published, !published.inconsistencies.isEmpty {
            out += "<p class=\"warn\">\(text.inconsistent) (\(escape(published.table))): \(escape(published.inconsistencies.joined(separator: "; ")))</p>\n"
        }
        for breakdown in item.breakdowns {
            // Groups nobody in them answered (the item did not apply to them) are left out.
            let groups = breakdown.shownGroups
            guard !groups.isEmpty else { continue }
            out += "<table><caption>\(text.bySplit) \(escape(breakdown.splitLabel))\(breakdown.subsetLabel.map { " (\(text.within) \(escape($0)))" } ?? "")</caption><thead><tr><th scope=\"col\">\(text.answer)</th>"
            let markdown = MarkdownRenderer(report: report)
            out += groups.map { "<th class=\"num\" scope=\"col\">\(escape($0.label)) (\(markdown.groupSize($0)))</th>" }.joined()
            out += "</tr></thead><tbody>"
            for (index, category) in item.categories.enumerated() {
                out += "<tr><th scope=\"row\">\(escape(category.label))</th>"
                out += groups.map {
                    $0.suppressed ? "<td class=\"num\">–</td>" : "<td class=\"num\">\($0.counts[index]) (\(Percent.whole($0.counts[index], $0.n))%)</td>"
                }.joined()
                out += "</tr>"
            }
            out += "</tbody></table>\n"
        }
        if !item.tests.isEmpty {
            let markdown = MarkdownRenderer(report: report)
            out += "<p><strong>\(text.tests)</strong></p><ul>"
            for test in item.tests {
                let line = escape(markdown.testLine(test, item: item))
                out += test.significant ? "<li class=\"statement\">\(line)</li>" : "<li>\(line)</li>"
            }
            for line in markdown.ordinalLines(item) { out += "<li class=\"ordinal\">\(escape(line))</li>" }
            out += "</ul>\n"
        }
        return out + "</section>\n"
    }

    func appendix() -> String {
        var out = ""
        if !report.notes.isEmpty {
            out += "<h2>\(text.notes)</h2><ul>" + report.notes.map { "<li>\(escape($0))</li>" }.joined() + "</ul>\n"
        }
        if !report.excluded.isEmpty {
            out += "<h2>\(text.excluded)</h2><ul>" + report.excluded.map { "<li><code>\(escape($0.id))</code>: \(escape($0.reason))</li>" }.joined() + "</ul>\n"
        }
        if report.warningCount > 0 {
            out += "<h2>\(text.warnings) (\(report.warningCount))</h2><ul>" + report.warnings.map { "<li>\(escape($0))</li>" }.joined() + "</ul>\n"
        }
        return out
    }

    func escape(_ text: String) -> String { SVGChart.escape(text) }
}
