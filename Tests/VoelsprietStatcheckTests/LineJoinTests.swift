import Testing

@testable import VoelsprietStatcheck

/// Statements broken over a line end (hard-wrapped text, PDF extractions) were not found at all.
@Suite("Statements across a line end")
struct LineJoinTests {
    @Test("a statement broken after its statistic is found once, at its first line, with its claim")
    func brokenStatement() {
        let report = check("We vonden een significant verschil tussen de groepen (F(2, 40) = 3.50,\np = .01) en verder niets.")
        #expect(report.statements.count == 1)
        let statement = report.statements.first
        #expect(statement?.line == 1)
        #expect(statement?.test == .F)
        #expect(statement?.inconsistent == true)
        #expect(statement?.presentedAsSignificant == true)
        #expect(statement?.text == "F(2, 40) = 3.50, p = .01")
    }

    @Test("within one line nothing is counted twice; blank lines and table rows are not joined")
    func noDoubles() {
        let one = check("t(28) = 2,20; p = 0,036\nEn χ²(1) = 4,00; p = 0,05 daarna.")
        #expect(one.statements.map(\.line) == [1, 2])
        #expect(check("De toets gaf t(28) = 2,20;\n\np = 0,036").statements.isEmpty)
        #expect(check("| t(28) = 2,20 |\np = 0,036").statements.isEmpty)
    }

    @Test("a reported p keeps its decimals in the Markdown summary")
    func reportedDecimals() {
        let markdown = check("t(28) = 2,20, p = ,036").markdown(english: false)
        #expect(markdown.contains("p = 0,036"))
    }
}
