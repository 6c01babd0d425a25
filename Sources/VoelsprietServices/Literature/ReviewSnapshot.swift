import Foundation
import VoelsprietLiterature
import VoelsprietStorage

/// Everything screening needs of a study at one moment, read once per request: the unique
/// records, who is assigned to each stage, all decisions and resolutions. The rules themselves
/// are `BlindScreening`'s; this only feeds them.
struct ReviewSnapshot: Sendable {
    /// Every record of the study, duplicates included, in stored order.
    let all: [StoredLiteratureRecord]
    /// Records that stand for themselves (not a duplicate of another), in stored order.
    let records: [StoredLiteratureRecord]
    let assignments: [ScreeningStage: Set<String>]
    let decisions: [ScreeningStage: [String: [ScreeningDecision]]]
    let resolutions: [ScreeningStage: [String: ConflictResolution]]
    let maybePolicy: MaybePolicy
    /// The stored rows, for the decision log.
    let decisionRows: [ScreeningDecisionRow]
    let resolutionRows: [ResolutionRow]

    static func load(_ repositories: Repositories, slug: String, maybePolicy: MaybePolicy) async throws -> ReviewSnapshot {
        let literature = repositories.literature
        let all = try await literature.records(studySlug: slug)
        var assignments: [ScreeningStage: Set<String>] = [:]
        for (stage, names) in try await literature.assignments(studySlug: slug) {
            if let stage = ScreeningStage(rawValue: stage) { assignments[stage] = Set(names) }
        }
        let decisionRows = try await literature.decisions(studySlug: slug, stage: nil)
        var decisions: [ScreeningStage: [String: [ScreeningDecision]]] = [:]
        for row in decisionRows {
            guard let decision = row.model else { continue }
            decisions[decision.stage, default: [:]][decision.recordID, default: []].append(decision)
        }
        let resolutionRows = try await literature.resolutions(studySlug: slug, stage: nil)
        var resolutions: [ScreeningStage: [String: ConflictResolution]] = [:]
        for row in resolutionRows {
            guard let resolution = row.model else { continue }
            resolutions[resolution.stage, default: [:]][resolution.recordID] = resolution
        }
        return ReviewSnapshot(
            all: all, records: all.filter { $0.duplicateOf == nil }, assignments: assignments, decisions: decisions, resolutions: resolutions,
            maybePolicy: maybePolicy, decisionRows: decisionRows, resolutionRows: resolutionRows)
    }

    func reviewers(_ stage: ScreeningStage) -> Set<String> { assignments[stage] ?? [] }

    func state(_ record: StoredLiteratureRecord, _ stage: ScreeningStage) -> RecordScreeningState {
        let id = String(record.id)
        return BlindScreening.state(
            recordID: id, stage: stage, decisions: decisions[stage]?[id] ?? [], assignedReviewers: reviewers(stage),
            resolution: resolutions[stage]?[id], maybePolicy: maybePolicy)
    }

    /// The records screened at a stage: every unique record at title/abstract; at full text
    /// those that advanced from title/abstract.
    func eligible(_ stage: ScreeningStage) -> [StoredLiteratureRecord] {
        switch stage {
        case .titleAbstract: records
        case .fullText: records.filter { state($0, .titleAbstract).advances }
        }
    }

    func tally(_ stage: ScreeningStage) -> ScreeningTally {
        let eligible = eligible(stage)
        let reviewers = reviewers(stage)
        let stageDecisions = eligible.flatMap { decisions[stage]?[String($0.id)] ?? [] }
        return BlindScreening.tally(
            stage: stage, assignments: eligible.map { ScreeningAssignment(recordID: String($0.id), reviewers: reviewers) },
            decisions: stageDecisions, resolutions: Array((resolutions[stage] ?? [:]).values), maybePolicy: maybePolicy)
    }

    /// The reviewer's own current decision on the record, if any.
    func own(_ reviewer: String, _ record: StoredLiteratureRecord, _ stage: ScreeningStage) -> ScreeningDecision? {
        (decisions[stage]?[String(record.id)] ?? []).filter { $0.reviewer == reviewer }.max { $0.date < $1.date }
    }

    /// Whether every assigned reviewer has decided the record (only then may anyone but the
    /// reviewer see a decision on it).
    func complete(_ record: StoredLiteratureRecord, _ stage: ScreeningStage) -> Bool {
        if case .awaiting = state(record, stage) { return false }
        return true
    }

    /// Agreement per reviewer pair, over records every assigned reviewer has decided: a
    /// running kappa over records still open would tell one reviewer about another's votes.
    func agreement(_ stage: ScreeningStage) -> [ReviewerAgreement] {
        let final = eligible(stage).filter { complete($0, stage) }
        let stageDecisions = final.flatMap { decisions[stage]?[String($0.id)] ?? [] }
        return BlindScreening.agreement(stage: stage, decisions: stageDecisions)
    }
}

/// Decision times as stored: UTC to the second.
enum StoredTime {
    static func date(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text) ?? Date(timeIntervalSince1970: 0)
    }
}

extension ScreeningDecisionRow {
    /// The rule-checked decision; nil for a row no longer valid under the rules (it is ignored).
    var model: ScreeningDecision? {
        guard let stage = ScreeningStage(rawValue: stage), let verdict = ScreeningVerdict(rawValue: decision) else { return nil }
        return try? ScreeningDecision(
            recordID: String(recordID), reviewer: username, stage: stage, verdict: verdict, reason: reason, date: StoredTime.date(decidedAt))
    }
}

extension ResolutionRow {
    var model: ConflictResolution? {
        guard let stage = ScreeningStage(rawValue: stage), let outcome = ScreeningOutcome(rawValue: decision),
            let method = ResolutionMethod(rawValue: method)
        else { return nil }
        return try? ConflictResolution(
            recordID: String(recordID), stage: stage, resolver: resolvedBy, outcome: outcome, method: method, reason: reason,
            date: StoredTime.date(resolvedAt))
    }
}
