import Foundation
import Testing

@testable import VoelsprietStatcheck

/// Statements of single lines.
func statements(_ text: String, alpha: Double = 0.05) -> [StatcheckStatement] {
    Statcheck.check(lines: [SourceLine(number: 1, text: text)], alpha: alpha).statements
}

@Suite("Recognising statements in Dutch and APA notation")
struct RecognitionTests {
    @Test("the notations of the brief", arguments: [
        ("$X^2(4) = 11,08$; $p = 0,03$ [2-zijdig]", "chi2", [4.0], 11.08, 0.03),
        ("χ²(2, N = 131) = 8.44, p = .015", "chi2", [2], 8.44, 0.015),
        ("χ2(2) = 8,44; p = 0,015", "chi2", [2], 8.44, 0.015),
        ("X2(2) = 8,44, p = 0,015", "chi2", [2], 8.44, 0.015),
        ("chi2(2) = 8.44, p = .015", "chi2", [2], 8.44, 0.015),
        ("chi-square(2) = 8.44, p = .015", "chi2", [2], 8.44, 0.015),
        ("chi-kwadraat(2) = 8,44; p = 0,015", "chi2", [2], 8.44, 0.015),
        ("$\\chi^{2}(2) = 8.44$, $p = .015$", "chi2", [2], 8.44, 0.015),
        ("t(28) = 2,10; p = 0,045", "t", [28], 2.10, 0.045),
        ("t(27,5) = 2,10; p = 0,045", "t", [27.5], 2.10, 0.045),
        ("*t*(28) = −2.10, *p* = .045", "t", [28], -2.10, 0.045),
        ("F(2, 57) = 3.4, p < .05", "F", [2, 57], 3.4, 0.05),
        ("F(2; 57) = 3,40; p = 0,040", "F", [2, 57], 3.40, 0.040),
        ("F(2,57) = 3.40, MSE = 12.1, p = .040", "F", [2, 57], 3.40, 0.040),
        ("r(48) = .32, p = .02", "r", [48], 0.32, 0.02),
        ("r(48) = 0,32; p = 0,02", "r", [48], 0.32, 0.02),
        ("z = 1.96, p = .05", "z", [], 1.96, 0.05),
        ("Z = 1,96; p = 0,05", "z", [], 1.96, 0.05),
        ("t(28) = 2.10, p = 4.5e-2", "t", [28], 2.10, 0.045),
        ("t(28) = 2.10, p = 4,5 × 10^-2", "t", [28], 2.10, 0.045),
    ] as [(String, String, [Double], Double, Double)])
    func notations(text: String, test: String, df: [Double], statistic: Double, p: Double) {
        let found = statements(text)
        #expect(found.count == 1, "\(text)")
        guard let s = found.first else { return }
        #expect(s.test.rawValue == test)
        #expect(s.df == df)
        #expect(abs(s.statistic - statistic) < 1e-12)
        #expect(abs(s.reportedP - p) < 1e-15)
        #expect(!s.inconsistent, "\(text): computed \(s.computedP)")
    }

    @Test("computed p values", arguments: [
        ("t(28) = 2.10, p = .045", 0.044863224128917044),
        ("F(2, 57) = 3.4, p = .04", 0.04027578771451294),
        ("r(48) = .32, p = .02", 0.023485526327821395),
        ("z = 1.96, p = .05", 0.04999579029644087),
    ])
    func computed(text: String, p: Double) {
        let s = statements(text).first
        #expect(s.map { abs($0.computedP - p) < 1e-12 * p } == true)
    }

    @Test("not statements: no p, p = n.s., a word ending in t, an n in parentheses")
    func notStatements() {
        for text in [
            "t(28) = 2.10 was the largest value.", "Het effect (t(40) = 0,50; p = n.s.) was klein.",
            "Het (28) = 2 en p = 1.", "resp. $n = 41$ en $n = 15$", "Vol. 16:2 p179-191", "x2(3) = 4, p = .2",
        ] {
            #expect(statements(text).isEmpty, "\(text)")
        }
        let report = Statcheck.check(lines: [SourceLine(number: 1, text: "Geen effect (t(40) = 0,50; p = n.s.).")], alpha: 0.05)
        #expect(report.ignoredNotSignificant == 1)
    }

    @Test("thousands separators: 1.234,5 is 1234.5; a single separator is a decimal")
    func thousands() {
        let dutch = statements("χ²(1) = 1.234,5; p < 0,001").first
        #expect(dutch?.statistic == 1234.5)
        #expect(dutch?.inconsistent == false)
        let english = statements("χ²(1) = 1,234.5, p < .001").first
        #expect(english?.statistic == 1234.5)
        let single = statements("χ²(1) = 1.234, p = .27").first
        #expect(single?.statistic == 1.234)
        #expect(single?.inconsistent == false)
        #expect(statements("χ²(1) = 1.23.4, p = .27").isEmpty)
    }

    @Test("rounding: the statistic's last digit widens the range of p")
    func rounding() {
        // χ²(2) = 8.44 gives p in [0.01466, 0.01474]: .015 is right (rounds), .02 is not.
        #expect(statements("χ²(2) = 8.44, p = .015").first?.inconsistent == false)
        #expect(statements("χ²(2) = 8.44, p = .02").first?.inconsistent == true)
        // With one decimal, 8.4 stands for [8.35, 8.45]: p in [0.0146, 0.0154], so .015 fits.
        #expect(statements("χ²(2) = 8.4, p = .015").first?.inconsistent == false)
        // p = .000 is p below .0005.
        #expect(statements("t(100) = 5.00, p = .000").first?.inconsistent == false)
    }

