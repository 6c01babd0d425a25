import Foundation
import Testing
import VoelsprietTestTraits

@testable import VoelsprietStatcheck

/// The report of a text given as lines (numbered from 1).
func check(_ text: String) -> StatcheckReport {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
        SourceLine(number: $0.offset + 1, text: String($0.element))
    }
    return Statcheck.check(lines: lines, alpha: 0.05)
}

@Suite("Frequency tables")
struct TableTests {
    @Test("a right table has no problems; wrong sums and percentages are flagged")
    func singleGroup() {
        let right = check("Tabel 1. Sector (n = 20)\n\nSector\tFrequentie\tPercentage\nA\t5\t25\nB\t15\t75")
        #expect(right.tables.count == 1)
        #expect(right.tables.first?.problems.isEmpty == true)
        #expect(right.tables.first?.checks == ["frequencies_sum_to_n", "percentages_match_frequencies", "percentages_sum_to_100"])
        // 5 of 20 is not 30 %; 16 is 76 % of the 21 counted (accepted); 21 is not 20; 106 is not 100.
        let wrong = check("Tabel 1. Sector (n = 20)\n\nSector\tFrequentie\tPercentage\nA\t5\t30\nB\t16\t76")
        let kinds = wrong.tables.first?.problems.map(\.kind) ?? []
        #expect(kinds == [.frequenciesSum, .percentage, .percentagesSum])
    }

    @Test("rounding: ±1 point per percentage, ±2 for the sum")
    func tolerances() {
        let table = check("Table 2 Groups (N=3)\n\nGroup\tCount\t%\nA\t1\t33\nB\t1\t33\nC\t1\t33")
        #expect(table.tables.first?.problems.isEmpty == true)
        #expect(table.tables.first?.percentSum == 99)
    }

    @Test("multiple responses: a signal in the caption or note, or frequencies far above n, skips the sums")
    func multipleResponses() {
        let signalled = check("Tabel 3. Redenen (n = 10; meerdere antwoorden mogelijk)\n\nReden\tAantal\t%\nA\t6\t60\nB\t7\t70")
        #expect(signalled.tables.first?.multipleResponses == true)
        #expect(signalled.tables.first?.problems.isEmpty == true)
        let note = check("Table 3. Reasons (n = 10)\n\nReason\tn\t%\nA\t6\t60\nB\t7\t70\n\n*Multiple responses were allowed.")
        #expect(note.tables.first?.multipleResponses == true)
        #expect(note.tables.first?.problems.isEmpty == true)
        let unsignalled = check("Table 3. Reasons (n = 10)\n\nReason\tn\t%\nA\t6\t60\nB\t7\t70\nC\t5\t50")
        #expect(unsignalled.tables.first?.multipleResponses == true)
        #expect(unsignalled.tables.first?.problems.isEmpty == true)
    }

    @Test("Markdown pipe tables, n (%) cells and a total row")
    func pipeTable() {
        let text = """
            Table 4. Answers (N = 50)

            | Answer | n (%) |
            |:---|---:|
            | Yes | 20 (40%) |
            | No | 30 (60%) |
            | Total | 50 (100%) |
            """
        let report = check(text)
        #expect(report.tables.count == 1)
        #expect(report.tables.first?.problems.isEmpty == true)
        #expect(report.tables.first?.checks.contains("total_row") == true)
        let wrongTotal = check(text.replacingOccurrences(of: "| Total | 50 (100%) |", with: "| Total | 52 (100%) |"))
        #expect(wrongTotal.tables.first?.problems.map(\.kind) == [.totalRow])
    }

    @Test("several groups: each frequency/percentage pair against its own n")
    func groups() {
        let text = """
            Tabel 5. Antwoorden per groep (n = 30)

            \tStudenten (n = 10)\t\tProfessionals (n = 20)\t
            Antwoord\tn\t%\tn\t%
            Eens\t4\t40\t15\t75
            Oneens\t6\t60\t5\t25
            """
        let report = check(text)
        #expect(report.tables.first?.groups == ["Studenten (n = 10)", "Professionals (n = 20)"])
        #expect(report.tables.first?.problems.isEmpty == true)
        #expect(report.tables.first?.sum == 30)
        let wrong = check(text.replacingOccurrences(of: "Oneens\t6\t60", with: "Oneens\t7\t60"))
        let problems = wrong.tables.first?.problems ?? []
        #expect(problems.map(\.kind) == [.frequenciesSum, .percentage])
        #expect(problems.allSatisfy { $0.group == "Studenten (n = 10)" })
    }

    @Test("row percentages across groups are not flagged as column problems")
    func rowPercentages() {
        let text = """
            Tabel 6. Mening per groep

            \tStudenten\t\tProfessionals\t
            Antwoord\tn\t%\tn\t%
            Eens\t10\t50\t10\t50
            Oneens\t30\t75\t10\t25
            """
        let report = check(text)
        #expect(report.tables.first?.problems.isEmpty == true)
        #expect(report.tables.first?.checks == ["row_percentages_match_frequencies"])
        let wrong = check(text.replacingOccurrences(of: "Oneens\t30\t75", with: "Oneens\t20\t75"))
        #expect(wrong.tables.first?.problems.map(\.kind) == [.percentage, .percentage])
    }

