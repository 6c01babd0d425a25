import Foundation
import VoelsprietQDA
import VoelsprietREFI
import VoelsprietStorage
import VoelsprietWorkspace

/// REFI-QDA exchange: a study's interviews as `.qdpx` (and the codebook as `.qdc`), and
/// projects from ATLAS.ti, NVivo, MAXQDA and others read into a study — all in one
/// transaction, so a project is imported whole or not at all.
extension InterviewService {
    /// What an imported project brought.
    public struct ProjectImport: Sendable {
        public var statistics: REFIImportStatistics
        public var sources, codes, codings, coders, participants: Int
        public var warnings: [String]
    }

    /// The study's interviews as a QDA project: every coder whose codings this member may see.
    public func project(_ access: StudyAccess) async throws -> QDAProject {
        try access.require(.manageInterviews)
        let slug = access.slug
        let visible = try await visibleCoders(access)
        let coders = try await store.coders(studySlug: slug).filter { visible?.contains($0.coder.id) ?? true }.map(\.coder)
        let summaries = try await store.sources(studySlug: slug)
        return QDAProject(
            name: access.study.title, coders: coders, codebook: try await modelCodebook(slug),
            sources: try await store.sources(studySlug: slug, ids: summaries.map(\.id)), variables: try await store.variables(studySlug: slug),
            participants: try await store.participants(studySlug: slug),
            codings: try await store.codings(studySlug: slug, codeIDs: nil, coderIDs: visible).map(\.coding))
    }

    public func exportProject(_ access: StudyAccess) async throws -> REFIExport {
        let project = try await project(access)
        do {
            let export = try await CPUWork.run { try REFIProjectWriter().write(project) }
            try await repositories.audit.append(
                AuditEntry(
                    actor: access.actor.auditName, action: .interviewProjectExported, study: access.slug,
                    detail: "\(project.sources.count) sources, \(project.codings.count) codings"))
            return export
        } catch let error as REFIError {
            throw ServiceError.invalid(ServiceMessage(nl: "Export mislukt: \(error)", en: "Export failed: \(error)"))
        }
    }

    public func exportCodebook(_ access: StudyAccess) async throws -> REFIExport {
        try access.require(.viewInterviews)
        let book = try await modelCodebook(access.slug)
        do {
            return try REFICodebookWriter().write(book)
        } catch {
            throw ServiceError.invalid(ServiceMessage(nl: "Export mislukt: \(error)", en: "Export failed: \(error)"))
        }
    }

    /// Reads a `.qdpx` (or `.qde`) and adds everything in it to the study in one transaction.
    public func importProject(_ access: StudyAccess, data: Data, fileName: String, lenient: Bool = false) async throws -> ProjectImport {
        try access.require(.manageInterviews)
        let name = Self.baseName(fileName)
        let read: REFIImport
        do {
            read = try await CPUWork.run { try REFIProjectReader.read(data, fileName: name, options: REFIImportOptions(lenient: lenient)) }
        } catch let error as REFIError {
            throw ServiceError.invalid(ServiceMessage(nl: "Niet ingelezen: \(error)", en: "Not imported: \(error)"))
        }
        let project = read.project
        let problems = project.problems()
        if !problems.isEmpty {
            let text = problems.prefix(5).joined(separator: "; ")
            throw ServiceError.invalid(ServiceMessage(nl: "Niet ingelezen, \(name): \(text)", en: "Not imported, \(name): \(text)"))
        }
        try await storeProject(project, access: access, detail: "\(name): \(project.sources.count) sources, \(project.codings.count) codings")
        return ProjectImport(
            statistics: read.statistics, sources: project.sources.count, codes: project.codebook.codes.count, codings: project.codings.count,
            coders: project.coders.count, participants: project.participants.count, warnings: read.warnings)
    }

    /// Adds a whole project to the study in one transaction; a GUID already in the study is
    /// refused by name (nothing is stored then).
    func storeProject(_ project: QDAProject, access: StudyAccess, detail: String) async throws {
        let slug = access.slug, actor = access.actor.auditName
        let existingSources = Set(try await store.sources(studySlug: slug).map(\.id))
        if let clash = project.sources.first(where: { existingSources.contains($0.id) }) {
            throw ServiceError.conflict(
                ServiceMessage(
                    nl: "Het transcript \"\(clash.name)\" (\(clash.id.uuidString)) staat al in deze studie; dit project is hier al ingelezen.",
                    en: "The transcript \"\(clash.name)\" (\(clash.id.uuidString)) is already in this study; this project was imported here before."))
        }
        let existingCodes = Set(try await store.codes(studySlug: slug).map(\.code.id))
        let existingCoders = Set(try await store.coders(studySlug: slug).map(\.coder.id))
        let now = AuditClock.now()
        try await repositories.transaction { tx in
            try await tx.studies.lock(slug: slug)
            for coder in project.coders where !existingCoders.contains(coder.id) {
                try await tx.interviews.saveCoder(studySlug: slug, StoredCoder(coder: coder, username: nil, kind: .imported))
            }
            for code in project.codebook.codes where !existingCodes.contains(code.id) {
                try await tx.interviews.saveCode(studySlug: slug, StoredCode(code: code))
            }
            for variable in project.variables { try await tx.interviews.saveVariable(studySlug: slug, variable) }
            for participant in project.participants { try await tx.interviews.saveParticipant(studySlug: slug, participant) }
            for source in project.sources {
                try await tx.interviews.addSource(
                    studySlug: slug,
                    NewSource(
                        source: source, format: "refi", language: StemLanguage.dutch.rawValue,
                        stems: SearchIndexText.make(from: source.text, language: .dutch), importedBy: actor, importedAt: now))
            }
            try await tx.interviews.addCodings(studySlug: slug, project.codings.map { StoredCoding(coding: $0, createdAt: now) })
            try await tx.audit.append(AuditEntry(actor: actor, action: .interviewProjectImported, study: slug, detail: detail))
        }
    }

    /// Adds the codes of a `.qdc` that are not in the codebook yet (by GUID).
    public func importCodebook(_ access: StudyAccess, data: Data, fileName: String) async throws -> Int {
        try access.require(.manageInterviews)
        let slug = access.slug, actor = access.actor.auditName
        let read: REFICodebookImport
        do {
            read = try REFICodebookReader.read(data, fileName: Self.baseName(fileName))
        } catch {
            throw ServiceError.invalid(ServiceMessage(nl: "Niet ingelezen: \(error)", en: "Not imported: \(error)"))
        }
        var book = try await modelCodebook(slug)
        let known = Set(book.codes.map(\.id))
        let new = read.codebook.codes.filter { !known.contains($0.id) }
        book.codes += new
        if let problem = book.problems().first {
            throw ServiceError.invalid(ServiceMessage(nl: "Niet ingelezen: \(problem)", en: "Not imported: \(problem)"))
        }
        try await repositories.transaction { tx in
            for code in new { try await tx.interviews.saveCode(studySlug: slug, StoredCode(code: code)) }
            try await tx.audit.append(AuditEntry(actor: actor, action: .codebookChanged, study: slug, detail: "\(new.count) codes imported from \(fileName)"))
        }
        return new.count
    }
}
