/// The study report: its composed definition (sections and blocks as JSON, with a revision
/// number so that two editors cannot overwrite each other unnoticed) and its frozen versions
/// (the definition, every number with its provenance, and the rendered HTML, Markdown and
/// .docx, kept as they were when frozen).
struct M0006StudyReports: Migration {
    let version = 6
    let name = "study report: definition and frozen versions"

    func statements(for kind: DatabaseKind) -> [String] {
        let blob = kind == .sqlite ? "BLOB" : "BYTEA"
        return [
            """
            CREATE TABLE study_reports (
                study_slug TEXT NOT NULL PRIMARY KEY REFERENCES studies(slug),
                definition TEXT NOT NULL,
                revision INTEGER NOT NULL,
                updated_by TEXT NOT NULL,
                updated_at TEXT NOT NULL)
            """,
            """
            CREATE TABLE study_report_versions (
                study_slug TEXT NOT NULL REFERENCES studies(slug),
                version INTEGER NOT NULL,
                note TEXT,
                language TEXT NOT NULL,
                created_by TEXT NOT NULL,
                created_at TEXT NOT NULL,
                definition TEXT NOT NULL,
                facts TEXT NOT NULL,
                html TEXT NOT NULL,
                markdown TEXT NOT NULL,
                docx \(blob) NOT NULL,
                PRIMARY KEY (study_slug, version))
            """,
        ]
    }
}
