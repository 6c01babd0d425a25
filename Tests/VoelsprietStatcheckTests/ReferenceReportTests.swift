import Foundation
import Testing

@testable import VoelsprietStatcheck

/// The TNO report R10432 (2023) as text: its printed test results and frequency tables.
/// Every flag and every recognised table is pinned, so a rule that starts flagging something
/// that is right fails here.
@Suite(
    "TNO report R10432: what the check finds, and nothing more",
    .enabled(if: TestFiles.tnoReportURL != nil, "skipped: \(TestFiles.tnoReport) not found; set VOELSPRIET_REFERENCE_DIR or put it in ../shared/reference")
)
struct ReferenceReportTests {
    static func report() throws -> StatcheckReport? {
        guard let url = TestFiles.tnoReportURL else { return nil }
        let lines = try StatcheckInput.lines(data: Data(contentsOf: url), fileName: TestFiles.tnoReport)
        return Statcheck.check(lines: lines, alpha: 0.05)
    }

    @Test("the seven χ² results: χ²(2) = 8,44 with p = 0,02 inconsistent, χ²(4) = 9,29 with p = 0,05 a claim error, the rest right")
    func statements() throws {
        let report = try #require(try Self.report())
        let found = report.statements.map { "\($0.line) χ²(\(Int($0.df[0]))) = \($0.statistic)" }
        let expected = [
            "412 χ²(4) = 11.08", "414 χ²(4) = 12.83", "414 χ²(2) = 8.44", "416 χ²(4) = 12.64", "416 χ²(4) = 9.29",
            "450 χ²(4) = 9.54", "494 χ²(3) = 9.9",
        ]
        #expect(found == expected)
        #expect(report.statements.allSatisfy { $0.test == .chi2 && $0.reportedComparison == .equal })
        let flagged = report.statements.filter(\.isFlagged)
        #expect(flagged.count == 2)
        let inconsistent = report.statements.filter(\.inconsistent)
        #expect(inconsistent.map(\.statistic) == [8.44])
        if let s = inconsistent.first {
            #expect(s.reportedP == 0.02)
            #expect(abs(s.computedP - 0.014698644504901780) < 1e-12)
            #expect(!s.decisionError && !s.significanceClaimError)
        }
        let claims = report.statements.filter(\.significanceClaimError)
        #expect(claims.map(\.statistic) == [9.29])
        if let s = claims.first {
            #expect(s.reportedP == 0.05)
            #expect(abs(s.computedP - 0.054245794928835) < 1e-10)
            #expect(!s.inconsistent && s.presentedAsSignificant)
        }
        #expect(report.skippedStatements.isEmpty)
        #expect(report.statements.allSatisfy { $0.presentedAsSignificant })
    }

    @Test("tables 1–4 and 6 recognised; 4 (sum 133, n 131; 64 is not 47 %) and 6 (sum 132, n 131) flagged")
    func tables() throws {
        let report = try #require(try Self.report())
        let captions = report.tables.map { $0.caption?.split(separator: ".").first.map(String.init) ?? "?" }
        #expect(captions == ["Tabel 1", "Tabel 2", "Tabel 3", "Tabel 4", "Tabel 6"])
        let summary = report.tables.map { "\($0.n ?? -1)/\($0.sum ?? -1)" }
        #expect(summary == ["139/139", "70/70", "131/131", "131/133", "131/132"])
        let withProblems = report.tables.filter { !$0.problems.isEmpty }
        #expect(withProblems.map(\.captionLine) == [401, 439])
        let table4 = report.tables[3].problems
        #expect(table4.map(\.kind) == [.frequenciesSum, .percentage])
        #expect(table4.last?.row == "Helemaal mee eens")
        #expect(table4.last?.found == 47)
        let table6 = report.tables[4].problems
        #expect(table6.map(\.kind) == [.frequenciesSum])
        #expect(table6.first?.expected == 131 && table6.first?.found == 132)
        // Table 1 is a multiple-response question (its note says so): sums are not checked.
        #expect(report.tables[0].multipleResponses)
        #expect(!report.tables[0].checks.contains("frequencies_sum_to_n"))
        // Tables 5 and 7–10 hold percentages per answer category only: not read as frequency tables.
        let skippedCaptions = report.skippedTables.compactMap { $0.caption?.split(separator: ".").first.map(String.init) }
        #expect(skippedCaptions == ["Tabel 5", "Tabel 7", "Tabel 8", "Tabel 9", "Tabel 10"])
    }

    @Test("the Markdown summary line counts what the JSON holds")
    func markdownSummary() throws {
        let report = try #require(try Self.report())
        let dutch = report.markdown(english: false).split(separator: "\n").first.map(String.init) ?? ""
        #expect(dutch.contains("7 uitspraken, 1 inconsistent, 0 beslissingsfouten, 1 claimfout, 2 van 5 tabellen met problemen"))
        let english = report.markdown(english: true).split(separator: "\n").first.map(String.init) ?? ""
        #expect(english.contains("7 statements, 1 inconsistent, 0 decision errors, 1 claim error, 2 of 5 tables with problems"))
    }
}
