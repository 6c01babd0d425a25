import Foundation
import VoelsprietQDA
import VoelsprietREFI
import VoelsprietStorage
import VoelsprietWorkspace

/// Importing a transcript: read (text, Markdown, .docx, WebVTT, SRT), pseudonymise with the
/// researcher's list before anything is stored, index for search, store with its participants
/// in one transaction.
///
/// Pseudonymisation keeps nothing of the names: placeholders are numbered by the position of
/// the term in the researcher's list, per kind (the third name on the list is always [NAAM3]),
/// so that pasting the same list for every transcript gives the same placeholder for the same
/// person in every source, without the server ever storing a name, a hash of one, or the list.
extension InterviewService {
    /// What one import did. `replacements` holds the terms as typed, for the page that answers
    /// the upload to show once — never store or log it.
    public struct TranscriptImport: Sendable {
        public var source: SourceSummary
        public var replacements: [PseudonymReplacement]
        public var unmatchedTerms: [String]
        public var warnings: [String]
    }

    public func importTranscript(
        _ access: StudyAccess, data: Data, fileName: String, participantLabels: [String] = [], pseudonymList: String = "",
        encoding: TranscriptEncoding? = nil, language: StemLanguage = .dutch, placeholderLanguage: PlaceholderLanguage = .dutch
    ) async throws -> TranscriptImport {
        try access.require(.manageInterviews)
        let name = Self.baseName(fileName)
        let labels = Self.cleanLabels(participantLabels)
        if let bad = labels.first(where: { !Self.isLabel($0) }) { throw Self.badLabel(bad) }
        let transcript: Transcript
        if TranscriptReader.detectFormat(fileName: name, data: data) == .docx, let problem = ZipArchiveCheck.problem(data) {
            throw ServiceError.invalid(ServiceMessage(nl: "Niet ingelezen: \(name) is geen geldig Word-bestand (\(problem)).", en: "Not imported: \(name) is not a valid Word file (\(problem))."))
        }
        do {
            transcript = try TranscriptReader.read(data, fileName: name, encoding: encoding)
        } catch {
            throw ServiceError.invalid(ServiceMessage(nl: "Niet ingelezen: \(error.description)", en: "Not imported: \(error.description)"))
        }
        let terms = PseudonymTerm.parseList(pseudonymList)
        let result = Pseudonymiser(terms: terms, language: placeholderLanguage)
            .apply(to: transcript, assigned: Self.listOrderPlaceholders(terms, language: placeholderLanguage))
        let stored = result.transcript
        guard !stored.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ServiceError.invalid(ServiceMessage(nl: "\(name) bevat geen tekst.", en: "\(name) contains no text."))
        }
        let source = Source(name: name, text: stored.text, turns: stored.turns, participantLabels: labels)
        let new = NewSource(
            source: source, format: stored.format.rawValue, language: language.rawValue,
            stems: SearchIndexText.make(from: stored.text, language: language), importedBy: access.actor.auditName,
            importedAt: AuditClock.now())
        try await store(new, in: access, detail: "\(name): \(stored.turns.count) turns, \(result.replacements.reduce(0) { $0 + $1.count }) replacements")
        let summary = SourceSummary(
            id: source.id, name: name, format: new.format, language: new.language, scalarLength: source.text.unicodeScalars.count,
            participantLabels: labels, speakers: stored.speakers, turns: stored.turns, memo: nil, importedBy: new.importedBy,
            importedAt: new.importedAt)
        return TranscriptImport(source: summary, replacements: result.replacements, unmatchedTerms: result.unmatchedTerms, warnings: stored.warnings)
    }

    /// Stores a source, creating participants that do not exist yet, with its audit row.
    private func store(_ new: NewSource, in access: StudyAccess, detail: String) async throws {
        let slug = access.slug, actor = access.actor.auditName
        let known = Set(try await store.participants(studySlug: slug).map(\.label))
        try await repositories.transaction { tx in
            try await tx.studies.lock(slug: slug)
            for label in new.source.participantLabels where !known.contains(label) {
                try await tx.interviews.saveParticipant(studySlug: slug, Participant(label: label, types: Self.guessTypes(label)))
            }
            try await tx.interviews.addSource(studySlug: slug, new)
            try await tx.audit.append(AuditEntry(actor: actor, action: .interviewSourceImported, study: slug, detail: detail))
        }
    }

    /// Placeholders by position in the list, per kind: [NAAM1], [NAAM2] … in list order.
    static func listOrderPlaceholders(_ terms: [PseudonymTerm], language: PlaceholderLanguage) -> [String: String] {
        var counters: [PseudonymKind: Int] = [:]
        var out: [String: String] = [:]
        for term in terms {
            let key = Pseudonymiser.key(for: term)
            if key.isEmpty || out[key] != nil { continue }
            counters[term.kind, default: 0] += 1
            out[key] = term.kind.placeholder(counters[term.kind] ?? 1, language: language)
        }
        return out
    }

    /// The study's label convention: Prof…, Stud…, Cl… give the type (the lead can change it).
    static func guessTypes(_ label: String) -> [ParticipantType] {
        let l = label.lowercased()
        if l.hasPrefix("prof") { return [.professional] }
        if l.hasPrefix("stud") { return [.student] }
        if l.hasPrefix("cl") { return [.client] }
        if l.hasPrefix("ed") || l.hasPrefix("ervaring") { return [.expertByExperience] }
        return []
    }

    static func baseName(_ fileName: String) -> String { UploadName.base(fileName, fallback: "transcript.txt") }
}
