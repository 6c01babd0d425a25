import Foundation
import VoelsprietQDA
import VoelsprietStorage
import VoelsprietWorkspace

/// A study's interviews and focus groups, as web and CLI use them: sources and participants
/// here; the codebook, coding, retrieval, search, agreement and exchange in the
/// `InterviewService+…` files.
///
/// Every use case checks its own right. Codings are kept per coder: a coder sees only their own
/// until the lead opens comparison (`visibleCoders`); the lead (`compare_coders`) sees all.
/// Multi-table changes and their audit rows are one transaction.
public struct InterviewService: Sendable {
    let repositories: Repositories

    public init(repositories: Repositories) {
        self.repositories = repositories
    }

    var store: any InterviewRepository { repositories.interviews }

    // MARK: Coders and visibility

    /// The coder row of the acting member, made on first use (a member codes under one GUID in
    /// every export). Commands run on the server have none.
    func coder(for access: StudyAccess) async throws -> StoredCoder {
        guard let user = access.actor.user else {
            throw ServiceError.forbidden(ServiceMessage(nl: "Alleen leden van de studie coderen.", en: "Only study members code."))
        }
        let slug = access.slug
        if let existing = try await store.coders(studySlug: slug).first(where: { $0.username == user.username }) {
            return existing
        }
        let made = StoredCoder(coder: Coder(name: user.username), username: user.username, kind: .member)
        try await store.saveCoder(studySlug: slug, made)
        return try await store.coders(studySlug: slug).first(where: { $0.username == user.username }) ?? made
    }

    /// The coders whose codings this member may see: nil (all) for the lead or once comparison
    /// is open; otherwise only their own.
    public func visibleCoders(_ access: StudyAccess) async throws -> [UUID]? {
        if access.allows(.compareCoders) { return nil }
        if try await store.comparisonOpen(studySlug: access.slug) { return nil }
        guard let username = access.actor.user?.username else { return [] }
        return try await store.coders(studySlug: access.slug).filter { $0.username == username }.map(\.coder.id)
    }

    public func comparisonOpen(_ access: StudyAccess) async throws -> Bool {
        try access.require(.viewInterviews)
        return try await store.comparisonOpen(studySlug: access.slug)
    }

    /// Opens or closes comparison: while open, every coder sees every coder's codings.
    public func setComparisonOpen(_ access: StudyAccess, _ open: Bool) async throws {
        try access.require(.compareCoders)
        let slug = access.slug, actor = access.actor.auditName
        try await repositories.transaction { tx in
            try await tx.interviews.setComparisonOpen(studySlug: slug, open)
            try await tx.audit.append(
                AuditEntry(actor: actor, action: .coderComparisonChanged, study: slug, detail: open ? "opened" : "closed"))
        }
    }

    public func coders(_ access: StudyAccess) async throws -> [StoredCoder] {
        try access.require(.viewInterviews)
        let all = try await store.coders(studySlug: access.slug)
        guard let visible = try await visibleCoders(access) else { return all }
        return all.filter { visible.contains($0.coder.id) }
    }

    // MARK: Sources

    public func sources(_ access: StudyAccess) async throws -> [SourceSummary] {
        try access.require(.viewInterviews)
        return try await store.sources(studySlug: access.slug)
    }

    public func source(_ access: StudyAccess, id: UUID) async throws -> Source {
        try access.require(.viewInterviews)
        guard let source = try await store.source(studySlug: access.slug, id: id) else { throw Self.noSource }
        return source
    }

    public func deleteSource(_ access: StudyAccess, id: UUID) async throws {
        try access.require(.manageInterviews)
        let slug = access.slug, actor = access.actor.auditName
        try await repositories.transaction { tx in
            try await tx.studies.lock(slug: slug)
            guard let source = try await tx.interviews.source(studySlug: slug, id: id) else { throw Self.noSource }
            try await tx.interviews.deleteSource(studySlug: slug, id: id)
            try await tx.audit.append(AuditEntry(actor: actor, action: .interviewSourceDeleted, study: slug, detail: source.name))
        }
        try await repositories.scrub()
    }

    public func setSourceMemo(_ access: StudyAccess, id: UUID, memo: String) async throws {
        try access.require(.codeInterviews)
        let trimmed = memo.trimmingCharacters(in: .whitespacesAndNewlines)
        try await store.setSourceMemo(studySlug: access.slug, id: id, memo: trimmed.isEmpty ? nil : trimmed)
    }

