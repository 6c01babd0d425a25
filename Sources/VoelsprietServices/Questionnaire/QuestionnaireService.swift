import Foundation
import VoelsprietBuilder
import VoelsprietDomain
import VoelsprietStorage
import VoelsprietWorkspace

/// The questionnaire builder's use cases: a draft per study that edits change (any decodable
/// instrument, problems and all), publication of a draft without problems, and the versions.
///
/// Versions: a study's questionnaire is version 1 until real answers have been given to it.
/// Publishing while no real response answered the current version replaces it in place (test
/// answers do not count); publishing after that keeps the current one as a replaced version —
/// readable, with the answers given to it — and makes the draft the next version. Each response
/// records the version it answered. Publication and its audit row are one transaction, under
/// the study's lock, so an answer arriving meanwhile is counted against the right version.
public struct QuestionnaireService: Sendable {
    let repositories: Repositories
    let onChange: @Sendable (String) -> Void

    public init(repositories: Repositories, onChange: @escaping @Sendable (String) -> Void = { _ in }) {
        self.repositories = repositories
        self.onChange = onChange
    }

    /// What the builder shows.
    public struct State: Sendable {
        /// The draft when there is one, else the published questionnaire.
        public var instrument: Instrument
        public var draft: InstrumentDraft?
        public var problems: [InstrumentProblem]
        public var publishedVersion: Int
        /// Real responses given to the published version: when > 0, publishing makes a new version.
        public var responsesToPublished: Int
        public var versions: [InstrumentVersion]
        /// What the draft changes against the published questionnaire.
        public var changes: VersionChanges
    }

    public func state(_ access: StudyAccess) async throws -> State {
        try access.require(.editQuestionnaire)
        let study = access.study
        let draft = try await repositories.studies.draft(slug: study.slug)
        let instrument = draft?.instrument ?? study.instrument
        return State(
            instrument: instrument, draft: draft, problems: InstrumentChecker.check(instrument), publishedVersion: study.instrumentVersion,
            responsesToPublished: try await repositories.responses.count(studySlug: study.slug, instrumentVersion: study.instrumentVersion),
            versions: try await repositories.studies.versions(slug: study.slug), changes: VersionChanges(from: study.instrument, to: instrument))
    }

    /// Applies `edit` to the draft (made from the published questionnaire when there is none).
    public func edit(_ access: StudyAccess, _ edit: InstrumentEdit) async throws {
        try access.require(.editQuestionnaire)
        var instrument = try await repositories.studies.draft(slug: access.slug)?.instrument ?? access.study.instrument
        do { try edit.apply(to: &instrument) } catch {
            throw ServiceError.invalid(ServiceMessage(nl: error.dutch, en: error.english))
        }
        try await save(access, instrument)
    }

    /// Replaces the draft with a whole instrument written as YAML or JSON. Returns the problems
    /// that stop it being read (syntax, a wrong field type): then the draft is unchanged.
    public func replaceDraft(_ access: StudyAccess, source: String, format: InstrumentParser.Format? = nil) async throws -> [InstrumentProblem] {
        try access.require(.editQuestionnaire)
        let result = InstrumentParser.parse(Data(source.utf8), format: format)
        guard let instrument = result.instrument else { return result.problems }
        try await save(access, instrument)
        return []
    }

    func save(_ access: StudyAccess, _ instrument: Instrument) async throws {
        let draft = InstrumentDraft(instrument: instrument, updatedOn: Clock.today(), updatedBy: access.actor.auditName)
        try await repositories.studies.saveDraft(slug: access.slug, draft)
    }

    public func discardDraft(_ access: StudyAccess) async throws {
        try access.require(.editQuestionnaire)
        let slug = access.slug
        let actor = access.actor.auditName
        try await repositories.transaction { tx in
            try await tx.studies.deleteDraft(slug: slug)
            try await tx.audit.append(AuditEntry(actor: actor, action: .questionnaireDraftDiscarded, study: slug, detail: ""))
        }
    }

    /// The outcome of publishing.
    public struct Published: Sendable, Equatable {
        public var version: Int
        /// True when the previous version was kept (answers had been given to it).
        public var newVersion: Bool
    }

    /// Publishes the draft; refused while it has problems or when there is no draft.
    public func publish(_ access: StudyAccess) async throws -> Published {
        try access.require(.editQuestionnaire)
        let slug = access.slug
        let actor = access.actor.auditName
        guard let draft = try await repositories.studies.draft(slug: slug) else {
            throw ServiceError.invalid(ServiceMessage(nl: "Er is geen concept om te publiceren.", en: "There is no draft to publish."))
        }
        let problems = InstrumentChecker.check(draft.instrument)
        if !problems.isEmpty {
            throw ServiceError.invalid(ServiceMessage(
                nl: "Het concept heeft nog \(problems.count) probleem/problemen; los ze eerst op.",
                en: "The draft still has \(problems.count) problem(s); solve them first."))
        }
        let published = try await repositories.transaction { tx in
            try await tx.studies.lock(slug: slug)
            guard let study = try await tx.studies.find(slug: slug) else { throw StorageError.notFound(slug) }
            let answered = try await tx.responses.count(studySlug: slug, instrumentVersion: study.instrumentVersion)
            let changes = VersionChanges(from: study.instrument, to: draft.instrument)
            let outcome: Published
            if answered > 0 {
                let replaced = InstrumentVersion(
                    version: study.instrumentVersion, instrument: study.instrument, replacedOn: Clock.today(), replacedBy: actor)
                try await tx.studies.publish(slug: slug, instrument: draft.instrument, version: study.instrumentVersion + 1, replacing: replaced)
                outcome = Published(version: study.instrumentVersion + 1, newVersion: true)
            } else {
                try await tx.studies.publish(slug: slug, instrument: draft.instrument, version: study.instrumentVersion, replacing: nil)
                outcome = Published(version: study.instrumentVersion, newVersion: false)
            }
            try await tx.studies.deleteDraft(slug: slug)
            var detail = "version \(outcome.version)\(outcome.newVersion ? " (new; \(answered) responses to the previous)" : " (replaced in place)")"
            if !changes.removedItems.isEmpty { detail += "; removed items: \(changes.removedItems.joined(separator: ", "))" }
            if !changes.addedItems.isEmpty { detail += "; added items: \(changes.addedItems.joined(separator: ", "))" }
            try await tx.audit.append(AuditEntry(actor: actor, action: .questionnairePublished, study: slug, detail: detail))
            return outcome
        }
        onChange(slug)
        return published
    }

    /// A replaced version, or the published one; `notFound` otherwise.
    public func version(_ access: StudyAccess, _ number: Int) async throws -> Instrument {
        try access.require(.previewQuestionnaire)
        if number == access.study.instrumentVersion { return access.study.instrument }
        guard let found = try await repositories.studies.versions(slug: access.slug).first(where: { $0.version == number }) else {
            throw ServiceError.notFound(ServiceMessage(nl: "Versie \(number) bestaat niet.", en: "Version \(number) does not exist."))
        }
        return found.instrument
    }
}
