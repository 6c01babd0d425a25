import Foundation
import VoelsprietLiterature
import VoelsprietStorage
import VoelsprietWorkspace

/// Blind dual screening: the lead assigns reviewers per stage; each assigned reviewer decides
/// every record on their own, seeing nobody else's decision until all assigned reviewers have
/// decided that record; disagreements (and, by default, any "maybe") become conflicts that a
/// third reviewer or the reviewers together settle.
extension LiteratureService {
    /// A stage as the screening page shows it to one member.
    public struct StageStatus: Sendable {
        public var stage: ScreeningStage
        public var reviewers: [String]
        public var assignedToMe: Bool
        /// Records at this stage, and how many this member has decided.
        public var records: Int
        public var decidedByMe: Int
        public var tally: ScreeningTally
        public var agreement: [ReviewerAgreement]
    }

    public func screeningStatus(_ access: StudyAccess) async throws -> [StageStatus] {
        try access.require(.screenLiterature)
        let snapshot = try await snapshot(access.slug)
        let me = access.actor.auditName
        return ScreeningStage.allCases.map { stage in
            let eligible = snapshot.eligible(stage)
            return StageStatus(
                stage: stage, reviewers: snapshot.reviewers(stage).sorted(), assignedToMe: snapshot.reviewers(stage).contains(me),
                records: eligible.count, decidedByMe: eligible.filter { snapshot.own(me, $0, stage) != nil }.count,
                tally: snapshot.tally(stage), agreement: snapshot.agreement(stage))
        }
    }

    /// The record to screen, with what the page shows beside it.
    public struct ScreeningItem: Sendable {
        public var record: StoredLiteratureRecord
        public var stage: ScreeningStage
        /// The member's own earlier decision on it (when going back to change it).
        public var own: ScreeningDecision?
        public var decided: Int
        public var total: Int
        /// Whether the order comes from the model (enough decisions of both kinds) or is the
        /// stored order.
        public var prioritised: Bool
        public var stopping: StoppingAid?
        public var fullText: FullTextRow?
        /// The ids of the records that come after this one, for the page to load ahead.
        public var upcoming: [Int64]
    }

    /// The next record this member has not decided at the stage, most likely relevant first
    /// once the model has learnt from the member's own decisions; nil when all are done.
    public func nextForScreening(_ access: StudyAccess, stage: ScreeningStage, skipping: Set<Int64> = []) async throws -> ScreeningItem? {
        let (snapshot, me) = try await screener(access, stage)
        let eligible = snapshot.eligible(stage)
        let open = eligible.filter { snapshot.own(me, $0, stage) == nil && !skipping.contains($0.id) }
        guard !open.isEmpty else { return nil }
        let ordered = await prioritised(access.slug, stage: stage, eligible: eligible, snapshot: snapshot, reviewer: me)
        let openByID = Dictionary(uniqueKeysWithValues: open.map { ($0.id, $0) })
        let order = ordered.order.filter { openByID[$0] != nil }
        let record = order.first.flatMap { openByID[$0] } ?? open[0]
        return ScreeningItem(
            record: record, stage: stage, own: nil, decided: eligible.count - eligible.filter { snapshot.own(me, $0, stage) == nil }.count,
            total: eligible.count, prioritised: ordered.prioritised, stopping: ordered.stopping,
            fullText: stage == .fullText ? try await fullTextInfo(access.slug, record.id) : nil,
            upcoming: Array(order.drop { $0 != record.id }.dropFirst().prefix(3)))
    }

    /// One record at the stage, for this member (to look at again or change their decision).
    public func screeningItem(_ access: StudyAccess, stage: ScreeningStage, record id: Int64) async throws -> ScreeningItem {
        let (snapshot, me) = try await screener(access, stage)
        let eligible = snapshot.eligible(stage)
        guard let record = eligible.first(where: { $0.id == id }) else { throw Self.notAtStage(id) }
        return ScreeningItem(
            record: record, stage: stage, own: snapshot.own(me, record, stage),
            decided: eligible.filter { snapshot.own(me, $0, stage) != nil }.count, total: eligible.count, prioritised: false,
            stopping: nil, fullText: stage == .fullText ? try await fullTextInfo(access.slug, record.id) : nil, upcoming: [])
    }

