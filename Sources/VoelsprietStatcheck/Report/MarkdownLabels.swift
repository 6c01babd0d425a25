/// The words of the Markdown report in Dutch or English.
struct MarkdownLabels {
    let english: Bool

    var line: String { english ? "Line" : "Regel" }
    var statement: String { english ? "Statement" : "Uitspraak" }
    var reported: String { english ? "Reported" : "Gerapporteerd" }
    var computed: String { english ? "Computed p" : "Berekende p" }
    var verdict: String { english ? "Verdict" : "Oordeel" }
    var caption: String { english ? "Caption" : "Bijschrift" }
    var sum: String { english ? "Sum" : "Som" }
    var problems: String { english ? "Problems" : "Problemen" }
    var ok: String { english ? "ok" : "in orde" }
    var oneSided: String { english ? "one-sided" : "eenzijdig" }
    var statementsHeading: String { english ? "Test results" : "Toetsuitslagen" }
    var tablesHeading: String { english ? "Frequency tables" : "Frequentietabellen" }
    var notCheckedHeading: String { english ? "Not checked" : "Niet gecontroleerd" }
    var noStatements: String { english ? "No test results found." : "Geen toetsuitslagen gevonden." }
    var noTables: String { english ? "No frequency tables found." : "Geen frequentietabellen gevonden." }
    var statementsWord: (String, String) { english ? ("statement", "statements") : ("uitspraak", "uitspraken") }
    var inconsistentWord: String { "inconsistent" }
    var decisionErrorsWord: (String, String) { english ? ("decision error", "decision errors") : ("beslissingsfout", "beslissingsfouten") }
    var claimErrorsWord: (String, String) { english ? ("claim error", "claim errors") : ("claimfout", "claimfouten") }
    var decisionError: String { english ? "decision error" : "beslissingsfout" }
    var claimError: String {
        english ? "claim error (presented as significant, p ≥ alpha)" : "claimfout (als verschil gebracht, p ≥ alfa)"
    }
    var alphaWord: String { english ? "alpha" : "alfa" }
    var truncated: String {
        english ? "The statement limit was reached; the rest of the text was not checked."
            : "Het maximale aantal uitspraken is bereikt; de rest van de tekst is niet gecontroleerd."
    }

    func ignored(_ count: Int) -> String {
        english ? "\(count) result(s) reported as p = n.s. were not checked."
            : "\(count) uitslag(en) met p = n.s. zijn niet gecontroleerd."
    }

    func count(_ value: Int, _ words: (String, String)) -> String {
        "\(value) \(value == 1 ? words.0 : words.1)"
    }

    func tablesWithProblems(_ value: Int, of total: Int) -> String {
        english ? "\(value) of \(total) \(total == 1 ? "table" : "tables") with problems"
            : "\(value) van \(total) \(total == 1 ? "tabel" : "tabellen") met problemen"
    }

    /// A table problem in words.
    func problem(_ p: TableProblem) -> String {
        let group = p.group.map { "\($0): " } ?? ""
        let expected = ReportFormat.number(p.expected, english: english), found = ReportFormat.number(p.found, english: english)
        switch p.kind {
        case .frequenciesSum:
            return group + (english ? "frequencies add up to \(found), not n = \(expected)" : "frequenties tellen op tot \(found), niet n = \(expected)")
        case .percentage:
            let wanted = ReportFormat.decimal(p.expected, digits: 1, english: english)
            let row = p.row ?? "?"
            return group + (english ? "\(row): \(found)% printed, \(wanted)% expected" : "\(row): \(found)% vermeld, \(wanted)% verwacht")
        case .percentagesSum:
            return group + (english ? "percentages add up to \(found), not 100" : "percentages tellen op tot \(found), niet 100")
        case .totalRow:
            return group + (english ? "total row says \(found), rows add up to \(expected)" : "totaalrij vermeldt \(found), de rijen tellen op tot \(expected)")
        }
    }
}
