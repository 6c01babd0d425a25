/// The numeric columns of a plain CSV: a line of descriptives per column, then per comparison a
/// table of the groups' numbers and the tests under it.
extension MarkdownRenderer {
    var numericTitle: String { report.language == "en" ? "Numbers" : "Getallen" }

    func number(_ value: Double?, _ places: Int = 2) -> String {
        value.map { StatementFormatter.decimal($0, places, comma: style == .dutch) } ?? "–"
    }

    /// "[31,80; 36,60]" or "[31.80, 36.60]".
    func interval(_ ci: [Double]?) -> String {
        guard let ci, ci.count == 2 else { return "–" }
        return "[\(number(ci[0])); \(number(ci[1]))]".replacingOccurrences(of: "; ", with: style == .dutch ? "; " : ", ")
    }

    /// "n = 45 (3 without a number); M = 34,20, SD = 8,10, 95%-BI [31,80; 36,60]; median 33".
    func numericFacts(_ column: NumericReport) -> String {
        let en = report.language == "en"
        var line = "n = \(column.n)"
        if column.missing > 0 { line += en ? " (\(column.missing) without a number)" : " (\(column.missing) zonder getal)" }
        guard let d = column.descriptives else { return line + (en ? "; too few to describe" : "; te weinig om te beschrijven") }
        line += "; M = \(number(d.mean)), SD = \(number(d.sd)), 95%-\(en ? "CI" : "BI") \(interval(d.ci95))"
        if let median = column.median { line += "; \(en ? "median" : "mediaan") \(number(median))" }
        return line
    }

    var numericHeader: [String] {
        report.language == "en" ? ["Group", "n", "M", "SD", "95% CI", "Median"] : ["Groep", "n", "M", "SD", "95%-BI", "Mediaan"]
    }

    func numericRows(_ comparison: NumericComparison) -> [[String]] {
        comparison.groups.map { [$0.label, "\($0.n)", number($0.mean), number($0.sd), interval($0.ci95), number($0.median)] }
    }

    /// "Welch t(23,40) = 2,11, p = 0,046; Holm p = 0,09".
    func numericTestLine(_ test: NumericTestReport) -> String {
        let statistic = number(test.statistic)
        let df = test.df ?? []
        let head: String
        switch test.test {
        case "welch_t": head = "Welch t(\(number(df.first))) = \(statistic)"
        case "anova": head = "F(\(df.map { number($0, 0) }.joined(separator: ", "))) = \(statistic)"
        case "mann_whitney": head = "Mann–Whitney W = \(statistic)"
        default: head = "Kruskal–Wallis H(\(df.map { number($0, 0) }.joined())) = \(statistic)"
        }
        var line = "\(head), \(StatementFormatter.p(test.p, style: style, alpha: report.alpha))"
        if let holm = test.pHolm { line += "; Holm \(StatementFormatter.p(holm, style: style, alpha: report.alpha))" }
        return line
    }

    /// Significant tests of numeric columns for the summary: "age: naar role: Welch t(82,10) = …".
    func significantNumericLines() -> [(question: String, line: String)] {
        (report.numeric ?? []).flatMap { column in
            column.comparisons.flatMap { comparison in
                comparison.tests.filter { $0.p < report.alpha }.map {
                    (column.id, "\(comparisonTitle(comparison)): \(numericTestLine($0))")
                }
            }
        }
    }

    func comparisonTitle(_ comparison: NumericComparison) -> String {
        "\(text.bySplit) \(comparison.splitLabel)" + (comparison.subsetLabel.map { " (\(text.within) \($0))" } ?? "")
    }

    func numericSection() -> String {
        guard let columns = report.numeric, !columns.isEmpty else { return "" }
        var out = "## \(numericTitle)\n\n"
        for column in columns {
            let heading = column.question.map { "\(escape($0)) (\(code(column.id)))" } ?? code(column.id)
            out += "### \(heading)\n\n\(escape(numericFacts(column)))\n\n"
            for comparison in column.comparisons {
                out += "**\(escape(comparisonTitle(comparison)))**"
                if let reason = comparison.reason {
                    out += ": \(escape(text.reason(reason)))\n\n"
                    continue
                }
                out += "\n\n| " + numericHeader.joined(separator: " | ") + " |\n|" + numericHeader.indices.map { $0 == 0 ? "---" : "---:" }.joined(separator: "|") + "|\n"
                for row in numericRows(comparison) { out += "| " + row.map(escape).joined(separator: " | ") + " |\n" }
                out += "\n"
                for test in comparison.tests { out += "- \(escape(numericTestLine(test)))\n" }
                if !comparison.tests.isEmpty { out += "\n" }
            }
        }
        return out
    }
}

extension HTMLRenderer {
    func numericSection() -> String {
        guard let columns = report.numeric, !columns.isEmpty else { return "" }
        let markdown = MarkdownRenderer(report: report)
        var out = "<h2 id=\"numeric\">\(escape(markdown.numericTitle))</h2>\n"
        for column in columns {
            let heading = column.question.map { "\(escape($0)) (<code>\(escape(column.id))</code>)" } ?? "<code>\(escape(column.id))</code>"
            out += "<h3>\(heading)</h3>\n<p class=\"facts\">\(escape(markdown.numericFacts(column)))</p>\n"
            for comparison in column.comparisons {
                let title = markdown.comparisonTitle(comparison)
                if let reason = comparison.reason {
                    out += "<p>\(escape(title)): \(escape(text.reason(reason)))</p>\n"
                    continue
                }
                out += "<table class=\"numeric\"><caption>\(escape(title))</caption><thead><tr>"
                for (index, cell) in markdown.numericHeader.enumerated() {
                    out += index == 0 ? "<th scope=\"col\">\(escape(cell))</th>" : "<th class=\"num\" scope=\"col\">\(escape(cell))</th>"
                }
                out += "</tr></thead><tbody>"
                for row in markdown.numericRows(comparison) {
                    out += "<tr>" + row.enumerated().map { index, cell in
                        index == 0 ? "<th scope=\"row\">\(escape(cell))</th>" : "<td class=\"num\">\(escape(cell))</td>"
                    }.joined() + "</tr>"
                }
                out += "</tbody></table>\n"
                if !comparison.tests.isEmpty {
                    out += "<ul>" + comparison.tests.map { "<li>\(escape(markdown.numericTestLine($0)))</li>" }.joined() + "</ul>\n"
                }
            }
        }
        return out
    }
}
