import Foundation
import VoelsprietLiterature
import VoelsprietStorage
import VoelsprietWorkspace

/// The literature review of a study, as web and CLI use it: searches (PRISMA-S), imports of
/// database exports, deduplication with its review, and what the overview shows. Screening
/// is in `LiteratureService+Screening.swift`, the PRISMA flow and exports in their own files.
///
/// Every use case checks its own right; multi-table changes and their audit rows are one
/// transaction, so an import is all there or not at all.
public struct LiteratureService: Sendable {
    let repositories: Repositories
    let prioritiserCache: PrioritiserCache

    public init(repositories: Repositories, prioritiserCache: PrioritiserCache = PrioritiserCache()) {
        self.repositories = repositories
        self.prioritiserCache = prioritiserCache
    }

    // MARK: Searches

    /// Records a search as it was run in a database (PRISMA-S): where, when, the exact string
    /// and the number of hits.
    @discardableResult
    public func recordSearch(_ access: StudyAccess, database: String, runOn: String, query: String, hits: Int?, note: String = "")
        async throws -> Int64
    {
        try access.require(.manageLiterature)
        let database = database.trimmingCharacters(in: .whitespacesAndNewlines)
        let query = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !database.isEmpty, !query.isEmpty else {
            throw ServiceError.invalid(
                ServiceMessage(nl: "Geef de database en de zoekopdracht.", en: "Give the database and the search string."))
        }
        guard Self.isDay(runOn) else {
            throw ServiceError.invalid(
                ServiceMessage(nl: "De datum moet de vorm JJJJ-MM-DD hebben.", en: "The date must be written YYYY-MM-DD."))
        }
        if let hits, hits < 0 {
            throw ServiceError.invalid(ServiceMessage(nl: "Het aantal treffers kan niet negatief zijn.", en: "The number of hits cannot be negative."))
        }
        let slug = access.slug
        let actor = access.actor.auditName
        let row = SearchRunRow(studySlug: slug, database: database, runOn: runOn, query: query, hits: hits, note: note, recordedBy: actor)
        return try await repositories.transaction { tx in
            try await tx.studies.lock(slug: slug)
            let id = try await tx.literature.addSearch(row)
            try await tx.audit.append(
                AuditEntry(actor: actor, action: .literatureSearchRecorded, study: slug, detail: "\(database), \(runOn), \(hits.map(String.init) ?? "?") hits"))
            return id
        }
    }

    public func searches(_ access: StudyAccess) async throws -> [SearchRunRow] {
        try access.require(.viewLiterature)
        return try await repositories.literature.searches(studySlug: access.slug)
    }

    // MARK: Imports

    /// What one imported file gave.
    public struct ImportSummary: Sendable, Equatable {
        public var importID: Int64
        public var fileName: String
        public var format: String
        public var database: String?
        public var records: Int
        public var warnings: [String]
    }

    /// Reads a database export and stores all its records in one transaction with the audit
    /// row. A file that cannot be read stores nothing and says which file and line.
    public func importFile(
        _ access: StudyAccess, data: Data, fileName: String, origin: LiteratureOrigin = .database, searchID: Int64? = nil,
        encoding: TextEncodingChoice? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) async throws -> ImportSummary {
        try access.require(.manageLiterature)
        let name = Self.baseName(fileName)
        let file: ImportedFile
        do {
            file = try await CPUWork.run { try LiteratureImporter.read(data, fileName: name, encoding: encoding, progress: progress) }
        } catch let error as ImportError {
            throw ServiceError.invalid(ServiceMessage(nl: "\(error)", en: "\(error)"))
        }
        guard !file.records.isEmpty else {
            throw ServiceError.invalid(
                ServiceMessage(nl: "\(name): er staan geen records in dit bestand.", en: "\(name): the file holds no records."))
        }
        return try await store(access, file: file, origin: origin, searchID: searchID)
    }

    /// Adds records typed in by hand (grey literature): a source of their own in the PRISMA
    /// flow ("other methods").
    public func addManualRecord(_ access: StudyAccess, _ record: LiteratureRecord) async throws -> ImportSummary {
        try access.require(.manageLiterature)
        guard !(record.title ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ServiceError.invalid(ServiceMessage(nl: "Geef ten minste een titel.", en: "Give at least a title."))
        }
        var record = record
        record.database = LiteratureDatabase.manual.rawValue
        record.sourceFile = nil
        let file = ImportedFile(fileName: "handmatig / manual", format: .csv, database: .manual, records: [record], warnings: [])
        return try await store(access, file: file, origin: .otherMethods, searchID: nil, format: "manual")
    }

    func store(_ access: StudyAccess, file: ImportedFile, origin: LiteratureOrigin, searchID: Int64?, format: String? = nil) async throws
        -> ImportSummary
    {
        let slug = access.slug
        let actor = access.actor.auditName
        if let searchID, !(try await repositories.literature.searches(studySlug: slug).contains { $0.id == searchID }) {
            throw ServiceError.invalid(ServiceMessage(nl: "Die zoekactie bestaat niet.", en: "That search does not exist."))
        }
        let warnings = file.warnings.map(\.description)
        let row = LiteratureImportRow(
            studySlug: slug, fileName: file.fileName, format: format ?? file.format.rawValue, database: file.database?.rawValue,
            origin: origin, searchID: searchID, recordCount: file.records.count, warnings: warnings, importedBy: actor)
        let records = file.records
        let id = try await repositories.transaction { tx in
            try await tx.studies.lock(slug: slug)
            let id = try await tx.literature.addImport(row, records: records)
            try await tx.audit.append(
                AuditEntry(
                    actor: actor, action: .literatureImported, study: slug,
                    detail: "\(row.fileName): \(records.count) records (\(row.database ?? row.format))"))
            return id
        }
        return ImportSummary(
            importID: id, fileName: row.fileName, format: row.format, database: row.database, records: records.count, warnings: warnings)
    }

    public func imports(_ access: StudyAccess) async throws -> [LiteratureImportRow] {
        try access.require(.viewLiterature)
        return try await repositories.literature.imports(studySlug: access.slug)
    }

    public func records(_ access: StudyAccess) async throws -> [StoredLiteratureRecord] {
        try access.require(.viewLiterature)
        return try await repositories.literature.records(studySlug: access.slug)
    }

    public func record(_ access: StudyAccess, id: Int64) async throws -> StoredLiteratureRecord {
        try access.require(.viewLiterature)
        guard let record = try await repositories.literature.record(studySlug: access.slug, id: id) else {
            throw ServiceError.notFound(ServiceMessage(nl: "Record \(id) bestaat niet in deze studie.", en: "Record \(id) does not exist in this study."))
        }
        return record
    }

    // MARK: Helpers

    static func isDay(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let month = Int(parts[1]), let day = Int(parts[2]), Int(parts[0]) != nil
        else { return false }
        guard let year = Int(parts[0]), (1...12).contains(month), day >= 1 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= days[month - 1]
    }

    /// The file name without folders (a browser may send a whole path).
    static func baseName(_ name: String) -> String { UploadName.base(name) }
}
