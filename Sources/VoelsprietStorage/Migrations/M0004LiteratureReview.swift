/// The literature review inside a study: search runs, imported files and their records,
/// deduplication decisions, screening assignments and decisions (blind, per reviewer),
/// resolutions of conflicts, full texts, and the review's settings (criteria, keywords,
/// extraction form) with the extracted values.
///
/// Records keep the whole bibliographic record as JSON (`data`) beside the columns that are
/// queried (title, year, DOI, PMID); `duplicate_of` points at the representative of its
/// duplicate cluster (NULL for a record that stands for itself).
struct M0004LiteratureReview: Migration {
    let version = 4
    let name = "literature review: searches, imports, records, duplicates, screening, full texts, extraction"

    func statements(for kind: DatabaseKind) -> [String] {
        let serial = kind == .sqlite ? "INTEGER PRIMARY KEY AUTOINCREMENT" : "BIGSERIAL PRIMARY KEY"
        let blob = kind == .sqlite ? "BLOB" : "BYTEA"
        return [
            """
            CREATE TABLE lit_searches (
                id \(serial),
                study_slug TEXT NOT NULL REFERENCES studies(slug),
                database_name TEXT NOT NULL,
                run_on TEXT NOT NULL,
                query TEXT NOT NULL,
                hits INTEGER,
                note TEXT NOT NULL DEFAULT '',
                recorded_by TEXT NOT NULL,
                recorded_at TEXT NOT NULL)
            """,
            "CREATE INDEX lit_searches_study ON lit_searches (study_slug, id)",
            """
            CREATE TABLE lit_imports (
                id \(serial),
                study_slug TEXT NOT NULL REFERENCES studies(slug),
                file_name TEXT NOT NULL,
                format TEXT NOT NULL,
                database_name TEXT,
                origin TEXT NOT NULL,
                search_id BIGINT,
                record_count INTEGER NOT NULL,
                warnings TEXT NOT NULL,
                imported_by TEXT NOT NULL,
                imported_at TEXT NOT NULL)
            """,
            "CREATE INDEX lit_imports_study ON lit_imports (study_slug, id)",
            """
            CREATE TABLE lit_records (
                id \(serial),
                study_slug TEXT NOT NULL REFERENCES studies(slug),
                import_id BIGINT NOT NULL,
                position INTEGER NOT NULL,
                title TEXT NOT NULL DEFAULT '',
                year INTEGER,
                doi TEXT,
                pmid TEXT,
                data TEXT NOT NULL,
                duplicate_of BIGINT,
                duplicate_reason TEXT)
            """,
            "CREATE INDEX lit_records_study ON lit_records (study_slug, id)",
            "CREATE INDEX lit_records_import ON lit_records (import_id)",
            "CREATE INDEX lit_records_duplicate ON lit_records (study_slug, duplicate_of)",
            """
            CREATE TABLE lit_dedup_decisions (
                id \(serial),
                study_slug TEXT NOT NULL REFERENCES studies(slug),
                action TEXT NOT NULL,
                record_id BIGINT NOT NULL,
                target_id BIGINT,
                decided_by TEXT NOT NULL,
                decided_at TEXT NOT NULL)
            """,
            "CREATE INDEX lit_dedup_decisions_study ON lit_dedup_decisions (study_slug, id)",
            """
            CREATE TABLE lit_assignments (
                study_slug TEXT NOT NULL REFERENCES studies(slug),
                stage TEXT NOT NULL,
                username TEXT NOT NULL,
                PRIMARY KEY (study_slug, stage, username))
            """,
            """
            CREATE TABLE lit_decisions (
                study_slug TEXT NOT NULL REFERENCES studies(slug),
                record_id BIGINT NOT NULL,
                stage TEXT NOT NULL,
                username TEXT NOT NULL,
                decision TEXT NOT NULL,
                reason TEXT NOT NULL DEFAULT '',
                decided_at TEXT NOT NULL,
                PRIMARY KEY (record_id, stage, username))
            """,
            "CREATE INDEX lit_decisions_study ON lit_decisions (study_slug, stage)",
            """
            CREATE TABLE lit_resolutions (
                study_slug TEXT NOT NULL REFERENCES studies(slug),
                record_id BIGINT NOT NULL,
                stage TEXT NOT NULL,
                decision TEXT NOT NULL,
                reason TEXT NOT NULL DEFAULT '',
                method TEXT NOT NULL,
                resolved_by TEXT NOT NULL,
                resolved_at TEXT NOT NULL,
                PRIMARY KEY (record_id, stage))
            """,
            "CREATE INDEX lit_resolutions_study ON lit_resolutions (study_slug, stage)",
            """
            CREATE TABLE lit_fulltexts (
                record_id BIGINT PRIMARY KEY,
                study_slug TEXT NOT NULL REFERENCES studies(slug),
                link TEXT,
                file_name TEXT,
                media_type TEXT,
                content \(blob),
                added_by TEXT NOT NULL,
                added_at TEXT NOT NULL)
            """,
            "CREATE INDEX lit_fulltexts_study ON lit_fulltexts (study_slug)",
            """
            CREATE TABLE lit_settings (
                study_slug TEXT PRIMARY KEY REFERENCES studies(slug),
                settings TEXT NOT NULL)
            """,
            """
            CREATE TABLE lit_extractions (
                study_slug TEXT NOT NULL REFERENCES studies(slug),
                record_id BIGINT NOT NULL,
                field TEXT NOT NULL,
                value TEXT NOT NULL,
                updated_by TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                PRIMARY KEY (record_id, field))
            """,
            "CREATE INDEX lit_extractions_study ON lit_extractions (study_slug)",
        ]
    }
}
