/// Interviews and focus groups inside a study: sources (transcripts, their normalised text and
/// speaker turns), participants with types and typed attributes, the codebook, coders, codings
/// (one row per coder, code and range, positions in Unicode scalars), settings (comparison open)
/// and the full-text index.
///
/// Ids are the GUIDs of REFI-QDA, unique within a study (the same project may be imported into
/// two studies), so every key is (study_slug, id) and every query names the study.
///
/// Full text: each source keeps `stems`, the space-separated stems of its text made by
/// `SearchIndexText` (our Dutch/English stemmer), so both engines tokenize the same thing: SQLite
/// indexes it in an FTS5 table (`qda_source_index`, unicode61), PostgreSQL with a GIN index on
/// `to_tsvector('simple', stems)`. The database narrows the candidates; exact hits are found in
/// Swift.
struct M0005Interviews: Migration {
    let version = 5
    let name = "interviews: sources, participants, codebook, coders, codings, full-text index"

    func statements(for kind: DatabaseKind) -> [String] {
        var statements = [
            """
            CREATE TABLE qda_sources (
                id TEXT NOT NULL,
                study_slug TEXT NOT NULL REFERENCES studies(slug),
                position INTEGER NOT NULL,
                name TEXT NOT NULL,
                format TEXT NOT NULL,
                language TEXT NOT NULL,
                text TEXT NOT NULL,
                scalar_length INTEGER NOT NULL,
                turns TEXT NOT NULL,
                memo TEXT,
                stems TEXT NOT NULL,
                imported_by TEXT NOT NULL,
                imported_at TEXT NOT NULL,
                PRIMARY KEY (study_slug, id))
            """,
            "CREATE INDEX qda_sources_study ON qda_sources (study_slug, position)",
            """
            CREATE TABLE qda_variables (
                study_slug TEXT NOT NULL REFERENCES studies(slug),
                name TEXT NOT NULL,
                type TEXT NOT NULL,
                description TEXT,
                position INTEGER NOT NULL,
                PRIMARY KEY (study_slug, name))
            """,
            """
            CREATE TABLE qda_participants (
                study_slug TEXT NOT NULL REFERENCES studies(slug),
                label TEXT NOT NULL,
                types TEXT NOT NULL,
                attributes TEXT NOT NULL,
                PRIMARY KEY (study_slug, label))
            """,
            """
            CREATE TABLE qda_source_participants (
                study_slug TEXT NOT NULL REFERENCES studies(slug),
                source_id TEXT NOT NULL,
                label TEXT NOT NULL,
                position INTEGER NOT NULL,
                PRIMARY KEY (study_slug, source_id, label))
            """,
            """
            CREATE TABLE qda_codes (
                id TEXT NOT NULL,
                study_slug TEXT NOT NULL REFERENCES studies(slug),
                position INTEGER NOT NULL,
                name TEXT NOT NULL,
                description TEXT,
                colour TEXT,
                origin TEXT NOT NULL,
                parent_id TEXT,
                is_codable INTEGER NOT NULL,
                memo TEXT,
                PRIMARY KEY (study_slug, id))
            """,
            "CREATE INDEX qda_codes_study ON qda_codes (study_slug, position)",
            """
            CREATE TABLE qda_coders (
                id TEXT NOT NULL,
                study_slug TEXT NOT NULL REFERENCES studies(slug),
                name TEXT NOT NULL,
                username TEXT,
                kind TEXT NOT NULL,
                PRIMARY KEY (study_slug, id))
            """,
            "CREATE UNIQUE INDEX qda_coders_user ON qda_coders (study_slug, username)",
            """
            CREATE TABLE qda_codings (
                id TEXT NOT NULL,
                study_slug TEXT NOT NULL REFERENCES studies(slug),
                source_id TEXT NOT NULL,
                code_id TEXT NOT NULL,
                coder_id TEXT NOT NULL,
                start_pos INTEGER NOT NULL,
                end_pos INTEGER NOT NULL,
                memo TEXT,
                created_at TEXT NOT NULL,
                PRIMARY KEY (study_slug, id),
                CHECK (start_pos >= 0 AND end_pos > start_pos))
            """,
            "CREATE INDEX qda_codings_code ON qda_codings (study_slug, code_id)",
            "CREATE INDEX qda_codings_source ON qda_codings (study_slug, source_id, coder_id)",
            """
            CREATE TABLE qda_settings (
                study_slug TEXT PRIMARY KEY REFERENCES studies(slug),
                comparison_open INTEGER NOT NULL)
            """,
        ]
        switch kind {
        case .sqlite:
            statements.append(
                "CREATE VIRTUAL TABLE qda_source_index USING fts5(source_id UNINDEXED, study_slug UNINDEXED, stems, tokenize = 'unicode61')")
        case .postgres:
            statements.append("CREATE INDEX qda_sources_stems ON qda_sources USING GIN (to_tsvector('simple', stems))")
        }
        return statements
    }
}