    public func setSourceParticipants(_ access: StudyAccess, id: UUID, labels: [String]) async throws {
        try access.require(.manageInterviews)
        let slug = access.slug
        let known = Set(try await store.participants(studySlug: slug).map(\.label))
        let labels = Self.cleanLabels(labels)
        if let bad = labels.first(where: { !Self.isLabel($0) }) { throw Self.badLabel(bad) }
        try await repositories.transaction { tx in
            guard try await tx.interviews.source(studySlug: slug, id: id) != nil else { throw Self.noSource }
            for label in labels where !known.contains(label) {
                try await tx.interviews.saveParticipant(studySlug: slug, Participant(label: label))
            }
            try await tx.interviews.setSourceParticipants(studySlug: slug, id: id, labels: labels)
        }
    }

    // MARK: Participants

    public func participants(_ access: StudyAccess) async throws -> [Participant] {
        try access.require(.viewInterviews)
        return try await store.participants(studySlug: access.slug)
    }

    public func variables(_ access: StudyAccess) async throws -> [Variable] {
        try access.require(.viewInterviews)
        return try await store.variables(studySlug: access.slug)
    }

    /// Adds or changes a participant. Attribute values are given as text per variable and parsed
    /// by the variable's type; a value that does not fit is refused naming the variable.
    public func saveParticipant(
        _ access: StudyAccess, label: String, types: [ParticipantType], attributes: [String: String]
    ) async throws {
        try access.require(.manageInterviews)
        let label = label.trimmingCharacters(in: .whitespacesAndNewlines)
        guard Self.isLabel(label) else { throw Self.badLabel(label) }
        let slug = access.slug, actor = access.actor.auditName
        let variables = try await store.variables(studySlug: slug)
        var values: [String: VariableValue] = [:]
        for (name, text) in attributes where !text.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let variable = variables.first(where: { $0.name == name }) else {
                throw ServiceError.invalid(ServiceMessage(nl: "Onbekend kenmerk: \(name).", en: "Unknown attribute: \(name)."))
            }
            guard let value = VariableValue.parse(text, as: variable.type) else {
                throw ServiceError.invalid(
                    ServiceMessage(
                        nl: "Kenmerk \(name): \"\(text)\" is geen \(variable.type.rawValue).",
                        en: "Attribute \(name): \"\(text)\" is not a \(variable.type.rawValue)."))
            }
            values[name] = value
        }
        let participant = Participant(label: label, types: Array(Set(types)).sorted(), attributes: values)
        try await repositories.transaction { tx in
            try await tx.interviews.saveParticipant(studySlug: slug, participant)
            try await tx.audit.append(AuditEntry(actor: actor, action: .participantChanged, study: slug, detail: label))
        }
    }

    public func saveVariable(_ access: StudyAccess, name: String, type: VariableType, description: String? = nil) async throws {
        try access.require(.manageInterviews)
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 80 else {
            throw ServiceError.invalid(ServiceMessage(nl: "Geef het kenmerk een naam (hooguit 80 tekens).", en: "Name the attribute (80 characters at most)."))
        }
        try await store.saveVariable(studySlug: access.slug, Variable(name: name, type: type, description: description))
    }

    public func deleteParticipant(_ access: StudyAccess, label: String) async throws {
        try access.require(.manageInterviews)
        let slug = access.slug, actor = access.actor.auditName
        try await repositories.transaction { tx in
            try await tx.interviews.deleteParticipant(studySlug: slug, label: label)
            try await tx.audit.append(AuditEntry(actor: actor, action: .participantChanged, study: slug, detail: "\(label) removed"))
        }
    }

    // MARK: Helpers

    static let noSource = ServiceError.notFound(ServiceMessage(nl: "Dit transcript bestaat niet (meer).", en: "This transcript does not exist (any more)."))

    /// A participant label: letters, digits, spaces, `-` and `_`, 1–40 characters (Prof8, Stud6, Cl5).
    static func isLabel(_ label: String) -> Bool {
        !label.isEmpty && label.count <= 40
            && label.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || $0 == " " || $0 == "-" || $0 == "_" }
    }

    static func badLabel(_ label: String) -> ServiceError {
        .invalid(
            ServiceMessage(
                nl: "Label \"\(label)\": alleen letters, cijfers, spatie, - en _, hooguit 40 tekens (zoals Prof8).",
                en: "Label \"\(label)\": letters, digits, space, - and _ only, 40 characters at most (like Prof8)."))
    }

    static func cleanLabels(_ labels: [String]) -> [String] {
        var seen = Set<String>()
        return labels.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    static func trimmed(_ text: String?) -> String? {
        guard let t = text?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else { return nil }
        return t
    }
}
