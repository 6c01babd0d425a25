import Foundation
import VoelsprietQDA
import VoelsprietStorage
import VoelsprietWorkspace

/// The codebook: create, edit, move, merge and split codes without losing a coding.
extension InterviewService {
    public func codebook(_ access: StudyAccess) async throws -> [StoredCode] {
        try access.require(.viewInterviews)
        return try await store.codes(studySlug: access.slug)
    }

    /// The model's codebook of the study.
    func modelCodebook(_ slug: String) async throws -> Codebook {
        Codebook(codes: try await store.codes(studySlug: slug).map(\.code))
    }

    /// A new code. Coders may add inductive codes while coding; deductive codes and codes under
    /// a parent set up by the lead need `manage_interviews` only for editing later.
    @discardableResult
    public func createCode(
        _ access: StudyAccess, name: String, parentID: UUID? = nil, description: String? = nil, colour: String? = nil,
        origin: CodeOrigin = .inductive
    ) async throws -> Code {
        try access.require(origin == .deductive ? .manageInterviews : .codeInterviews)
        let count = try await store.codes(studySlug: access.slug).count
        let code = Code(
            name: name.trimmingCharacters(in: .whitespacesAndNewlines), description: Self.trimmed(description),
            colour: Self.trimmed(colour)?.lowercased() ?? Codebook.highlightColour(count),
            origin: origin, parentID: parentID)
        try await saveChecked(access, code, memo: nil, detail: "code \"\(code.name)\" created")
        return code
    }

    /// Renames, re-describes, recolours or moves a code (to another parent, or to the top).
    public func updateCode(
        _ access: StudyAccess, id: UUID, name: String, parentID: UUID?, description: String?, colour: String?, origin: CodeOrigin,
        memo: String? = nil
    ) async throws {
        try access.require(.manageInterviews)
        guard let existing = try await store.codes(studySlug: access.slug).first(where: { $0.code.id == id }) else { throw Self.noCode }
        var code = existing.code
        code.name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        code.parentID = parentID
        code.description = Self.trimmed(description)
        code.colour = Self.trimmed(colour)?.lowercased()
        code.origin = origin
        try await saveChecked(access, code, memo: Self.trimmed(memo) ?? existing.memo, detail: "code \"\(code.name)\" changed")
    }

    /// Saves a code after checking the whole codebook with it; every problem is named.
    private func saveChecked(_ access: StudyAccess, _ code: Code, memo: String?, detail: String) async throws {
        let slug = access.slug, actor = access.actor.auditName
        var book = try await modelCodebook(slug)
        if let i = book.codes.firstIndex(where: { $0.id == code.id }) { book.codes[i] = code } else { book.codes.append(code) }
        let problems = book.problems()
        if !problems.isEmpty {
            let text = problems.map(\.description).joined(separator: "; ")
            throw ServiceError.invalid(ServiceMessage(nl: "Het codeboek klopt dan niet: \(text).", en: "The codebook would not be valid: \(text)."))
        }
        try await repositories.transaction { tx in
            try await tx.interviews.saveCode(studySlug: slug, StoredCode(code: code, memo: memo))
            try await tx.audit.append(AuditEntry(actor: actor, action: .codebookChanged, study: slug, detail: detail))
        }
    }

    /// Merges `from` into `into`: its codings and its children move to `into`, then it is
    /// removed. Returns the number of codings moved.
    @discardableResult
    public func mergeCodes(_ access: StudyAccess, from: UUID, into: UUID) async throws -> Int {
        try access.require(.manageInterviews)
        guard from != into else {
            throw ServiceError.invalid(ServiceMessage(nl: "Een code kan niet met zichzelf samengaan.", en: "A code cannot be merged into itself."))
        }
        let slug = access.slug, actor = access.actor.auditName
        let book = try await modelCodebook(slug)
        guard let source = book.code(from), let target = book.code(into) else { throw Self.noCode }
        if book.subtree(of: from).contains(into) {
            throw ServiceError.invalid(
                ServiceMessage(nl: "\"\(source.name)\" kan niet op in een eigen subcode.", en: "\"\(source.name)\" cannot be merged into its own subcode."))
        }
        return try await repositories.transaction { tx in
            let moved = try await tx.interviews.moveCodings(studySlug: slug, from: from, to: into)
            for var child in book.children(of: from) {
                child.parentID = into
                try await tx.interviews.saveCode(studySlug: slug, StoredCode(code: child))
            }
            try await tx.interviews.deleteCode(studySlug: slug, id: from)
            try await tx.audit.append(
                AuditEntry(actor: actor, action: .codebookChanged, study: slug, detail: "\"\(source.name)\" merged into \"\(target.name)\" (\(moved) codings)"))
            return moved
        }
    }

