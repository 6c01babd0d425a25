import Foundation
import VoelsprietStorage
import VoelsprietSynthesis
import VoelsprietWorkspace

/// The study report: its definition (sections of text and data blocks), composed live from the
/// study for each reader, exported as HTML, Word and Markdown, and frozen as versions that show
/// what moved since the one before.
///
/// Reading needs `viewStudyReport`; every data block also needs the right of the part it shows
/// (see `action(for:)`) — without it the block says so, and the rest still renders. Editing and
/// freezing need `composeStudyReport`. Saves are checked against the revision the editor
/// started from, so two editors cannot overwrite each other's work unnoticed.
public struct StudyReportService: Sendable {
    let repositories: Repositories
    let reports: ReportService
    let literature: LiteratureService
    let interviews: InterviewService
    let clock: @Sendable () -> Date

    public init(
        repositories: Repositories, reports: ReportService, literature: LiteratureService, interviews: InterviewService,
        clock: @escaping @Sendable () -> Date = Date.init
    ) {
        self.repositories = repositories
        self.reports = reports
        self.literature = literature
        self.interviews = interviews
        self.clock = clock
    }

    /// A definition and the revision it was read at (0: nothing stored yet; the default shown).
    public struct Revisioned: Sendable {
        public var definition: StudyReportDefinition
        public var revision: Int
    }

    public func definition(_ access: StudyAccess) async throws -> Revisioned {
        try access.require(.viewStudyReport)
        guard let stored = try await repositories.studyReports.definition(studySlug: access.slug) else {
            return Revisioned(definition: Self.emptyDefinition(title: access.study.title), revision: 0)
        }
        return Revisioned(definition: try Self.decode(stored.json, what: "report definition of \(access.slug)"), revision: stored.revision)
    }

    /// A new report: the study's title and no chapters yet.
    public static func emptyDefinition(title: String) -> StudyReportDefinition {
        StudyReportDefinition(title: title, sections: [])
    }

    /// Applies `change` to the definition at `revision` and stores it as the next revision;
    /// returns that. Throws `conflict` when someone saved in between, `invalid` (naming the
    /// place) when the result breaks a rule or names a section or block that is not there.
    @discardableResult
    public func edit(
        _ access: StudyAccess, revision: Int, what: String, _ change: @Sendable (inout StudyReportDefinition) throws -> Void
    ) async throws -> Int {
        try access.require(.composeStudyReport)
        var current = try await definition(access)
        guard current.revision == revision else { throw Self.conflict }
        do {
            try change(&current.definition)
        } catch let error as StudyReportDefinition.EditError {
            throw ServiceError.notFound(ServiceMessage(nl: "Dat onderdeel staat niet (meer) in het rapport.", en: "That part is not (or no longer) in the report: \(error)."))
        }
        try Self.validate(current.definition)
        let json = try Self.encode(current.definition)
        let slug = access.slug
        let actor = access.actor.auditName
        let now = Self.timestamp(clock())
        let saved = try await repositories.transaction { tx in
            guard try await tx.studyReports.saveDefinition(studySlug: slug, json: json, expectedRevision: revision, by: actor, at: now) else {
                return false
            }
            try await tx.audit.append(AuditEntry(actor: actor, action: .studyReportChanged, study: slug, detail: what))
            return true
        }
        guard saved else { throw Self.conflict }
        return revision + 1
    }

    static func validate(_ definition: StudyReportDefinition) throws {
        let problems = definition.problems()
        guard problems.isEmpty else {
            let list = problems.prefix(5).map(\.description).joined(separator: "; ")
            throw ServiceError.invalid(ServiceMessage(nl: "Het rapport kan zo niet worden bewaard: \(list).", en: "The report cannot be saved like this: \(list)."))
        }
    }

    static let conflict = ServiceError.conflict(ServiceMessage(
        nl: "Iemand anders heeft het rapport intussen gewijzigd. Laad de pagina opnieuw en probeer het nog eens.",
        en: "Someone else changed the report in the meantime. Reload the page and try again."))

    /// `2026-12-02T10:50:00Z`, or `2026-12-02` with `dateOnly`.
    static func timestamp(_ date: Date, dateOnly: Bool = false) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = dateOnly ? [.withFullDate] : [.withInternetDateTime]
        return formatter.string(from: date)
    }

    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ text: String, what: String) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(text.utf8))
        } catch {
            throw StorageError.corrupt("\(what): \(error)")
        }
    }
}
