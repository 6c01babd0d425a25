import Foundation
import Testing

@testable import VoelsprietLiterature

private func at(_ minutes: Double) -> Date { Date(timeIntervalSince1970: 1_700_000_000 + minutes * 60) }

private func vote(
    _ record: String, _ reviewer: String, _ verdict: ScreeningVerdict, stage: ScreeningStage = .titleAbstract,
    reason: String? = nil, minute: Double = 0
) -> ScreeningDecision {
    try! ScreeningDecision(recordID: record, reviewer: reviewer, stage: stage, verdict: verdict, reason: reason, date: at(minute))
}

@Suite("Blind dual screening rules")
struct BlindScreeningTests {
    let pair: Set<String> = ["anna", "bram"]

    @Test("state: awaiting until both decided, then agreed or conflict")
    func states() {
        let a = vote("r1", "anna", .include)
        #expect(BlindScreening.state(recordID: "r1", stage: .titleAbstract, decisions: [], assignedReviewers: pair) == .awaiting(remaining: 2))
        #expect(BlindScreening.state(recordID: "r1", stage: .titleAbstract, decisions: [a], assignedReviewers: pair) == .awaiting(remaining: 1))
        let both = [a, vote("r1", "bram", .include)]
        #expect(BlindScreening.state(recordID: "r1", stage: .titleAbstract, decisions: both, assignedReviewers: pair) == .agreed(.include))
        let split = [a, vote("r1", "bram", .exclude)]
        #expect(BlindScreening.state(recordID: "r1", stage: .titleAbstract, decisions: split, assignedReviewers: pair) == .conflict)
        // Someone not assigned does not count towards agreement.
        let outsider = [a, vote("r1", "cas", .include)]
        #expect(BlindScreening.state(recordID: "r1", stage: .titleAbstract, decisions: outsider, assignedReviewers: pair) == .awaiting(remaining: 1))
        // Another stage or record is ignored.
        let other = [a, vote("r1", "bram", .include, stage: .fullText), vote("r2", "bram", .include)]
        #expect(BlindScreening.state(recordID: "r1", stage: .titleAbstract, decisions: other, assignedReviewers: pair) == .awaiting(remaining: 1))
        #expect(BlindScreening.state(recordID: "r1", stage: .titleAbstract, decisions: [], assignedReviewers: []) == .awaiting(remaining: 0))
    }

    @Test("the latest decision of a reviewer counts")
    func latest() {
        let decisions = [vote("r1", "anna", .exclude, minute: 5), vote("r1", "anna", .include, minute: 1), vote("r1", "bram", .exclude, minute: 2)]
        #expect(BlindScreening.state(recordID: "r1", stage: .titleAbstract, decisions: decisions, assignedReviewers: pair) == .agreed(.exclude))
    }

    @Test("maybe: a conflict by default, include under countsAsInclude (Covidence's rule)")
    func maybe() {
        let bothMaybe = [vote("r1", "anna", .maybe), vote("r1", "bram", .maybe)]
        let mixed = [vote("r1", "anna", .maybe), vote("r1", "bram", .include)]
        let against = [vote("r1", "anna", .maybe), vote("r1", "bram", .exclude)]
        for decisions in [bothMaybe, mixed, against] {
            #expect(BlindScreening.state(recordID: "r1", stage: .titleAbstract, decisions: decisions, assignedReviewers: pair) == .conflict)
        }
        let lenient = MaybePolicy.countsAsInclude
        #expect(BlindScreening.state(recordID: "r1", stage: .titleAbstract, decisions: bothMaybe, assignedReviewers: pair, maybePolicy: lenient) == .agreed(.include))
        #expect(BlindScreening.state(recordID: "r1", stage: .titleAbstract, decisions: mixed, assignedReviewers: pair, maybePolicy: lenient) == .agreed(.include))
        #expect(BlindScreening.state(recordID: "r1", stage: .titleAbstract, decisions: against, assignedReviewers: pair, maybePolicy: lenient) == .conflict)
    }

    @Test("a resolution settles a conflict but does not overrule an agreement")
    func resolution() throws {
        let split = [vote("r1", "anna", .include), vote("r1", "bram", .exclude)]
        let settle = try ConflictResolution(recordID: "r1", stage: .titleAbstract, resolver: "cas", outcome: .include, method: .thirdReviewer, date: at(9))
        let state = BlindScreening.state(recordID: "r1", stage: .titleAbstract, decisions: split, assignedReviewers: pair, resolution: settle)
        #expect(state == .resolved(by: "cas", outcome: .include, method: .thirdReviewer))
        #expect(state.advances)
        let agreed = [vote("r1", "anna", .include), vote("r1", "bram", .include)]
        let overrule = try ConflictResolution(recordID: "r1", stage: .titleAbstract, resolver: "cas", outcome: .exclude, method: .consensus, date: at(9))
        #expect(BlindScreening.state(recordID: "r1", stage: .titleAbstract, decisions: agreed, assignedReviewers: pair, resolution: overrule) == .agreed(.include))
        #expect(!RecordScreeningState.conflict.advances && !RecordScreeningState.agreed(.exclude).advances)
        #expect(RecordScreeningState.agreed(.include).advances)
    }

    @Test("blinding: nothing of others until the viewer and all assigned reviewers have decided")
    func visibility() {
        let a = vote("r1", "anna", .include)
        let b = vote("r1", "bram", .exclude)
        func seen(_ who: String, _ decisions: [ScreeningDecision]) -> Set<String> {
            Set(BlindScreening.visibleDecisions(for: who, recordID: "r1", stage: .titleAbstract, decisions: decisions, assignedReviewers: pair).map(\.reviewer))
        }
        #expect(seen("anna", [a]) == ["anna"])
        #expect(seen("bram", [a]) == [])  // bram has not decided: sees nothing, not even that anna did
        #expect(seen("cas", [a]) == [])  // a third reviewer waits for both
        #expect(seen("anna", [a, b]) == ["anna", "bram"])
        #expect(seen("bram", [a, b]) == ["anna", "bram"])
        #expect(seen("cas", [a, b]) == ["anna", "bram"])
        // Three assigned: two decided is not enough.
        let trio: Set<String> = ["anna", "bram", "dirk"]
        let both = BlindScreening.visibleDecisions(for: "anna", recordID: "r1", stage: .titleAbstract, decisions: [a, b], assignedReviewers: trio)
        #expect(both.map(\.reviewer) == ["anna"])
    }

    @Test("stage rules: full text needs include/exclude and a reason to exclude")
    func rules() {
        #expect(throws: ScreeningRuleError.reasonRequired(recordID: "r1")) {
            try ScreeningDecision(recordID: "r1", reviewer: "anna", stage: .fullText, verdict: .exclude, reason: "  ", date: at(0))
        }
        #expect(throws: ScreeningRuleError.maybeAtFullText(recordID: "r1")) {
            try ScreeningDecision(recordID: "r1", reviewer: "anna", stage: .fullText, verdict: .maybe, date: at(0))
        }
        #expect(throws: ScreeningRuleError.reasonRequired(recordID: "r1")) {
            try ConflictResolution(recordID: "r1", stage: .fullText, resolver: "cas", outcome: .exclude, method: .consensus, date: at(0))
        }
        let ok = try? ScreeningDecision(recordID: "r1", reviewer: "anna", stage: .titleAbstract, verdict: .exclude, reason: " ", date: at(0))
        #expect(ok?.reason == nil)
    }
}
