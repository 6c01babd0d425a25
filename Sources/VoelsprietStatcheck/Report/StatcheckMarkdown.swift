/// The report as Markdown: a summary line, the statements, the tables and what was not checked.
extension StatcheckReport {
    /// Markdown with Dutch labels, or English ones when `english` is true.
    public func markdown(english: Bool = false) -> String {
        let l = MarkdownLabels(english: english)
        var out = [summaryLine(l)]
        if truncated { out += ["", "> " + l.truncated] }
        if ignoredNotSignificant > 0 { out += ["", l.ignored(ignoredNotSignificant)] }
        out += ["", "## " + l.statementsHeading, ""]
        if statements.isEmpty {
            out.append(l.noStatements)
        } else {
            out += ["| \(l.line) | \(l.statement) | \(l.reported) | \(l.computed) | \(l.verdict) |", "| ---: | --- | --- | --- | --- |"]
            out.append(contentsOf: statements.map { statementRow($0, l) })
        }
        out += ["", "## " + l.tablesHeading, ""]
        if tables.isEmpty {
            out.append(l.noTables)
        } else {
            out += ["| \(l.line) | \(l.caption) | n | \(l.sum) | \(l.problems) |", "| ---: | --- | ---: | ---: | --- |"]
            out.append(contentsOf: tables.map { tableRow($0, l) })
        }
        if !skippedStatements.isEmpty || !skippedTables.isEmpty {
            out += ["", "## " + l.notCheckedHeading, ""]
            out.append(contentsOf: skippedStatements.map { "- \(l.line) \($0.line): `\(Self.code($0.text))` — \($0.reason)" })
            out.append(contentsOf: skippedTables.map { "- \(l.line) \($0.line)\($0.caption.map { " (" + Self.cell(Self.shorten($0, 60)) + ")" } ?? ""): \($0.reason)" })
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func summaryLine(_ l: MarkdownLabels) -> String {
        let s = summary
        return "**Statcheck:** \(l.count(s.statements, l.statementsWord)), \(s.inconsistent) \(l.inconsistentWord), "
            + "\(l.count(s.decisionErrors, l.decisionErrorsWord)), \(l.count(s.claimErrors, l.claimErrorsWord)), "
            + "\(l.tablesWithProblems(s.tablesWithProblems, of: s.tables)) (\(l.alphaWord) = \(ReportFormat.number(alpha, english: l.english)))."
    }

    private func statementRow(_ s: StatcheckStatement, _ l: MarkdownLabels) -> String {
        let reported = "p \(s.reportedComparison.rawValue.replacingLessEqual()) \(ReportFormat.number(s.reportedP, english: l.english))"
        var computed = ReportFormat.pValue(s.computedP, english: l.english)
        if s.oneSided { computed += " (\(l.oneSided))" }
        var verdicts: [String] = []
        if s.inconsistent { verdicts.append(l.inconsistentWord) }
        if s.decisionError { verdicts.append(l.decisionError) }
        if s.significanceClaimError { verdicts.append(l.claimError) }
        let verdict = verdicts.isEmpty ? l.ok : "**" + verdicts.joined(separator: ", ") + "**"
        return "| \(s.line) | `\(Self.code(s.text))` | \(reported) | \(computed) | \(verdict) |"
    }

    private func tableRow(_ t: StatcheckTable, _ l: MarkdownLabels) -> String {
        let caption = t.caption.map { Self.cell(Self.shorten($0, 80)) } ?? "—"
        let problems = t.problems.isEmpty ? l.ok : "**" + t.problems.map { Self.cell(l.problem($0)) }.joined(separator: "; ") + "**"
        let n = t.n.map(String.init) ?? "—", sum = t.sum.map(String.init) ?? "—"
        return "| \(t.line) | \(caption) | \(n) | \(sum) | \(problems) |"
    }

    static func shorten(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    /// Text safe inside a Markdown table cell.
    static func cell(_ text: String) -> String {
        String(text.flatMap { $0 == "|" ? ["\\", "|"] : $0 == "\n" || $0 == "\t" ? [" "] : [$0] })
    }

    /// Text safe inside a code span inside a table cell.
    static func code(_ text: String) -> String {
        cell(text.filter { $0 != "`" })
    }
}

extension String {
    fileprivate func replacingLessEqual() -> String {
        self == "<=" ? "≤" : self == ">=" ? "≥" : self
    }
}