    /// Splits a code: a new sibling code takes the given codings (all of them must be of `id`).
    @discardableResult
    public func splitCode(_ access: StudyAccess, id: UUID, newName: String, codingIDs: [UUID]) async throws -> Code {
        try access.require(.manageInterviews)
        let slug = access.slug, actor = access.actor.auditName
        guard let original = try await modelCodebook(slug).code(id) else { throw Self.noCode }
        let own = Set(try await store.codings(studySlug: slug, codeIDs: [id], coderIDs: nil).map(\.coding.id))
        if let stray = codingIDs.first(where: { !own.contains($0) }) {
            throw ServiceError.invalid(
                ServiceMessage(nl: "Codering \(stray.uuidString) hoort niet bij \"\(original.name)\".", en: "Coding \(stray.uuidString) is not of \"\(original.name)\"."))
        }
        let code = Code(name: newName.trimmingCharacters(in: .whitespacesAndNewlines), colour: Codebook.highlightColour(own.count), origin: .inductive, parentID: original.parentID)
        var book = try await modelCodebook(slug)
        book.codes.append(code)
        if let problem = book.problems().first {
            throw ServiceError.invalid(ServiceMessage(nl: "Het codeboek klopt dan niet: \(problem).", en: "The codebook would not be valid: \(problem)."))
        }
        try await repositories.transaction { tx in
            try await tx.interviews.saveCode(studySlug: slug, StoredCode(code: code))
            try await tx.interviews.moveCodings(studySlug: slug, ids: codingIDs, to: code.id)
            try await tx.audit.append(
                AuditEntry(actor: actor, action: .codebookChanged, study: slug, detail: "\"\(original.name)\" split: \(codingIDs.count) codings to \"\(code.name)\""))
        }
        return code
    }

    /// Removes a code that has no codings and no children (merge it to keep its codings).
    public func deleteCode(_ access: StudyAccess, id: UUID) async throws {
        try access.require(.manageInterviews)
        let slug = access.slug, actor = access.actor.auditName
        let book = try await modelCodebook(slug)
        guard let code = book.code(id) else { throw Self.noCode }
        let count = try await store.codingCounts(studySlug: slug)[id] ?? 0
        guard count == 0, book.children(of: id).isEmpty else {
            throw ServiceError.conflict(
                ServiceMessage(
                    nl: "\"\(code.name)\" heeft nog \(count) coderingen of subcodes; voeg de code samen met een andere om niets te verliezen.",
                    en: "\"\(code.name)\" still has \(count) codings or subcodes; merge it into another code so that nothing is lost."))
        }
        try await repositories.transaction { tx in
            try await tx.interviews.deleteCode(studySlug: slug, id: id)
            try await tx.audit.append(AuditEntry(actor: actor, action: .codebookChanged, study: slug, detail: "code \"\(code.name)\" deleted"))
        }
    }

    /// Adds the study's starting codebook (`CodebookTemplate.study`) to an empty codebook.
    public func applyTemplate(_ access: StudyAccess, english: Bool = false) async throws -> Int {
        try access.require(.manageInterviews)
        let slug = access.slug, actor = access.actor.auditName
        guard try await store.codes(studySlug: slug).isEmpty else {
            throw ServiceError.conflict(ServiceMessage(nl: "Het codeboek is niet leeg.", en: "The codebook is not empty."))
        }
        let codes = CodebookTemplate.study(english: english).codes
        try await repositories.transaction { tx in
            for code in codes { try await tx.interviews.saveCode(studySlug: slug, StoredCode(code: code)) }
            try await tx.audit.append(AuditEntry(actor: actor, action: .codebookChanged, study: slug, detail: "template (\(codes.count) codes)"))
        }
        return codes.count
    }

    static let noCode = ServiceError.notFound(ServiceMessage(nl: "Deze code bestaat niet (meer).", en: "This code does not exist (any more)."))

}

extension InterviewService {
    /// Number of codings per code that this member may see.
    public func codingCounts(_ access: StudyAccess) async throws -> [UUID: Int] {
        try access.require(.viewInterviews)
        if try await visibleCoders(access) == nil { return try await store.codingCounts(studySlug: access.slug) }
        var out: [UUID: Int] = [:]
        for c in try await visibleCodings(access, codeIDs: nil) { out[c.codeID, default: 0] += 1 }
        return out
    }
}
