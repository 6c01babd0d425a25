import Foundation
import VoelsprietStatistics

/// The report as Markdown: per item a table ready for a paper, group breakdowns, and test
/// statements where p < α.
struct MarkdownRenderer {
    let report: AnalysisReport
    var text: ReportText { ReportText.forLanguage(report.language) }

    func render() -> String {
        var out = "# \(escape(report.title))\n\n"
        out += "n = \(report.n) \(text.respondents)"
        for split in report.splits {
            out += "; " + split.groups.map { "\(escape($0.label)): \($0.n.map(String.init) ?? "–")" }.joined(separator: ", ")
        }
        out += "\n\n"
        out += contentsList()
        out += summary()
        var section: String?
        let batteries = Dictionary(uniqueKeysWithValues: report.batteries.map { ($0.items.lowerBound, $0) })
        for (index, item) in report.items.enumerated() {
            if item.section != section, let title = item.sectionTitle { out += "## \(escape(title))\n\n" }
            section = item.section
            if let battery = batteries[index] { out += batteryTable(battery) }
            out += renderItem(item)
        }
        out += numericSection()
        out += appendix()
        return out
    }

    func renderItem(_ item: ItemReport) -> String {
        var out = "### \(escape(item.question))\n\n"
        var facts = [code(item.id)]
        if !item.countsWithheld {
            facts.append("n = \(item.n)")
        } else if item.type != "text" {
            facts.append("n < \(report.minimumGroupSize)")
        }
        if let reference = item.reference { facts.append("\(text.reference): \(reference)") }
        if item.missing > 0, !item.countsWithheld { facts.append("\(text.missing): \(item.missing)") }
        if item.notApplicable > 0, !item.countsWithheld { facts.append("\(text.notApplicable): \(item.notApplicable)") }
        out += facts.joined(separator: " · ") + "\n\n"
        if let open = item.openAnswers {
            for answer in open.shown { out += "- \(escape(answer))\n" }
            if open.count > open.shown.count { out += "- … \(text.andMore) \(open.count - open.shown.count) \(text.more)\n" }
            if report.hasHiddenGroups { out += "\n\(text.withheldNote)\n" }
            return out + "\n"
        }
        let published = item.published
        var header = "| \(text.answer) | n | %"
        var rule = "|---|---:|---:"
        if item.type == "multiple" {
            header += " | \(text.ofSelections)"
            rule += "|---:"
        }
        if published != nil {
            header += " | % \(text.published) | \(text.difference)"
            rule += "|---:|---:"
        }
        out += header + " |\n" + rule + "|\n"
        for category in item.categories {
            var line = "| \(escape(category.label)) | \(category.count) | \(Percent.whole(category.count, item.n))"
            if item.type == "multiple" { line += " | \(Percent.whole(category.count, item.selections ?? 0))" }
            if let published {
                if let row = published.rows.first(where: { $0.code == category.code }) {
                    line += " | \(row.publishedPercent) | \(signed(row.difference))"
                } else {
                    line += " | | "
                }
            }
            out += line + " |\n"
        }
        out += "\n"
        if let published, !published.inconsistencies.isEmpty {
            out += "> \(text.inconsistent) (\(published.table)): \(published.inconsistencies.joined(separator: "; "))\n\n"
        }
        for breakdown in item.breakdowns {
            // Groups nobody in them answered (the item did not apply to them) are left out.
            let groups = breakdown.shownGroups
            guard !groups.isEmpty else { continue }
            out += "*\(text.bySplit) \(escape(breakdown.splitLabel))\(breakdown.subsetLabel.map { " (\(text.within) \(escape($0)))" } ?? "")*\n\n"
            out += "| \(text.answer) | " + groups.map { "\(escape($0.label)) (\(groupSize($0)))" }.joined(separator: " | ") + " |\n"
            out += "|---|" + groups.map { _ in "---:" }.joined(separator: "|") + "|\n"
            for (index, category) in item.categories.enumerated() {
                out +=
                    "| \(escape(category.label)) | "
                    + groups.map { $0.suppressed ? "–" : "\($0.counts[index]) (\(Percent.whole($0.counts[index], $0.n))%)" }
                    .joined(separator: " | ") + " |\n"
            }
            out += "\n"
        }
        if !item.tests.isEmpty {
            out += "**\(text.tests)**\n\n"
            for test in item.tests { out += "- \(testLine(test, item: item))\n" }
            for line in ordinalLines(item) { out += "- \(line)\n" }
            out += "\n"
        }
        return out
    }

