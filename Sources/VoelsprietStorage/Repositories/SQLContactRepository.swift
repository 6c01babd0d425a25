import SQLKit

/// `ContactRepository` over SQLKit.
public struct SQLContactRepository: ContactRepository {
    let db: any SQLDatabase

    public init(db: any SQLDatabase) {
        self.db = db
    }

    public func store(_ contact: ContactDetails) async throws {
        try await db.raw(
            """
            INSERT INTO contacts (id, study_slug, name, email, phone, note, consent)
            VALUES (\(bind: contact.id), \(bind: contact.studySlug), \(bind: contact.name), \(bind: contact.email),
                    \(bind: contact.phone), \(bind: contact.note), \(bind: contact.consent))
            """
        ).run()
    }

    public func count(studySlug: String) async throws -> Int {
        try await db.raw("SELECT COUNT(*) AS n FROM contacts WHERE study_slug = \(bind: studySlug)")
            .first(decodingColumn: "n", as: Int.self) ?? 0
    }

    public func all(studySlug: String) async throws -> [ContactDetails] {
        try await db.raw(
            "SELECT id, study_slug, name, email, phone, note, consent FROM contacts WHERE study_slug = \(bind: studySlug) ORDER BY id"
        ).all().map { row in
            ContactDetails(
                id: try row.decode(column: "id", as: String.self),
                studySlug: try row.decode(column: "study_slug", as: String.self),
                name: try row.decode(column: "name", as: String.self),
                email: try row.decode(column: "email", as: String.self),
                phone: try row.decode(column: "phone", as: String.self),
                note: try row.decode(column: "note", as: String.self),
                consent: try row.decode(column: "consent", as: String.self))
        }
    }

    public func deleteAll(studySlug: String) async throws -> Int {
        let released = try await db.raw("DELETE FROM contacts WHERE study_slug = \(bind: studySlug) RETURNING id").all().count
        let pending = try await db.raw("DELETE FROM pending_contacts WHERE study_slug = \(bind: studySlug) RETURNING id").all().count
        return released + pending
    }

    public func addPending(_ contact: PendingContact) async throws {
        try await db.raw(
            "INSERT INTO pending_contacts (id, study_slug, sealed) VALUES (\(bind: contact.id), \(bind: contact.studySlug), \(bind: contact.sealed))"
        ).run()
    }

    public func pending(studySlug: String) async throws -> [PendingContact] {
        try await db.raw("SELECT id, study_slug, sealed FROM pending_contacts WHERE study_slug = \(bind: studySlug) ORDER BY id")
            .all().map { row in
                PendingContact(
                    id: try row.decode(column: "id", as: String.self),
                    studySlug: try row.decode(column: "study_slug", as: String.self),
                    sealed: try row.decode(column: "sealed", as: String.self))
            }
    }

    public func pendingCount(studySlug: String) async throws -> Int {
        try await db.raw("SELECT COUNT(*) AS n FROM pending_contacts WHERE study_slug = \(bind: studySlug)")
            .first(decodingColumn: "n", as: Int.self) ?? 0
    }

    public func release(_ contacts: [ContactDetails], pendingIDs: [String]) async throws {
        for contact in contacts { try await store(contact) }
        for id in pendingIDs {
            try await db.raw("DELETE FROM pending_contacts WHERE id = \(bind: id)").run()
        }
    }

    public func answerSetsAtLastRelease(studySlug: String) async throws -> Int {
        let value = try await db.raw("SELECT value FROM key_values WHERE key = \(bind: "release." + studySlug)")
            .first(decodingColumn: "value", as: String.self)
        return value.flatMap { Int($0) } ?? 0
    }

    public func setAnswerSetsAtLastRelease(studySlug: String, _ count: Int) async throws {
        try await db.raw(
            """
            INSERT INTO key_values (key, value) VALUES (\(bind: "release." + studySlug), \(bind: String(count)))
            ON CONFLICT (key) DO UPDATE SET value = excluded.value
            """
        ).run()
    }

    public func answerSets(studySlug: String) async throws -> Int {
        try await db.raw("SELECT COUNT(*) AS n FROM responses WHERE study_slug = \(bind: studySlug)")
            .first(decodingColumn: "n", as: Int.self) ?? 0
    }
}