    @Test("SPSS layout: valid and cumulative percent columns are left alone")
    func spss() {
        let text = """
            Table 7 Gender (N = 100)

            Gender\tFrequency\tPercent\tValid Percent\tCumulative Percent
            Female\t60\t60.0\t61.2\t61.2
            Male\t38\t38.0\t38.8\t100.0
            Missing\t2\t2.0\t\t
            """
        let report = check(text)
        #expect(report.tables.count == 1)
        #expect(report.tables.first?.problems.isEmpty == true)
    }

    @Test("a table of other statistics with an n column is not a frequency table")
    func descriptives() {
        let report = check("Table 2. Descriptives (N = 200)\n\n| Variable | n | M | SD |\n|---|---|---|---|\n| Age | 198 | 35.2 | 10.1 |\n| Income | 180 | 2.4 | 0.9 |")
        #expect(report.tables.isEmpty)
        #expect(report.skippedTables.first?.reason.contains("other statistics") == true)
    }

    @Test("blocks that are no frequency table are listed as skipped, not flagged")
    func unreadable() {
        let report = check("Datum\t17 maart 2023\nAuteur\tA. Jansen\n\nTabel 8. Percentages (n = 131)\n\nItem\tEens\tOneens\nA\t40\t60\nB\t55\t45")
        #expect(report.tables.isEmpty)
        #expect(report.skippedTables.count == 2)
    }
}

@Suite("Report output")
struct ReportOutputTests {
    @Test("the JSON has the keys of the contract, with null for a missing caption, n or sum")
    func jsonKeys() throws {
        let report = check("Er is een verschil (χ²(2) = 8,44; p = 0,02).\n\nAntwoord\tFrequentie\nJa\t3\nNee\t4")
        let data = try report.jsonData()
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let statement = (object?["statements"] as? [[String: Any]])?.first ?? [:]
        for key in ["line", "text", "test", "df", "statistic", "reported_p", "computed_p", "inconsistent", "decision_error", "significance_claim_error"] {
            #expect(statement[key] != nil, "statement key \(key)")
        }
        #expect(statement["test"] as? String == "chi2")
        let table = (object?["tables"] as? [[String: Any]])?.first ?? [:]
        for key in ["line", "caption", "n", "sum", "problems"] {
            #expect(table.keys.contains(key), "table key \(key)")
        }
        #expect(table["caption"] is NSNull)
        #expect(table["n"] is NSNull)
        let decoded = try JSONDecoder().decode(StatcheckReport.self, from: data)
        #expect(decoded == report)
    }

    @Test("Markdown in Dutch and English: the summary first, flags in bold")
    func markdown() {
        let report = check("Er is een significant verschil (t(28) = 1,50; p = 0,04).")
        let dutch = report.markdown(english: false)
        #expect(dutch.hasPrefix("**Statcheck:** 1 uitspraak, 1 inconsistent, 1 beslissingsfout, 1 claimfout, 0 van 0 tabellen met problemen"))
        #expect(dutch.contains("| 1 | `t(28) = 1,50; p = 0,04` | p = 0,04 | 0,1448 |"))
        let english = report.markdown(english: true)
        #expect(english.hasPrefix("**Statcheck:** 1 statement, 1 inconsistent, 1 decision error, 1 claim error, 0 of 0 tables with problems"))
        #expect(english.contains("| p = 0.04 | 0.1448 |"))
    }

    @Test("thousands of statements are checked; a cap truncates with a note", .ownThread)
    func volume() {
        let line = "Er is een verschil (t(28) = 2,10; p = 0,045) en ook (χ²(2) = 8,44; p = 0,015)."
        let lines = (1...3000).map { SourceLine(number: $0, text: line) }
        let report = Statcheck.check(lines: lines, alpha: 0.05)
        #expect(report.statements.count == 6000)
        #expect(!report.truncated)
        #expect(report.statements.allSatisfy { !$0.isFlagged })
        let capped = Statcheck.check(lines: lines, options: StatcheckOptions(maxStatements: 1001))
        #expect(capped.statements.count == 1001)
        #expect(capped.truncated)
        #expect(capped.notes.first?.contains("stopped after 1001 statements") == true)
        #expect(capped.markdown(english: true).contains("The statement limit was reached"))
    }

    @Test("one long line without full stops and with thousands of statements stays linear", .ownThread)
    func longLine() {
        let statement = "t(28) = 2,10; p = 0,045 en "
        let line = String(repeating: statement, count: 5000)
        let start = Date()
        let report = Statcheck.check(lines: [SourceLine(number: 1, text: line)], alpha: 0.05)
        let seconds = Date().timeIntervalSince(start)
        #expect(report.statements.count == 5000)
        #expect(seconds < 10, "took \(seconds) s")
        let capped = Statcheck.check(lines: [SourceLine(number: 1, text: line)], options: StatcheckOptions(maxStatements: 100))
        #expect(capped.statements.count == 100)
        #expect(capped.truncated)
    }
}
