import Foundation
import VoelsprietLiterature
import VoelsprietStorage
import VoelsprietWorkspace

/// A study's review settings, kept as one JSON document: the search strategy, the inclusion
/// criteria per stage, the highlighting keywords, what a `maybe` means, and the data
/// extraction form. Absent parts take the study template (`ReviewSettings.template`).
public struct ReviewSettings: Sendable, Equatable, Codable {
    public var strategy: SearchStrategy?
    /// Criteria by stage (`title_abstract`, `full_text`).
    public var criteria: [String: InclusionCriteria]
    public var includeKeywords: [String]
    public var excludeKeywords: [String]
    public var maybePolicy: MaybePolicy
    /// The fields of the data extraction form, in order (design, population, …).
    public var extractionFields: [String]

    public init(
        strategy: SearchStrategy? = nil, criteria: [String: InclusionCriteria] = [:], includeKeywords: [String] = [],
        excludeKeywords: [String] = [], maybePolicy: MaybePolicy = .needsDiscussion, extractionFields: [String] = []
    ) {
        self.strategy = strategy
        self.criteria = criteria
        self.includeKeywords = includeKeywords
        self.excludeKeywords = excludeKeywords
        self.maybePolicy = maybePolicy
        self.extractionFields = extractionFields
    }

    /// The study's own review as a starting point: its three concept blocks, its criteria (the
    /// widened second round at full text), keywords from its topic, a common extraction form.
    public static func template(referenceYear: Int) -> ReviewSettings {
        ReviewSettings(
            strategy: SearchStrategy.studyTemplate(fromYear: referenceYear - 10, toYear: referenceYear, languages: [.english, .dutch]),
            criteria: [
                ScreeningStage.titleAbstract.rawValue: .studyFirstRound(referenceYear: referenceYear),
                ScreeningStage.fullText.rawValue: .studySecondRound(referenceYear: referenceYear),
            ],
            includeKeywords: ["lived experience", "experiential knowledge", "ervaringsdeskundig*", "professional*", "practitioner*",
                              "social work*", "youth care", "domestic violence", "child abuse", "maltreatment"],
            excludeKeywords: ["animal*", "rat", "mice", "pharmacolog*"],
            maybePolicy: .needsDiscussion,
            extractionFields: ["design", "population", "setting", "country", "main findings"])
    }

    public func criteria(for stage: ScreeningStage) -> InclusionCriteria? { criteria[stage.rawValue] }
}

extension LiteratureService {
    /// The study's settings, or the template when none were saved yet.
    public func settings(_ access: StudyAccess) async throws -> ReviewSettings {
        try access.require(.viewLiterature)
        return try await loadSettings(access.slug)
    }

    func loadSettings(_ slug: String) async throws -> ReviewSettings {
        guard let json = try await repositories.literature.settings(studySlug: slug) else {
            return .template(referenceYear: Int(Clock.today().prefix(4)) ?? 2023)
        }
        do {
            return try JSONDecoder().decode(ReviewSettings.self, from: Data(json.utf8))
        } catch {
            throw StorageError.corrupt("review settings of \(slug): \(error)")
        }
    }

    public func saveSettings(_ access: StudyAccess, _ settings: ReviewSettings) async throws {
        try access.require(.manageLiterature)
        for (stage, criteria) in settings.criteria {
            guard ScreeningStage(rawValue: stage) != nil else {
                throw ServiceError.invalid(ServiceMessage(nl: "Onbekende fase \(stage).", en: "Unknown stage \(stage)."))
            }
            if let from = criteria.fromYear, let to = criteria.toYear, from > to {
                throw ServiceError.invalid(
                    ServiceMessage(nl: "Het beginjaar (\(from)) ligt na het eindjaar (\(to)).", en: "The first year (\(from)) is after the last (\(to))."))
            }
        }
        // What "maybe" means decides which records are agreed or in conflict; changed once votes
        // exist, it would silently re-decide records (settled conflicts included).
        if try await loadSettings(access.slug).maybePolicy != settings.maybePolicy,
            !(try await repositories.literature.decisions(studySlug: access.slug, stage: nil).isEmpty)
        {
            throw ServiceError.conflict(
                ServiceMessage(
                    nl: "Wat 'misschien' betekent, ligt vast zodra er beslissingen zijn.",
                    en: "What 'maybe' means is fixed once there are decisions."))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(settings), as: UTF8.self)
        let slug = access.slug
        let actor = access.actor.auditName
        _ = try await repositories.transaction { tx in
            try await tx.studies.lock(slug: slug)
            try await tx.literature.saveSettings(studySlug: slug, json: json)
            try await tx.audit.append(AuditEntry(actor: actor, action: .literatureSettingsChanged, study: slug, detail: "review settings"))
            return true
        }
    }
}
