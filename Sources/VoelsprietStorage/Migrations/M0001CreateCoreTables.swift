/// Studies, responses, contact details, researcher accounts and the session store.
///
/// Responses and contact details have random text keys and no time of day; on SQLite they
/// are `WITHOUT ROWID` tables, so not even a hidden row number records the order of arrival,
/// and nothing can match a contact to a response.
struct M0001CreateCoreTables: Migration {
    let version = 1
    let name = "create core tables"

    func statements(for kind: DatabaseKind) -> [String] {
        let withoutRowID = kind == .sqlite ? " WITHOUT ROWID" : ""
        return [
            """
            CREATE TABLE studies (
                slug TEXT PRIMARY KEY,
                title TEXT NOT NULL,
                status TEXT NOT NULL,
                instrument TEXT NOT NULL,
                help_links TEXT,
                created_on TEXT NOT NULL)
            """,
            """
            CREATE TABLE responses (
                id TEXT PRIMARY KEY,
                study_slug TEXT NOT NULL REFERENCES studies(slug),
                receipt_hash TEXT NOT NULL UNIQUE,
                submitted_on TEXT NOT NULL,
                answers TEXT NOT NULL)\(withoutRowID)
            """,
            "CREATE INDEX responses_study ON responses (study_slug)",
            """
            CREATE TABLE contacts (
                id TEXT PRIMARY KEY,
                study_slug TEXT NOT NULL REFERENCES studies(slug),
                name TEXT NOT NULL,
                email TEXT NOT NULL,
                phone TEXT NOT NULL,
                note TEXT NOT NULL,
                consent TEXT NOT NULL)\(withoutRowID)
            """,
            "CREATE INDEX contacts_study ON contacts (study_slug)",
            """
            CREATE TABLE users (
                username TEXT PRIMARY KEY,
                password_hash TEXT NOT NULL,
                role TEXT NOT NULL,
                created_on TEXT NOT NULL)
            """,
            """
            CREATE TABLE key_values (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL,
                expires_at BIGINT)
            """,
        ]
    }
}
