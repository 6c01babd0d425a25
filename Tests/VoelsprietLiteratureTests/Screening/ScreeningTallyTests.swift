import Foundation
import Testing
import VoelsprietStatistics

@testable import VoelsprietLiterature

private func at(_ minutes: Double) -> Date { Date(timeIntervalSince1970: 1_700_000_000 + minutes * 60) }

@Suite("Screening tallies, PRISMA feed and reviewer agreement")
struct ScreeningTallyTests {
    /// Ten records screened by anna and bram at title/abstract; votes written out by hand.
    static let votes: [(String, ScreeningVerdict, ScreeningVerdict)] = [
        ("r1", .include, .include), ("r2", .include, .include), ("r3", .exclude, .exclude), ("r4", .exclude, .exclude),
        ("r5", .exclude, .exclude), ("r6", .exclude, .exclude), ("r7", .include, .exclude), ("r8", .maybe, .include),
        ("r9", .exclude, .maybe), ("r10", .exclude, .exclude),
    ]

    static var decisions: [ScreeningDecision] {
        votes.flatMap { id, a, b in
            [try! ScreeningDecision(recordID: id, reviewer: "anna", stage: .titleAbstract, verdict: a, date: at(1)),
             try! ScreeningDecision(recordID: id, reviewer: "bram", stage: .titleAbstract, verdict: b, date: at(2))]
        }
    }

    @Test("title/abstract tally: agreements, conflicts, a resolution")
    func tally() throws {
        let assignments = Self.votes.map { ScreeningAssignment(recordID: $0.0, reviewers: ["anna", "bram"]) }
            + [ScreeningAssignment(recordID: "r11", reviewers: ["anna", "bram"])]
        let resolution = try ConflictResolution(recordID: "r7", stage: .titleAbstract, resolver: "cas", outcome: .include, method: .thirdReviewer, date: at(5))
        let t = BlindScreening.tally(stage: .titleAbstract, assignments: assignments, decisions: Self.decisions, resolutions: [resolution])
        #expect(t.records == 11)
        #expect(t.awaiting == 1)
        #expect(t.agreedInclude == 2 && t.agreedExclude == 5)
        #expect(t.conflicts == 2)  // r8 and r9 (maybe)
        #expect(t.resolvedInclude == 1 && t.included == 3 && t.excluded == 5)
        #expect(t.exclusionReasons == [PrismaReasonCount(ScreeningTally.unspecifiedReason, 5)])
    }

    @Test("full-text reasons: earliest reviewer's reason, resolution's reason, sorted by count; PRISMA fields filled")
    func fullTextReasons() throws {
        func ft(_ id: String, _ who: String, _ verdict: ScreeningVerdict, _ reason: String?, _ minute: Double) throws -> ScreeningDecision {
            try ScreeningDecision(recordID: id, reviewer: who, stage: .fullText, verdict: verdict, reason: reason, date: at(minute))
        }
        let decisions = [
            try ft("a", "anna", .exclude, "Wrong setting", 1), try ft("a", "bram", .exclude, "Wrong population", 2),
            try ft("b", "anna", .exclude, "Wrong population", 3), try ft("b", "bram", .exclude, "Wrong population", 1),
            try ft("c", "anna", .include, nil, 1), try ft("c", "bram", .exclude, "Too old", 1),
            try ft("d", "anna", .include, nil, 1), try ft("d", "bram", .include, nil, 1),
        ]
        let settle = try ConflictResolution(recordID: "c", stage: .fullText, resolver: "cas", outcome: .exclude, method: .consensus, reason: "Too old", date: at(9))
        let assignments = ["a", "b", "c", "d"].map { ScreeningAssignment(recordID: $0, reviewers: ["anna", "bram"]) }
        let fullText = BlindScreening.tally(stage: .fullText, assignments: assignments, decisions: decisions, resolutions: [settle])
        #expect(fullText.exclusionReasons == [
            PrismaReasonCount("Too old", 1), PrismaReasonCount("Wrong population", 1), PrismaReasonCount("Wrong setting", 1),
        ])
        #expect(fullText.included == 1 && fullText.excluded == 3)

        var titleAbstract = ScreeningTally(stage: .titleAbstract)
        titleAbstract.records = 20
        titleAbstract.agreedExclude = 16
        var counts = PrismaCounts(
            databases: [PrismaSourceCount("Scopus", 25)], duplicatesRemoved: 5, screened: 0, excludedAtScreening: 0,
            reportsSought: 4, reportsNotRetrieved: 0, reportsAssessed: 0, reportsExcluded: [], includedStudies: 1, includedReports: 1)
        counts.apply(titleAbstract: titleAbstract, fullText: fullText)
        #expect(counts.screened == 20 && counts.excludedAtScreening == 16 && counts.reportsAssessed == 4)
        #expect(counts.reportsExcludedTotal == 3)
        #expect(counts.validate().isEmpty)
    }

    @Test("kappa per reviewer pair equals Cohen's kappa on the hand-made table")
    func agreement() throws {
        var decisions = Self.decisions
        // A third reviewer who only shares r1 and r2 with anna (and both are include: undefined κ).
        decisions += ["r1", "r2"].map { try! ScreeningDecision(recordID: $0, reviewer: "cas", stage: .titleAbstract, verdict: .include, date: at(3)) }
        decisions.append(try ScreeningDecision(recordID: "x", reviewer: "anna", stage: .fullText, verdict: .include, date: at(3)))
        let result = BlindScreening.agreement(stage: .titleAbstract, decisions: decisions)
        #expect(result.map(\.pair) == [ReviewerPair("anna", "bram"), ReviewerPair("anna", "cas"), ReviewerPair("bram", "cas")])
        let annaBram = try result[0].kappa.get()
        // Categories sorted: exclude, include, maybe. Rows anna, columns bram, from `votes`.
        let table = [[5, 0, 1], [1, 2, 0], [0, 1, 0]]
        let expected = try CohenKappa.compute(table)
        #expect(result[0].records == 10)
        #expect(annaBram == expected)
        // pₒ = 7/10; pₑ = (6·6 + 3·3 + 1·1)/100 = 0.46; κ = 0.24/0.54.
        #expect(abs(annaBram.kappa - 0.24 / 0.54) < 1e-12)
        #expect(result[1].records == 2)
        #expect(throws: AgreementNotComputable.allRatingsInOneCategory) { try result[1].kappa.get() }
    }
}
