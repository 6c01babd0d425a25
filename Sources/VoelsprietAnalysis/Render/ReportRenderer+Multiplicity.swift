/// What the rendered report says about its many tests: how many ran, how many chance alone would
/// make significant, and how many stay significant once p is adjusted (Holm, Benjamini–Hochberg);
/// the adjusted p of each significant test; and the rank tests and means of scale items.
extension MarkdownRenderer {
    var style: ReportOptions.Style { ReportOptions.Style(rawValue: report.style) ?? .dutch }

    /// One paragraph under the list of significant differences.
    func multiplicityNote() -> String? {
        let tests = report.items.flatMap(\.tests).filter(\.computable)
        guard !tests.isEmpty else { return nil }
        let alpha = report.alpha
        let raw = tests.filter { ($0.p ?? 1) < alpha }.count
        let holm = tests.filter { ($0.pHolm ?? 1) < alpha }.count
        let bh = tests.filter { ($0.pBH ?? 1) < alpha }.count
        let chance = StatementFormatter.decimal(Double(tests.count) * alpha, 1, comma: style == .dutch)
        if report.language == "en" {
            return "This report ran \(tests.count) chi-square tests; at α = \(report.alphaText) chance alone would make about "
                + "\(chance) of them significant. \(raw) have p < α; after adjusting p over all \(tests.count) tests, "
                + "\(holm) remain significant by Holm's method and \(bh) by Benjamini–Hochberg (false discovery rate)."
        }
        return "Dit rapport voert \(tests.count) chi-kwadraattoetsen uit; bij α = \(report.alphaText) zou toeval er ongeveer "
            + "\(chance) significant maken. \(raw) hebben p < α; na correctie van p over alle \(tests.count) toetsen blijven er "
            + "\(holm) significant volgens Holm en \(bh) volgens Benjamini–Hochberg (false discovery rate)."
    }

    /// "; Holm p = .52, BH p = .13" for a significant test.
    func adjustedText(_ test: TestReport) -> String {
        guard let holm = test.pHolm, let bh = test.pBH else { return "" }
        return "; Holm \(StatementFormatter.p(holm, style: style)), BH \(StatementFormatter.p(bh, style: style))"
    }

    /// The rank tests and the mean of a scale item, as lines under its chi-square tests.
    func ordinalLines(_ item: ItemReport) -> [String] {
        var lines: [String] = []
        let comma = style == .dutch
        if let d = item.descriptives, let mean = d.mean {
            var line = "M = \(StatementFormatter.decimal(mean, 2, comma: comma))"
            if let sd = d.sd { line += ", SD = \(StatementFormatter.decimal(sd, 2, comma: comma))" }
            if let ci = d.ci95, ci.count == 2 {
                let separator = comma ? "; " : ", "
                line += ", 95%-\(report.language == "en" ? "CI" : "BI") [\(StatementFormatter.decimal(ci[0], 2, comma: comma))\(separator)\(StatementFormatter.decimal(ci[1], 2, comma: comma))]"
            }
            lines.append(line + " (n = \(d.n))")
        }
        for test in item.ordinalTests ?? [] {
            let what = "\(escape(test.splitLabel))\(test.subsetLabel.map { " (\(text.within) \(escape($0)))" } ?? "")"
            let name = test.test == "mann_whitney" ? "Mann–Whitney W" : "Kruskal–Wallis H"
            var line = "\(what): \(name) = \(StatementFormatter.decimal(test.statistic, 2, comma: comma)), \(StatementFormatter.p(test.p, style: style))"
            if let holm = test.pHolm { line += "; Holm \(StatementFormatter.p(holm, style: style))" }
            lines.append(line)
        }
        return lines
    }
}
