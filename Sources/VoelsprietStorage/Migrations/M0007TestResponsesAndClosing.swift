/// Test answers (from the preview link) in a table of their own, so that no report, export or
/// count of real responses can include them by mistake; and the moment a study was closed, for
/// the grace period in which respondents who started before it may still send; and the language
/// each response was given in; and the study's own texts for respondents.
struct M0007TestResponsesAndClosing: Migration {
    let version = 7
    let name = "test responses and the closing time of a study"

    func statements(for kind: DatabaseKind) -> [String] {
        [
            """
            CREATE TABLE test_responses (
                receipt_hash TEXT PRIMARY KEY,
                id TEXT NOT NULL,
                study_slug TEXT NOT NULL REFERENCES studies(slug),
                submitted_on TEXT NOT NULL,
                answers TEXT NOT NULL,
                language TEXT)
            """,
            "CREATE INDEX test_responses_study ON test_responses (study_slug)",
            "ALTER TABLE studies ADD COLUMN closed_at INTEGER",
            // The language the questionnaire was filled in: an export variable (nl, en).
            "ALTER TABLE responses ADD COLUMN language TEXT",
            // The lead's texts for respondents (introduction, thanks, interview offer) as JSON; null: the defaults.
            "ALTER TABLE studies ADD COLUMN respondent_texts TEXT",
        ]
    }
}
