import Foundation
import VoelsprietDocument
import VoelsprietStorage
import VoelsprietSynthesis
import VoelsprietWorkspace

/// Composing, exporting and freezing the study report.
extension StudyReportService {
    /// The report as this member may see it, with the numbers it cites.
    public struct Composed: Sendable {
        public var definition: StudyReportDefinition
        public var revision: Int
        public var document: ReportDocument
        public var facts: FactSheet
        /// What it was composed from (the editor offers the same codebook and fragments).
        public var data: StudyReportData
    }

    public enum Format: String, Sendable, CaseIterable {
        case html, docx, md

        public var contentType: String {
            switch self {
            case .html: "text/html; charset=utf-8"
            case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            case .md: "text/markdown; charset=utf-8"
            }
        }
    }

    public func compose(_ access: StudyAccess, language: String) async throws -> Composed {
        try access.require(.viewStudyReport)
        let current = try await definition(access)
        let data = try await gather(access, definition: current.definition, language: language)
        let composer = StudyReportComposer(
            definition: current.definition, data: data, english: language == "en", linkBase: "/admin/studies/\(access.slug)/")
        let document = composer.document(author: "", date: Self.timestamp(clock(), dateOnly: true))
        return Composed(definition: current.definition, revision: current.revision, document: document, facts: composer.facts, data: data)
    }

    /// The report as a file in `format`; the download is written to the audit trail.
    public func export(_ access: StudyAccess, format: Format, language: String) async throws -> ExportFile {
        let composed = try await compose(access, language: language)
        let bytes = try Self.render(composed.document, format)
        try await repositories.audit.append(AuditEntry(actor: access.actor.auditName, action: .studyReportExported, study: access.slug, detail: format.rawValue))
        return ExportFile(filename: "\(access.slug)-rapport.\(format.rawValue)", contentType: format.contentType, bytes: bytes)
    }

    /// The document as the bytes of `format`.
    public static func render(_ document: ReportDocument, _ format: Format) throws -> [UInt8] {
        switch format {
        case .html: Array(HTMLDocumentWriter().write(document).utf8)
        case .md: Array(MarkdownDocumentWriter().write(document).utf8)
        case .docx: [UInt8](try DocxWriter().write(document))
        }
    }
}

/// Frozen versions: the report as it was, kept, and what moved since the one before.
extension StudyReportService {
    /// Freezes the report as composed now for this member (who may compose, so sees every part
    /// their role allows); returns the version number.
    public func freeze(_ access: StudyAccess, note: String?, language: String) async throws -> Int {
        try access.require(.composeStudyReport)
        let note = note?.trimmingCharacters(in: .whitespacesAndNewlines).prefix(500).description
        let composed = try await compose(access, language: language)
        let document = composed.document
        let version = StoredReportVersion(
            version: 0, note: note?.isEmpty == true ? nil : note, language: language == "en" ? "en" : "nl",
            createdBy: access.actor.auditName, createdAt: Self.timestamp(clock()), definitionJSON: try Self.encode(composed.definition),
            factsJSON: try Self.encode(composed.facts.facts), html: String(decoding: try Self.render(document, .html), as: UTF8.self),
            markdown: String(decoding: try Self.render(document, .md), as: UTF8.self), docx: try Self.render(document, .docx))
        let slug = access.slug
        let actor = access.actor.auditName
        return try await repositories.transaction { tx in
            let number = try await tx.studyReports.addVersion(studySlug: slug, version)
            try await tx.audit.append(AuditEntry(actor: actor, action: .studyReportFrozen, study: slug, detail: "version \(number)"))
            return number
        }
    }

    public func versions(_ access: StudyAccess) async throws -> [ReportVersionSummary] {
        try access.require(.composeStudyReport)
        return try await repositories.studyReports.versions(studySlug: access.slug)
    }

    public func version(_ access: StudyAccess, number: Int) async throws -> StoredReportVersion {
        try access.require(.composeStudyReport)
        guard let version = try await repositories.studyReports.version(studySlug: access.slug, number: number) else {
            throw ServiceError.notFound(ServiceMessage(nl: "Er is geen versie \(number) van dit rapport.", en: "There is no version \(number) of this report."))
        }
        return version
    }

    /// What moved from version `number − 1` to `number` (for version 1: everything is new); with
    /// `number` nil, from the latest version to the report as it is now (`current`: its numbers
    /// when the caller has just composed it, so it is not composed twice).
    public func changes(_ access: StudyAccess, since number: Int?, language: String, current: [String: Fact]? = nil) async throws -> [FactChange] {
        try access.require(.composeStudyReport)
        if let number {
            let after: [String: Fact] = try Self.decode(try await version(access, number: number).factsJSON, what: "report version \(number)")
            let before: [String: Fact] =
                number > 1 ? try Self.decode(try await version(access, number: number - 1).factsJSON, what: "report version \(number - 1)") : [:]
            return FactChange.between(before, after)
        }
        let latest = try await repositories.studyReports.versions(studySlug: access.slug).first
        var before: [String: Fact] = [:]
        if let latest { before = try Self.decode(try await version(access, number: latest.version).factsJSON, what: "report version \(latest.version)") }
        if let current { return FactChange.between(before, current) }
        return FactChange.between(before, try await compose(access, language: language).facts.facts)
    }
}