    func testLine(_ test: TestReport, item: ItemReport) -> String {
        let what = "\(escape(test.splitLabel))\(test.subsetLabel.map { " (\(text.within) \(escape($0)))" } ?? "")"
        guard test.computable else { return "\(what): \(text.notComputable) — \(text.reason(test.reason))" }
        let style = ReportOptions.Style(rawValue: report.style) ?? .dutch
        guard test.significant, let statement = test.statement else {
            // Where Fisher's exact test decides (2×2, small expected counts), say its p.
            if let fisher = test.fisherP, (test.minExpected ?? 5) < 5 {
                return "\(what): \(text.notSignificant) (Fisher \(StatementFormatter.p(fisher, style: style)))"
            }
            return "\(what): \(text.notSignificant)"
        }
        var line = "\(what): \(statement); \(text.cramer) = \(StatementFormatter.coefficient(test.cramersV ?? 0, style: style))"
            + adjustedText(test)
        if let below = test.cellsBelow5, below > 0, let share = test.shareBelow5 {
            let cells = report.language == "en" ? (below == 1 ? "cell" : "cells") : (below == 1 ? "cel" : "cellen")
            line += " (\(text.expectedWarning) \(below) \(cells), \(Int((share * 100).rounded()))%)"
        }
        if !test.droppedCategories.isEmpty {
            let labels = test.droppedCategories.map { code in item.categories.first { $0.code == code }?.label ?? code }
            line += " (\(text.droppedCategories): \(escape(labels.joined(separator: ", "))))"
        }
        return line
    }

    /// Every significant comparison in one list, in questionnaire order: what a results
    /// section reports.
    func summary() -> String {
        guard !report.splits.isEmpty else { return "" }
        let lines = significantLines()
        var out = "## \(text.summary) (α = \(report.alphaText))\n\n"
        out += lines.isEmpty ? "\(text.noDifferences)\n" : lines.map { "- \(escape($0.question)): \($0.line)\n" }.joined()
        if let note = multiplicityNote() { out += "\n\(note)\n" }
        return out + "\n"
    }

    /// The significant tests as (question, test line).
    func significantLines() -> [(question: String, line: String)] {
        report.items.flatMap { item in
            item.tests.filter(\.significant).map { (item.question, testLine($0, item: item)) }
        } + significantNumericLines()
    }

    func appendix() -> String {
        var out = ""
        if !report.notes.isEmpty {
            out += "## \(text.notes)\n\n" + report.notes.map { "- \(escape($0))\n" }.joined() + "\n"
        }
        if !report.excluded.isEmpty {
            out += "## \(text.excluded)\n\n" + report.excluded.map { "- \(code($0.id)): \(escape($0.reason))\n" }.joined() + "\n"
        }
        if report.warningCount > 0 {
            out += "## \(text.warnings) (\(report.warningCount))\n\n" + report.warnings.map { "- \(escape($0))\n" }.joined()
            if report.warningCount > report.warnings.count {
                out += "- … \(text.andMore) \(report.warningCount - report.warnings.count) \(text.more)\n"
            }
            out += "\n"
        }
        return out
    }

    /// "n = 12"; "n < 5" for a small group; for a group hidden beside it (complementary
    /// suppression) only that it is hidden, never its size.
    func groupSize(_ group: BreakdownGroup) -> String {
        guard group.suppressed else { return "n = \(group.n)" }
        return group.n < report.minimumGroupSize ? "n < \(report.minimumGroupSize)" : text.hiddenGroup
    }

    func signed(_ value: Int) -> String { value > 0 ? "+\(value)" : "\(value)" }

    /// Escapes characters that would break a Markdown table or start markup; line breaks
    /// (which could start a heading or a list of their own) become spaces. Respondents' open
    /// answers and any CSV's names pass through here.
    func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "|", "\\", "*", "_", "`", "<", ">", "[", "]", "#", "!": out += "\\\(scalar)"
            case "\n", "\r", "\u{2028}", "\u{2029}", "\u{0B}", "\u{0C}", "\u{85}": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// An identifier as inline code, or escaped text if it holds a backtick.
    func code(_ id: String) -> String {
        id.contains("`") || id.contains(where: \.isNewline) ? escape(id) : "`\(id)`"
    }
}