    /// Records (or replaces) this member's decision on a record at a stage.
    public func decide(_ access: StudyAccess, stage: ScreeningStage, record id: Int64, verdict: ScreeningVerdict, reason: String?)
        async throws
    {
        let (snapshot, me) = try await screener(access, stage)
        guard let record = snapshot.eligible(stage).first(where: { $0.id == id }) else { throw Self.notAtStage(id) }
        // Once every assigned reviewer has decided, the votes are what they were: a changed vote
        // would rewrite an agreement or a settled conflict after the others could see it.
        if snapshot.complete(record, stage) {
            throw ServiceError.conflict(
                ServiceMessage(
                    nl: "Alle beoordelaars hebben dit record beoordeeld; de beslissingen liggen vast.",
                    en: "Every reviewer has decided this record; the decisions are final."))
        }
        do {
            _ = try ScreeningDecision(recordID: String(id), reviewer: me, stage: stage, verdict: verdict, reason: reason, date: Date())
        } catch {
            throw ServiceError.invalid(Self.ruleMessage(error))
        }
        try await repositories.literature.saveDecision(
            studySlug: access.slug,
            ScreeningDecisionRow(recordID: id, stage: stage.rawValue, username: me, decision: verdict.rawValue, reason: reason ?? ""))
    }

    /// A record in conflict, with every assigned reviewer's decision (all have decided).
    public struct Conflict: Sendable {
        public var record: StoredLiteratureRecord
        public var stage: ScreeningStage
        public var decisions: [ScreeningDecision]
    }

    /// The conflicts of both stages. Only records every assigned reviewer has decided can be
    /// in conflict, so the list shows no decision anyone could still be steered by.
    public func conflicts(_ access: StudyAccess) async throws -> [Conflict] {
        try access.require(.manageLiterature)
        let snapshot = try await snapshot(access.slug)
        return ScreeningStage.allCases.flatMap { stage in
            snapshot.eligible(stage).compactMap { record -> Conflict? in
                guard case .conflict = snapshot.state(record, stage) else { return nil }
                let votes = (snapshot.decisions[stage]?[String(record.id)] ?? []).filter { snapshot.reviewers(stage).contains($0.reviewer) }
                return Conflict(record: record, stage: stage, decisions: votes.sorted { $0.reviewer < $1.reviewer })
            }
        }
    }

    /// Settles a conflict. A third reviewer must not be one of those who decided it.
    public func resolve(
        _ access: StudyAccess, stage: ScreeningStage, record id: Int64, outcome: ScreeningOutcome, method: ResolutionMethod, reason: String?
    ) async throws {
        try access.require(.manageLiterature)
        let snapshot = try await snapshot(access.slug)
        let me = access.actor.auditName
        guard let record = snapshot.eligible(stage).first(where: { $0.id == id }) else { throw Self.notAtStage(id) }
        switch snapshot.state(record, stage) {
        case .conflict, .resolved: break
        case .awaiting:
            throw ServiceError.conflict(
                ServiceMessage(nl: "Nog niet alle beoordelaars hebben dit record beoordeeld.", en: "Not every reviewer has decided this record yet."))
        case .agreed:
            throw ServiceError.conflict(ServiceMessage(nl: "De beoordelaars zijn het hierover eens.", en: "The reviewers agree on this record."))
        }
        if method == .thirdReviewer, snapshot.reviewers(stage).contains(me) {
            throw ServiceError.invalid(
                ServiceMessage(
                    nl: "U hebt dit record zelf beoordeeld; kies 'in overleg' of laat een derde beoordelaar beslissen.",
                    en: "You decided this record yourself; choose 'by consensus' or let a third reviewer decide."))
        }
        do {
            _ = try ConflictResolution(recordID: String(id), stage: stage, resolver: me, outcome: outcome, method: method, reason: reason, date: Date())
        } catch {
            throw ServiceError.invalid(Self.ruleMessage(error))
        }
        let slug = access.slug
        _ = try await repositories.transaction { tx in
            try await tx.literature.saveResolution(
                studySlug: slug,
                ResolutionRow(recordID: id, stage: stage.rawValue, decision: outcome.rawValue, reason: reason ?? "", method: method.rawValue, resolvedBy: me))
            try await tx.audit.append(
                AuditEntry(actor: me, action: .screeningConflictResolved, study: slug, detail: "record \(id), \(stage.rawValue): \(outcome.rawValue) (\(method.rawValue))"))
            return true
        }
    }

