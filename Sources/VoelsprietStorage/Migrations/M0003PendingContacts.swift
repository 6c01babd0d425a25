/// Contact details wait, sealed, until enough of them have arrived to be released together.
///
/// A contact sent right after its answers would otherwise sit next to them in the order the
/// database keeps (SQLite's write-ahead log, PostgreSQL's `xmin`). `pending_contacts` holds
/// each one sealed (AES-GCM, fixed length) under a key kept outside the database, keyed by a
/// random id; the service moves them into `contacts` in shuffled batches, in one transaction.
struct M0003PendingContacts: Migration {
    let version = 3
    let name = "pending contact details, sealed until released in batches"

    func statements(for kind: DatabaseKind) -> [String] {
        let withoutRowID = kind == .sqlite ? " WITHOUT ROWID" : ""
        return [
            """
            CREATE TABLE pending_contacts (
                id TEXT PRIMARY KEY,
                study_slug TEXT NOT NULL REFERENCES studies(slug),
                sealed TEXT NOT NULL)\(withoutRowID)
            """,
            "CREATE INDEX pending_contacts_study ON pending_contacts (study_slug)",
        ]
    }
}
