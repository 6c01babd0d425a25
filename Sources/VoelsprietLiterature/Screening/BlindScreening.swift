/// Where one record stands at one stage of blind dual (or multiple) screening.
public enum RecordScreeningState: Sendable, Hashable {
    /// Not every assigned reviewer has decided yet; `remaining` still have to (0: nobody is
    /// assigned yet).
    case awaiting(remaining: Int)
    /// All assigned reviewers decided the same way.
    case agreed(ScreeningOutcome)
    /// The reviewers differ (or someone said maybe, under `MaybePolicy.needsDiscussion`) and
    /// nobody has settled it.
    case conflict
    /// A conflict settled by a third reviewer or by consensus.
    case resolved(by: String, outcome: ScreeningOutcome, method: ResolutionMethod)

    /// The record's final outcome at this stage, if it has one.
    public var outcome: ScreeningOutcome? {
        switch self {
        case .agreed(let outcome), .resolved(_, let outcome, _): outcome
        case .awaiting, .conflict: nil
        }
    }

    /// Whether the record goes on to the next stage (full text after title/abstract, inclusion
    /// after full text): agreed include or resolved include.
    public var advances: Bool { outcome == .include }
}

/// What a `maybe` vote means at title/abstract.
///
/// The tools differ, as their help pages say (checked through the `search` tool):
/// - Covidence treats "maybe" exactly as "yes": yes/maybe + yes/maybe moves on to full text,
///   yes/maybe + no is a conflict (support.covidence.org, "Voting maybe"). That is
///   `countsAsInclude`.
/// - Rayyan treats "maybe" as tentative, not final: a record with a maybe sits in a Maybe list
///   until someone decides; only include against exclude is called a conflict
///   (help.rayyan.ai, "Screening conflicts FAQ").
///
/// Our default, `needsDiscussion`, follows Rayyan's principle but makes it visible: a record
/// with any maybe does not advance and is counted as a conflict, so it shows up in the
/// resolution queue and in the PRISMA arithmetic instead of sitting unnoticed.
public enum MaybePolicy: String, Sendable, Hashable, Codable {
    /// Any `maybe` makes the record a conflict to settle, even when both reviewers said maybe.
    case needsDiscussion
    /// `maybe` counts as include (Covidence): include + maybe and maybe + maybe advance; only
    /// exclude against include/maybe is a conflict.
    case countsAsInclude
}

/// The rules of blind screening as pure functions over decisions. Pass all decisions of a
/// record (any stage; others are ignored). When a reviewer decided more than once, the latest
/// decision counts (ties: the later one in the array).
public enum BlindScreening {
    /// Each assigned reviewer's current decision on the record at the stage.
    static func current(
        _ decisions: [ScreeningDecision], recordID: String, stage: ScreeningStage
    ) -> [String: ScreeningDecision] {
        var latest: [String: ScreeningDecision] = [:]
        for decision in decisions where decision.recordID == recordID && decision.stage == stage {
            if let seen = latest[decision.reviewer], seen.date > decision.date { continue }
            latest[decision.reviewer] = decision
        }
        return latest
    }

    /// The record's state. Decisions of reviewers not assigned to it are ignored. A resolution
    /// is consulted only when the reviewers' votes are in conflict: it settles a conflict, it
    /// does not overrule an agreement.
    public static func state(
        recordID: String, stage: ScreeningStage, decisions: [ScreeningDecision], assignedReviewers: Set<String>,
        resolution: ConflictResolution? = nil, maybePolicy: MaybePolicy = .needsDiscussion
    ) -> RecordScreeningState {
        let votes = current(decisions, recordID: recordID, stage: stage).filter { assignedReviewers.contains($0.key) }
        let remaining = assignedReviewers.count - votes.count
        if assignedReviewers.isEmpty { return .awaiting(remaining: 0) }
        if remaining > 0 { return .awaiting(remaining: remaining) }
        let verdicts = Set(votes.values.map(\.verdict))
        let agreed: ScreeningOutcome? = switch maybePolicy {
        case .needsDiscussion: verdicts == [.include] ? .include : verdicts == [.exclude] ? .exclude : nil
        case .countsAsInclude: verdicts == [.exclude] ? .exclude : verdicts.contains(.exclude) ? nil : .include
        }
        if let agreed { return .agreed(agreed) }
        if let resolution, resolution.recordID == recordID, resolution.stage == stage {
            return .resolved(by: resolution.resolver, outcome: resolution.outcome, method: resolution.method)
        }
        return .conflict
    }

    /// The decisions on the record at the stage that `reviewer` may see. A reviewer always sees
    /// their own. Other reviewers' decisions stay hidden until the reviewer has decided and all
    /// assigned reviewers have decided (so nobody can be steered, and nobody can see a vote by
    /// peeking before deciding). Someone not assigned (a third reviewer settling a conflict)
    /// sees everything once all assigned reviewers have decided, and nothing before.
    public static func visibleDecisions(
        for reviewer: String, recordID: String, stage: ScreeningStage, decisions: [ScreeningDecision],
        assignedReviewers: Set<String>
    ) -> [ScreeningDecision] {
        let relevant = decisions.filter { $0.recordID == recordID && $0.stage == stage }
        let votes = current(decisions, recordID: recordID, stage: stage)
        let allDecided = !assignedReviewers.isEmpty && assignedReviewers.allSatisfy { votes[$0] != nil }
        let ownDecided = votes[reviewer] != nil || !assignedReviewers.contains(reviewer)
        if allDecided && ownDecided { return relevant }
        return relevant.filter { $0.reviewer == reviewer }
    }
}
