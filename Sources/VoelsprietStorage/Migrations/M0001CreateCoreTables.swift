/// Studies, responses, contact details, researcher accounts and the session store.
///
/// Responses and contact details have random ids and no time of day. Contact details are a
/// `WITHOUT ROWID` table on SQLite, so not even a hidden row number records their order of
/// arrival: nothing can match a contact to a response. Responses keep SQLite's row order,
/// which links them to nothing, so that intake appends instead of writing all over the tree;
/// exports sort them by their random id.
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
                receipt_hash TEXT PRIMARY KEY,
                id TEXT NOT NULL,
                study_slug TEXT NOT NULL REFERENCES studies(slug),
                submitted_on TEXT NOT NULL,
                answers TEXT NOT NULL)
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