    /// Sets who screens a stage. Each must be a member whose role may screen.
    public func assignReviewers(_ access: StudyAccess, stage: ScreeningStage, usernames: [String]) async throws {
        try await assignReviewers(access, [stage: usernames])
    }

    /// Sets who screens each given stage, all checked first and then saved together.
    public func assignReviewers(_ access: StudyAccess, _ stages: [ScreeningStage: [String]]) async throws {
        try access.require(.assignScreeners)
        let slug = access.slug
        let members = try await repositories.members.members(studySlug: slug)
        var checked: [(ScreeningStage, [String])] = []
        for (stage, usernames) in stages.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let names = Array(Set(usernames.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })).sorted()
            try Self.checkReviewers(names, members: members)
            checked.append((stage, names))
        }
        let actor = access.actor.auditName
        let assignments = checked
        _ = try await repositories.transaction { tx in
            try await tx.studies.lock(slug: slug)
            for (stage, names) in assignments {
                try await tx.literature.setAssignments(studySlug: slug, stage: stage.rawValue, usernames: names)
                try await tx.audit.append(
                    AuditEntry(actor: actor, action: .screenersAssigned, study: slug, detail: "\(stage.rawValue): \(names.joined(separator: ", "))"))
            }
            return true
        }
    }

    static func checkReviewers(_ names: [String], members: [StudyMember]) throws {
        for name in names {
            guard let member = members.first(where: { $0.username == name }) else {
                throw ServiceError.invalid(ServiceMessage(nl: "\(name) is geen lid van deze studie.", en: "\(name) is not a member of this study."))
            }
            guard AccessPolicy.allows(member.role, .screenLiterature) else {
                throw ServiceError.invalid(
                    ServiceMessage(nl: "\(name) heeft de rol \(member.role.rawValue) en kan niet screenen.", en: "\(name) has the role \(member.role.rawValue) and cannot screen."))
            }
        }
    }

    public func assignments(_ access: StudyAccess) async throws -> [ScreeningStage: [String]] {
        try access.require(.viewLiterature)
        var result: [ScreeningStage: [String]] = [:]
        for (stage, names) in try await repositories.literature.assignments(studySlug: access.slug) {
            if let stage = ScreeningStage(rawValue: stage) { result[stage] = names }
        }
        return result
    }

    // MARK: Helpers

    func snapshot(_ slug: String) async throws -> ReviewSnapshot {
        try await ReviewSnapshot.load(repositories, slug: slug, maybePolicy: try await loadSettings(slug).maybePolicy)
    }

    /// The snapshot and the member's name, once the member is known to be assigned to the stage.
    func screener(_ access: StudyAccess, _ stage: ScreeningStage) async throws -> (ReviewSnapshot, String) {
        try access.require(.screenLiterature)
        let snapshot = try await snapshot(access.slug)
        let me = access.actor.auditName
        guard snapshot.reviewers(stage).contains(me) else {
            throw ServiceError.forbidden(
                ServiceMessage(
                    nl: "U bent niet toegewezen aan deze fase; de leider van de studie wijst beoordelaars toe.",
                    en: "You are not assigned to this stage; the study's lead assigns reviewers."))
        }
        return (snapshot, me)
    }

    func fullTextInfo(_ slug: String, _ id: Int64) async throws -> FullTextRow? {
        try await repositories.literature.fullTexts(studySlug: slug).first { $0.recordID == id }
    }

    static func notAtStage(_ id: Int64) -> ServiceError {
        .notFound(ServiceMessage(nl: "Record \(id) staat niet in deze fase.", en: "Record \(id) is not screened at this stage."))
    }

    static func ruleMessage(_ error: any Error) -> ServiceMessage {
        switch error as? ScreeningRuleError {
        case .reasonRequired:
            ServiceMessage(nl: "Bij uitsluiten op volledige tekst hoort een reden.", en: "Excluding at full text needs a reason.")
        case .maybeAtFullText:
            ServiceMessage(nl: "Op volledige tekst is het insluiten of uitsluiten, niet misschien.", en: "At full text the decision is include or exclude, not maybe.")
        case nil: ServiceMessage(nl: "\(error)", en: "\(error)")
        }
    }
}
