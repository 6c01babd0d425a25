import Foundation
import VoelsprietAnalysis
import VoelsprietStatcheck

/// The result of a check as HTML, read from its JSON form (the keys `voelspriet statcheck`
/// prints are the interface, so the page shows exactly what the command does): flagged
/// statements first, then every table with its problems.
enum StatcheckResultHTML {
    static func html(_ report: StatcheckReport, english: Bool) -> String {
        guard let data = try? report.jsonData(prettyPrinted: false),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return "" }
        let e = MarkupEscape.html
        let statements = object["statements"] as? [[String: Any]] ?? []
        let tables = object["tables"] as? [[String: Any]] ?? []
        func flag(_ s: [String: Any], _ key: String) -> Bool { s[key] as? Bool ?? false }
        func number(_ value: Any?) -> String {
            guard let value = value as? Double else { return "–" }
            return String(format: value < 0.001 && value > 0 ? "%.2e" : "%.4f", value)
        }
        let flagged = statements.filter { flag($0, "inconsistent") || flag($0, "decision_error") || flag($0, "significance_claim_error") }
        let labels = english
            ? (summary: "%d statements, %d flagged; %d tables, %d with problems.", line: "Line", test: "Test", reported: "Reported p", computed: "Computed p",
               findings: "Findings", inconsistent: "inconsistent", decision: "decision error", claim: "presented as significant, p ≥ α", tables: "Tables",
               caption: "Caption", n: "n", sum: "Sum", problems: "Problems", ok: "no problems")
            : (summary: "%d uitspraken, %d gemarkeerd; %d tabellen, %d met problemen.", line: "Regel", test: "Toets", reported: "Gerapporteerde p", computed: "Berekende p",
               findings: "Bevindingen", inconsistent: "inconsistent", decision: "beslisfout", claim: "als significant gepresenteerd, p ≥ α", tables: "Tabellen",
               caption: "Bijschrift", n: "n", sum: "Som", problems: "Problemen", ok: "geen problemen")
        let withProblems = tables.filter { !(($0["problems"] as? [Any]) ?? []).isEmpty }
        var out = "<section id=\"statcheck-result\"><p id=\"statcheck-summary\">"
        out += e(String(format: labels.summary, statements.count, flagged.count, tables.count, withProblems.count)) + "</p>"
        out += "<table class=\"statcheck\"><thead><tr><th>\(labels.line)</th><th>\(labels.test)</th><th></th><th>\(labels.reported)</th><th>\(labels.computed)</th><th>\(labels.findings)</th></tr></thead><tbody>"
        for s in flagged + statements.filter({ !(flag($0, "inconsistent") || flag($0, "decision_error") || flag($0, "significance_claim_error")) }) {
            var findings: [String] = []
            if flag(s, "inconsistent") { findings.append(labels.inconsistent) }
            if flag(s, "decision_error") { findings.append(labels.decision) }
            if flag(s, "significance_claim_error") { findings.append(labels.claim) }
            let css = findings.isEmpty ? "" : " class=\"flagged\""
            out += "<tr\(css)><td>\(s["line"] as? Int ?? 0)</td><td>\(e(s["test"] as? String ?? ""))</td><td>\(e(s["text"] as? String ?? ""))</td>"
                + "<td class=\"number\">\(number(s["reported_p"]))</td><td class=\"number\">\(number(s["computed_p"]))</td><td>\(e(findings.joined(separator: "; ")))</td></tr>"
        }
        out += "</tbody></table><h2>\(labels.tables)</h2><table class=\"statcheck-tables\"><thead><tr><th>\(labels.line)</th><th>\(labels.caption)</th><th>\(labels.n)</th><th>\(labels.sum)</th><th>\(labels.problems)</th></tr></thead><tbody>"
        for t in tables {
            let problems = (t["problems"] as? [Any] ?? []).map { "\($0)" }
            out += "<tr\(problems.isEmpty ? "" : " class=\"flagged\"")><td>\(t["line"] as? Int ?? 0)</td><td>\(e(t["caption"] as? String ?? ""))</td>"
                + "<td class=\"number\">\(t["n"].map { "\($0)" } ?? "–")</td><td class=\"number\">\(t["sum"].map { "\($0)" } ?? "–")</td>"
                + "<td>\(e(problems.isEmpty ? labels.ok : problems.joined(separator: "; ")))</td></tr>"
        }
        return out + "</tbody></table></section>"
    }
}
