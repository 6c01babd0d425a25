import Foundation
import VoelsprietLiterature
import VoelsprietStorage
import VoelsprietWorkspace

/// Downloads of the review: the included sources as RIS, BibTeX and CSV, the decision log,
/// the extracted data and the PRISMA diagram. Each is written to the audit trail.
extension LiteratureService {
    public enum Download: String, Sendable, CaseIterable {
        case includedRIS = "literature/included.ris"
        case includedBibTeX = "literature/included.bib"
        case includedCSV = "literature/included.csv"
        case decisions = "literature/decisions.csv"
        case extraction = "literature/extraction.csv"
        case prisma = "literature/prisma.svg"

        public var action: StudyAction {
            switch self {
            case .includedRIS, .includedBibTeX, .includedCSV, .prisma: .viewLiterature
            case .decisions, .extraction: .manageLiterature
            }
        }

        var contentType: String {
            switch self {
            case .includedRIS: "application/x-research-info-systems; charset=utf-8"
            case .includedBibTeX: "application/x-bibtex; charset=utf-8"
            case .includedCSV, .decisions, .extraction: "text/csv; charset=utf-8"
            case .prisma: "image/svg+xml; charset=utf-8"
            }
        }
    }

    public func download(_ kind: Download, _ access: StudyAccess, language: String, dialect: CSVDialect = .standard) async throws -> ExportFile {
        try access.require(kind.action)
        let snapshot = try await snapshot(access.slug)
        let included = includedRecords(snapshot).map(\.record)
        let text: String
        switch kind {
        case .includedRIS: text = RISWriter.write(included)
        case .includedBibTeX: text = BibTeXWriter.write(included)
        case .includedCSV: text = CSVWriter.records(included, dialect: dialect)
        case .decisions: text = DecisionLogCSV.write(decisionLog(snapshot, for: access.actor.auditName), dialect: dialect)
        case .extraction: text = try await extractionCSV(access, snapshot: snapshot, dialect: dialect)
        case .prisma: text = try await prismaFlow(access, language: language).svg
        }
        let name = "\(access.slug)-\(kind.rawValue.replacingOccurrences(of: "literature/", with: "literature-"))"
        let slug = access.slug
        let actor = access.actor.auditName
        try await repositories.audit.append(AuditEntry(actor: actor, action: .exported, study: slug, detail: name))
        return ExportFile(filename: name, contentType: kind.contentType, bytes: Array(text.utf8))
    }

    /// Every decision and resolution, oldest first. Decisions on a record that not every
    /// assigned reviewer has decided yet are left out (but for the requester's own), so the
    /// log cannot be used to peek at another reviewer's open vote.
    func decisionLog(_ snapshot: ReviewSnapshot, for requester: String) -> [DecisionLogEntry] {
        let byID = Dictionary(uniqueKeysWithValues: snapshot.records.map { (String($0.id), $0) })
        var entries: [DecisionLogEntry] = []
        for stage in ScreeningStage.allCases {
            for (id, decisions) in snapshot.decisions[stage] ?? [:] {
                guard let record = byID[id] else { continue }
                let complete = snapshot.complete(record, stage)
                for decision in decisions where complete || decision.reviewer == requester {
                    entries.append(DecisionLogEntry(decision, title: record.record.title ?? ""))
                }
            }
            for (id, resolution) in snapshot.resolutions[stage] ?? [:] {
                // A settled conflict that is open again (reviewers changed) says nothing yet.
                guard let record = byID[id], snapshot.complete(record, stage) else { continue }
                entries.append(DecisionLogEntry(resolution, title: record.record.title ?? ""))
            }
        }
        return entries.sorted { ($0.date, $0.recordID, $0.reviewer) < ($1.date, $1.recordID, $1.reviewer) }
    }

    func extractionCSV(_ access: StudyAccess, snapshot: ReviewSnapshot, dialect: CSVDialect) async throws -> String {
        let fields = try await loadSettings(access.slug).extractionFields
        let values = try await repositories.literature.extractions(studySlug: access.slug)
        var byRecord: [Int64: [String: String]] = [:]
        for value in values { byRecord[value.recordID, default: [:]][value.field] = value.value }
        let rows = includedRecords(snapshot).map { stored in
            [String(stored.id), stored.record.title ?? "", stored.record.authors.first ?? "", stored.record.year.map(String.init) ?? "",
             stored.record.doi ?? ""] + fields.map { byRecord[stored.id]?[$0] ?? "" }
        }
        return CSVWriter.write(header: ["record_id", "title", "first_author", "year", "doi"] + fields, rows: rows, dialect: dialect)
    }

    // MARK: Full texts and extraction

    public func attachFullText(_ access: StudyAccess, record id: Int64, link: String?, fileName: String?, bytes: [UInt8]?) async throws {
        try access.require(.manageLiterature)
        _ = try await record(access, id: id)
        let link = link?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
        // A web address, whole and in ASCII (percent-encoded): no spaces, control or other
        // characters that a Location header cannot carry.
        if let link,
            !(link.hasPrefix("https://") || link.hasPrefix("http://")) || link.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value >= 0x7F })
                || URL(string: link)?.host == nil
        {
            throw ServiceError.invalid(ServiceMessage(nl: "Een link begint met https:// of http://.", en: "A link starts with https:// or http://."))
        }
        var mediaType: String? = nil
        if let bytes {
            guard bytes.starts(with: Array("%PDF-".utf8)) else {
                throw ServiceError.invalid(ServiceMessage(nl: "Het bestand is geen PDF.", en: "The file is not a PDF."))
            }
            mediaType = "application/pdf"
        }
        guard link != nil || bytes != nil else {
            throw ServiceError.invalid(ServiceMessage(nl: "Geef een link of een PDF.", en: "Give a link or a PDF."))
        }
        try await repositories.literature.saveFullText(
            studySlug: access.slug,
            FullTextRow(recordID: id, link: link, fileName: fileName.map(Self.baseName), mediaType: mediaType, content: bytes, addedBy: access.actor.auditName))
    }

    /// The full text of a record, for those who screen or run the review.
    public func fullText(_ access: StudyAccess, record id: Int64) async throws -> FullTextRow {
        try access.require(.screenLiterature)
        guard let row = try await repositories.literature.fullText(studySlug: access.slug, recordID: id) else {
            throw ServiceError.notFound(ServiceMessage(nl: "Bij dit record hoort geen volledige tekst.", en: "This record has no full text."))
        }
        return row
    }

    public func saveExtraction(_ access: StudyAccess, record id: Int64, values: [String: String]) async throws {
        try access.require(.manageLiterature)
        _ = try await record(access, id: id)
        let fields = Set(try await loadSettings(access.slug).extractionFields)
        for (field, value) in values where fields.contains(field) {
            try await repositories.literature.saveExtraction(
                studySlug: access.slug, ExtractionRow(recordID: id, field: field, value: value, updatedBy: access.actor.auditName))
        }
    }

    public func extraction(_ access: StudyAccess, record id: Int64) async throws -> [String: String] {
        try access.require(.viewLiterature)
        var values: [String: String] = [:]
        for row in try await repositories.literature.extractions(studySlug: access.slug) where row.recordID == id { values[row.field] = row.value }
        return values
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
