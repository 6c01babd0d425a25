/// Questionnaires edited in the browser: the builder's draft per study, every published
/// version that answers were given to (kept readable after a newer one is published), and the
/// version each response answered. And the receipts of withdrawn responses (their hash only), so
/// that replaying the last page after a withdrawal does not store the answers again.
struct M0008QuestionnaireVersions: Migration {
    let version = 8
    let name = "questionnaire drafts and versions"

    func statements(for kind: DatabaseKind) -> [String] {
        [
            """
            CREATE TABLE instrument_drafts (
                study_slug TEXT PRIMARY KEY REFERENCES studies(slug),
                instrument TEXT NOT NULL,
                updated_on TEXT NOT NULL,
                updated_by TEXT NOT NULL)
            """,
            """
            CREATE TABLE instrument_versions (
                study_slug TEXT NOT NULL REFERENCES studies(slug),
                version INTEGER NOT NULL,
                instrument TEXT NOT NULL,
                replaced_on TEXT NOT NULL,
                replaced_by TEXT NOT NULL,
                PRIMARY KEY (study_slug, version))
            """,
            // The version the study's current instrument is; null: 1.
            "ALTER TABLE studies ADD COLUMN instrument_version INTEGER",
            // The version a response answered; null: 1 (responses from before versions were kept).
            "ALTER TABLE responses ADD COLUMN instrument_version INTEGER",
            "ALTER TABLE test_responses ADD COLUMN instrument_version INTEGER",
            """
            CREATE TABLE withdrawn_receipts (
                receipt_hash TEXT PRIMARY KEY,
                study_slug TEXT NOT NULL)\(kind == .sqlite ? " WITHOUT ROWID" : "")
            """,
        ]
    }
}
