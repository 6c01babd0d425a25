import Foundation
import Testing

@testable import VoelsprietStatcheck

/// `Fixtures/statements.json`: generated statements with SciPy p values and the expected flags
/// (see `make_statement_fixtures.py`).
struct StatementFixture: Decodable {
    struct Expected: Decodable {
        let test: String
        let df: [Double]
        let statistic: Double
        let reported_comparison: String
        let reported_p: Double
        let one_sided: Bool
        let claim: Bool
        let computed_p: Double
        let inconsistent: Bool
        let decision_error: Bool
        let significance_claim_error: Bool
    }

    struct Case: Decodable {
        let text: String
        let language: String
        let style: String
        let statements: [Expected]
    }

    let alpha: Double
    let cases: [Case]

    static func load() throws -> StatementFixture {
        try JSONDecoder().decode(StatementFixture.self, from: Data(contentsOf: TestFiles.fixture("statements.json")))
    }
}

@Suite("Generated statements against SciPy and the rules, written out independently in Python")
struct GeneratedStatementTests {
    @Test("every statement is found, with the computed p and the flags of the fixture")
    func fixtureStatements() throws {
        let fixture = try StatementFixture.load()
        #expect(fixture.cases.count > 500)
        let lines = fixture.cases.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element.text) }
        let report = Statcheck.check(lines: lines, alpha: fixture.alpha)
        let byLine = Dictionary(grouping: report.statements, by: \.line)
        #expect(report.skippedStatements.isEmpty)
        var compared = 0
        for (index, entry) in fixture.cases.enumerated() {
            let found = byLine[index + 1] ?? []
            #expect(found.count == entry.statements.count, "line \(index + 1): \(entry.text) — found \(found.map(\.text))")
            for (statement, expected) in zip(found, entry.statements) {
                compare(statement, expected, entry.text)
                compared += 1
            }
        }
        #expect(compared > 550)
        let ignored = report.ignoredNotSignificant
        #expect(ignored == 2)
    }

    private func compare(_ s: StatcheckStatement, _ e: StatementFixture.Expected, _ text: String) {
        let label = "\(text) → \(s.text)"
        #expect(s.test.rawValue == e.test, "\(label)")
        #expect(s.df == e.df, "\(label)")
        #expect(abs(s.statistic - e.statistic) <= 1e-12 * max(1, abs(e.statistic)), "\(label)")
        #expect(s.reportedComparison.rawValue == e.reported_comparison, "\(label)")
        #expect(abs(s.reportedP - e.reported_p) <= 1e-15, "\(label)")
        #expect(s.oneSided == e.one_sided, "\(label)")
        #expect(abs(s.computedP - e.computed_p) <= 1e-7 * e.computed_p, "\(label): \(s.computedP) vs \(e.computed_p)")
        #expect(s.presentedAsSignificant == e.claim, "\(label): claim")
        #expect(s.inconsistent == e.inconsistent, "\(label): inconsistent")
        #expect(s.decisionError == e.decision_error, "\(label): decision error")
        #expect(s.significanceClaimError == e.significance_claim_error, "\(label): claim error")
    }
}
