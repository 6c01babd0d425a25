import VoelsprietDomain
import VoelsprietStorage
import VoelsprietWorkspace

/// Deleting what a study holds: its contact details (once interviews are planned, or when the
/// retention date has passed), or the whole study with everything in it. Deleted means gone
/// from the database, not flagged; each deletion and its audit row are one transaction, so
/// after a crash either all of it happened or none.
public struct LifecycleService: Sendable {
    let repositories: Repositories
    let onChange: @Sendable (String) -> Void

    public init(repositories: Repositories, onChange: @escaping @Sendable (String) -> Void = { _ in }) {
        self.repositories = repositories
        self.onChange = onChange
    }

    /// What a deletion removed.
    public struct Deleted: Sendable, Equatable, CustomStringConvertible {
        public var study: String
        public var responses = 0
        public var contacts = 0
        public var members = 0
        public var literatureRecords = 0
        public var interviewSources = 0
        public var reportVersions = 0
        public var wholeStudy = false

        public var description: String {
            guard wholeStudy else { return "study \(study): \(contacts) contact details" }
            let literature = literatureRecords > 0 ? ", \(literatureRecords) literature records" : ""
            let interviews = interviewSources > 0 ? ", \(interviewSources) interview sources" : ""
            let reports = reportVersions > 0 ? ", \(reportVersions) report versions" : ""
            return "study \(study): \(responses) responses, \(contacts) contact details, \(members) members\(literature)\(interviews)\(reports)"
        }
    }

    public func deleteContacts(_ access: StudyAccess) async throws -> Deleted {
        try require(access)
        let slug = access.slug
        let actorName = access.actor.auditName
        let deleted = try await repositories.transaction { tx in
            try await tx.studies.lock(slug: slug)
            let count = try await tx.contacts.deleteAll(studySlug: slug)
            try await tx.audit.append(AuditEntry(actor: actorName, action: .contactsDeleted, study: slug, detail: "\(count) contact details"))
            return Deleted(study: slug, contacts: count)
        }
        try await repositories.scrub()
        return deleted
    }

    /// Deletes the study and everything in it. `confirmation` must repeat the study's address,
    /// so that a stray click or a replayed form cannot do it.
    public func deleteStudy(_ access: StudyAccess, confirmation: String) async throws -> Deleted {
        try require(access)
        let slug = access.slug
        guard confirmation.trimmingCharacters(in: .whitespaces) == slug else {
            throw ServiceError.invalid(
                ServiceMessage(
                    nl: "Typ het adres van de studie (\(slug)) om het verwijderen te bevestigen.",
                    en: "Type the study's address (\(slug)) to confirm the deletion."))
        }
        let actorName = access.actor.auditName
        let deleted = try await repositories.transaction { tx in
            var deleted = Deleted(study: slug, wholeStudy: true)
            try await tx.studies.lock(slug: slug)
            deleted.responses = try await tx.responses.deleteAll(studySlug: slug)
            deleted.contacts = try await tx.contacts.deleteAll(studySlug: slug)
            deleted.literatureRecords = try await tx.literature.deleteAll(studySlug: slug)
            deleted.interviewSources = try await tx.interviews.deleteAll(studySlug: slug)
            deleted.reportVersions = try await tx.studyReports.deleteAll(studySlug: slug)
            deleted.members = try await tx.members.members(studySlug: slug).count
            try await tx.members.removeAll(studySlug: slug)
            try await tx.studies.delete(slug: slug)
            try await tx.audit.append(AuditEntry(actor: actorName, action: .studyDeleted, study: slug, detail: deleted.description))
            return deleted
        }
        onChange(slug)
        try await repositories.scrub()
        return deleted
    }

    /// Deletes the contact details of every study past its retention date (what respondents
    /// were promised: deleted after the study), each with its audit row; returns what went.
    /// `serve` runs this every few minutes, so it holds without anyone remembering to.
    @discardableResult
    public func deleteExpiredContacts(today: String = Clock.today()) async throws -> [Deleted] {
        var deleted: [Deleted] = []
        for study in try await expired(today: today) where try await repositories.contacts.count(studySlug: study.slug) > 0 {
            let slug = study.slug
            deleted.append(
                try await repositories.transaction { tx in
                    try await tx.studies.lock(slug: slug)
                    let count = try await tx.contacts.deleteAll(studySlug: slug)
                    try await tx.audit.append(
                        AuditEntry(actor: "system", action: .contactsDeleted, study: slug, detail: "\(count) contact details (retention date passed)"))
                    return Deleted(study: slug, contacts: count)
                })
        }
        if !deleted.isEmpty { try await repositories.scrub() }
        return deleted
    }

    /// Studies whose retention date is before `today`.
    public func expired(today: String = Clock.today()) async throws -> [Study] {
        try await repositories.studies.all().filter { RetentionDate.isPast($0.retentionDate, today: today) }
    }

    func require(_ access: StudyAccess) throws {
        try access.require(.purgeData)
    }
}
