import Foundation
import SQLKit
import VoelsprietDomain

extension SQLStudyRepository {
    static func encode(_ instrument: Instrument) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(instrument), as: UTF8.self)
    }

    static func decodeInstrument(_ json: String, _ what: String) throws -> Instrument {
        guard let instrument = try? JSONDecoder().decode(Instrument.self, from: Data(json.utf8)) else {
            throw StorageError.corrupt(what)
        }
        return instrument
    }

    public func draft(slug: String) async throws -> InstrumentDraft? {
        guard let row = try await db.raw(
            "SELECT instrument, updated_on, updated_by FROM instrument_drafts WHERE study_slug = \(bind: slug)"
        ).first() else { return nil }
        return InstrumentDraft(
            instrument: try Self.decodeInstrument(try row.decode(column: "instrument", as: String.self), "draft of study \(slug)"),
            updatedOn: try row.decode(column: "updated_on", as: String.self), updatedBy: try row.decode(column: "updated_by", as: String.self))
    }

    public func saveDraft(slug: String, _ draft: InstrumentDraft) async throws {
        let json = try Self.encode(draft.instrument)
        do {
            try await db.raw(
                """
                INSERT INTO instrument_drafts (study_slug, instrument, updated_on, updated_by)
                VALUES (\(bind: slug), \(bind: json), \(bind: draft.updatedOn), \(bind: draft.updatedBy))
                ON CONFLICT (study_slug) DO UPDATE SET instrument = excluded.instrument, updated_on = excluded.updated_on,
                    updated_by = excluded.updated_by
                """
            ).run()
        } catch where isForeignKeyViolation(error) {
            throw StorageError.notFound(slug)
        }
    }

    public func deleteDraft(slug: String) async throws {
        try await db.raw("DELETE FROM instrument_drafts WHERE study_slug = \(bind: slug)").run()
    }

    public func versions(slug: String) async throws -> [InstrumentVersion] {
        try await db.raw(
            """
            SELECT version, instrument, replaced_on, replaced_by FROM instrument_versions
            WHERE study_slug = \(bind: slug) ORDER BY version
            """
        ).all().map { row in
            let version = try row.decode(column: "version", as: Int.self)
            return InstrumentVersion(
                version: version,
                instrument: try Self.decodeInstrument(try row.decode(column: "instrument", as: String.self), "version \(version) of study \(slug)"),
                replacedOn: try row.decode(column: "replaced_on", as: String.self), replacedBy: try row.decode(column: "replaced_by", as: String.self))
        }
    }

    public func publish(slug: String, instrument: Instrument, version: Int, replacing: InstrumentVersion?) async throws {
        if let old = replacing {
            try await db.raw(
                """
                INSERT INTO instrument_versions (study_slug, version, instrument, replaced_on, replaced_by)
                VALUES (\(bind: slug), \(bind: old.version), \(bind: try Self.encode(old.instrument)), \(bind: old.replacedOn), \(bind: old.replacedBy))
                """
            ).run()
        }
        let rows = try await db.raw(
            """
            UPDATE studies SET instrument = \(bind: try Self.encode(instrument)), instrument_version = \(bind: version)
            WHERE slug = \(bind: slug) RETURNING slug
            """
        ).all()
        if rows.isEmpty { throw StorageError.notFound(slug) }
    }
}