    @Test("comparisons: <, >, ≤ and decision errors")
    func comparisons() {
        #expect(statements("t(28) = 2.10, p < .05").first?.inconsistent == false)
        #expect(statements("t(28) = 2.10, p < .01").first?.inconsistent == true)
        #expect(statements("t(28) = 2.10, p < .01").first?.decisionError == false)
        #expect(statements("t(28) = 1.50, p < .05").first?.decisionError == true)
        #expect(statements("t(28) = 1.50, p > .05").first?.inconsistent == false)
        #expect(statements("t(28) = 2.50, p > .05").first?.decisionError == true)
        #expect(statements("t(28) = 2.50, p ≤ .05").first?.reportedComparison == .lessOrEqual)
        #expect(statements("t(28) = 2.50, p <= .05").first?.inconsistent == false)
        // A reported p = .05 counts as significant: computed .07 makes it a decision error.
        let s = statements("F(1, 40) = 3.45, p = .05").first
        #expect(s?.inconsistent == true)
        #expect(s?.decisionError == true)
    }

    @Test("one-sided marks halve the p of t, z and r, not of χ² and F")
    func oneSided() {
        for mark in ["(eenzijdig)", "[1-zijdig]", ", one-tailed", "(one-sided)", "(éénzijdig)"] {
            let s = statements("t(20) = 1.80, p = .043 \(mark)").first
            #expect(s?.oneSided == true, "\(mark)")
            #expect(s?.inconsistent == false, "\(mark)")
        }
        #expect(statements("t(20) = 1.80, p = .043 [2-zijdig]").first?.inconsistent == true)
        #expect(statements("Een eenzijdige toets gaf t(20) = 1,80; p = 0,043.").first?.oneSided == true)
        #expect(statements("χ²(1) = 3.00, p = .08 (one-sided)").first?.oneSided == false)
        // The mark of the first statement does not carry over to the second.
        let two = statements("Eerst t(20) = 1,80; p = 0,043 (eenzijdig), daarna t(20) = 1,80; p = 0,087.")
        #expect(two.map(\.oneSided) == [true, false])
        #expect(two.map(\.inconsistent) == [false, false])
    }

    @Test("claims: words, negation, hedges and the clause of each statement")
    func claims() {
        let claim = "Er is een significant verschil (t(28) = 1,50; p = 0,14)."
        #expect(statements(claim).first?.significanceClaimError == true)
        for text in [
            "Er is geen verschil (t(28) = 1,50; p = 0,14).", "Het verschil is niet significant (t(28) = 1,50; p = 0,14).",
            "There was no difference (t(28) = 1.50, p = .14).", "The difference was not significant (t(28) = 1.50, p = .14).",
            "De groepen verschilden niet (t(28) = 1,50; p = 0,14).", "Er is een marginaal significant verschil (t(28) = 1,50; p = 0,14).",
            "De toets gaf t(28) = 1,50; p = 0,14.", "Het hoger onderwijs gaf t(28) = 1,50; p = 0,14.",
            "Meer dan 60% stemde in (t(28) = 1,50; p = 0,14).",
        ] {
            #expect(statements(text).first?.significanceClaimError == false, "\(text)")
        }
        for text in [
            "Studenten scoren hoger dan professionals (t(28) = 1,50; p = 0,14).", "Women agreed more often than men (t(28) = 1.50, p = .14).",
            "Vrouwen zijn het hier meer mee eens dan mannen (t(28) = 1,50; p = 0,14).", "The groups differed (t(28) = 1.50, p = .14).",
        ] {
            #expect(statements(text).first?.significanceClaimError == true, "\(text)")
        }
        let mixed = statements("Groep A verschilde van groep B (t(28) = 2,50; p = 0,02), maar niet van groep C (t(28) = 1,10; p = 0,28).")
        #expect(mixed.map(\.presentedAsSignificant) == [true, false])
        #expect(mixed.map(\.significanceClaimError) == [false, false])
        let shared = statements("Er zijn verschillen voor A (t(28) = 2,50; p = 0,02) en voor B (t(28) = 1,10; p = 0,28).")
        #expect(shared.map(\.significanceClaimError) == [false, true])
        // A claim in another sentence of the same line does not count.
        let other = statements("De groepen verschillen. Daarna gaf de toets t(28) = 1,10; p = 0,28.")
        #expect(other.first?.presentedAsSignificant == false)
    }

    @Test("impossible values are listed as skipped, not checked")
    func skipped() {
        let report = Statcheck.check(lines: [
            SourceLine(number: 1, text: "r(40) = 1.20, p = .01"), SourceLine(number: 2, text: "F(2, 30) = -1.0, p = .5"),
            SourceLine(number: 3, text: "t(0) = 2.0, p = .05"), SourceLine(number: 4, text: "t(20) = 2.0, p = 1.5"),
        ], alpha: 0.05)
        #expect(report.statements.isEmpty)
        #expect(report.skippedStatements.map(\.line) == [1, 2, 3, 4])
    }

    @Test("alpha: another level changes the decisions; an invalid alpha becomes 0.05 with a note")
    func alpha() {
        #expect(statements("t(28) = 1.80, p = .08", alpha: 0.10).first?.decisionError == false)
        let claim = "Er is een significant verschil (t(28) = 1,80; p = 0,08)."
        #expect(statements(claim, alpha: 0.10).first?.significanceClaimError == false)
        let report = Statcheck.check(lines: [SourceLine(number: 1, text: claim)], alpha: 2)
        #expect(report.alpha == 0.05)
        #expect(report.notes.count == 1)
    }
}
