import Foundation
import Testing

@testable import VoelsprietStatistics

/// |a − b| ≤ relative · |b| + absolute.
private func near(_ a: Double, _ b: Double, relative: Double = 1e-10, absolute: Double = 1e-12) -> Bool {
    abs(a - b) <= relative * abs(b) + absolute
}

@Suite("Cohen's and Fleiss' kappa against statsmodels and scikit-learn")
struct AgreementTests {
    @Test("Cohen's kappa, its two standard errors and the 95% interval match statsmodels; kappa matches sklearn")
    func cohenMatchesReferences() throws {
        let cases = try FixtureLoader.cases("agreement").filter { $0["kind"] as? String == "cohen" }
        #expect(cases.count >= 12)
        for entry in cases {
            let table = FixtureLoader.table(entry["table"])
            let result = try CohenKappa.compute(table)
            let note = entry["note"] as? String ?? ""
            #expect(near(result.kappa, FixtureLoader.double(entry["kappa"])!), "\(note): κ \(result.kappa)")
            #expect(near(result.kappa, FixtureLoader.double(entry["sklearn_kappa"])!), "\(note): sklearn")
            // statsmodels leaves ~3e-9 of rounding noise where the true SE is 0; hence the absolute term.
            #expect(near(result.standardError, FixtureLoader.double(entry["std_kappa"])!, absolute: 1e-8), "\(note): SE")
            #expect(near(result.standardErrorUnderNull, FixtureLoader.double(entry["std_kappa0"])!), "\(note): SE0")
            let interval = result.confidenceInterval95
            #expect(near(interval.lowerBound, FixtureLoader.double(entry["kappa_low"])!, absolute: 2e-8), "\(note): low")
            #expect(near(interval.upperBound, FixtureLoader.double(entry["kappa_upp"])!, absolute: 2e-8), "\(note): upp")
        }
    }

    @Test("a 2×2 worked by hand: pₒ = 0.7, pₑ = 0.5, κ = 0.4")
    func handWorked() throws {
        // 50 items: agree on 20 + 15; rater 1 says yes 25 times, rater 2 30 times.
        // pₑ = 0.5·0.6 + 0.5·0.4 = 0.5, κ = (0.7 − 0.5) / 0.5 = 0.4.
        let result = try CohenKappa.compute([[20, 5], [10, 15]])
        #expect(near(result.observedAgreement, 0.7))
        #expect(near(result.expectedAgreement, 0.5))
        #expect(near(result.kappa, 0.4))
        #expect(result.n == 50)
    }

    @Test("rating lists give the same result as the table they make")
    func fromLists() throws {
        let first = ["in", "in", "out", "out", "out", "maybe", "in", "out"]
        let second = ["in", "out", "out", "out", "in", "maybe", "in", "maybe"]
        // Sorted categories: in, maybe, out. Rows rater 1, columns rater 2.
        let table = [[2, 0, 1], [0, 1, 0], [1, 1, 2]]
        #expect(try CohenKappa.compute(first, second) == CohenKappa.compute(table))
    }

    @Test("all ratings in one category: a reason, not NaN (statsmodels and sklearn give NaN)")
    func undefined() throws {
        let entry = try #require(try FixtureLoader.cases("agreement").first { $0["kind"] as? String == "cohen_undefined" })
        #expect(entry["sklearn_kappa"] is NSNull)
        let table = FixtureLoader.table(entry["table"])
        #expect(throws: AgreementNotComputable.allRatingsInOneCategory) { try CohenKappa.compute(table) }
        #expect(throws: AgreementNotComputable.allRatingsInOneCategory) { try CohenKappa.compute(["x", "x"], ["x", "x"]) }
        #expect(throws: AgreementNotComputable.allRatingsInOneCategory) {
            try FleissKappa.compute([[3, 0], [3, 0]])
        }
    }

    @Test("malformed input is refused with a reason")
    func malformed() {
        #expect(throws: AgreementNotComputable.noRatings) { try CohenKappa.compute([[0, 0], [0, 0]]) }
        #expect(throws: AgreementNotComputable.notSquare(rows: 2, columns: 3)) { try CohenKappa.compute([[1, 2, 3], [4, 5, 6]]) }
        #expect(throws: AgreementNotComputable.unequalLengths(first: 2, second: 1)) { try CohenKappa.compute(["a", "b"], ["a"]) }
        #expect(throws: AgreementNotComputable.unequalRaterCounts(subject: 1, expected: 3, found: 2)) {
            try FleissKappa.compute([[1, 2], [1, 1]])
        }
        #expect(throws: AgreementNotComputable.fewerThanTwoRaters) { try FleissKappa.compute([[1, 0], [0, 1]]) }
    }

    @Test("Fleiss' kappa matches statsmodels; both null SEs match exact evaluations")
    func fleissMatchesReferences() throws {
        let cases = try FixtureLoader.cases("agreement").filter { $0["kind"] as? String == "fleiss" }
        #expect(cases.count >= 5)
        for entry in cases {
            let result = try FleissKappa.compute(FixtureLoader.table(entry["table"]))
            let note = entry["note"] as? String ?? ""
            #expect(near(result.kappa, FixtureLoader.double(entry["kappa"])!), "\(note): κ \(result.kappa)")
            #expect(near(result.standardErrorUnderNull, FixtureLoader.double(entry["se0"])!), "\(note): SE0")
            #expect(near(result.standardErrorUnderNullFleiss1971, FixtureLoader.double(entry["se0_fleiss1971"])!), "\(note): 1971")
        }
    }

    @Test("Fleiss' kappa with two raters is Scott's pi, not Cohen's kappa")
    func fleissTwoRaters() throws {
        // Pairs (a,a) (b,b) (a,b) (a,a) (b,b). Fleiss pools both raters: shares 5/10 each, so
        // pₑ = 0.5 and κ = (0.8 − 0.5) / 0.5 = 0.6. Cohen keeps the raters' own margins, a: 3/5 and
        // 2/5, b: 2/5 and 3/5, so pₑ = 0.48 and κ = 0.32 / 0.52 ≈ 0.615.
        let fleiss = try FleissKappa.compute([[2, 0], [0, 2], [1, 1], [2, 0], [0, 2]])
        #expect(near(fleiss.kappa, 0.6))
        let cohen = try CohenKappa.compute(["a", "b", "a", "a", "b"], ["a", "b", "b", "a", "b"])
        #expect(near(cohen.kappa, (0.8 - 0.48) / 0.52))
    }
}
