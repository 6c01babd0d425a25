/// Studies as workspaces: members with a role per study, an append-only audit trail, sessions
/// stored by the hash of their id, account safety (forced password change, disabling, TOTP)
/// and a retention date per study.
///
/// Sessions move out of `key_values` (which M0001 made for them and nothing uses now) into
/// `sessions`, keyed by the hash of their id; the old ones end.
///
/// Existing studies get the existing admin accounts as leads, so that an upgrade keeps
/// them reachable; every other account must be added by a lead.
struct M0002StudyWorkspace: Migration {
    let version = 2
    let name = "study workspace: members, audit trail, sessions, account safety, retention"

    func statements(for kind: DatabaseKind) -> [String] {
        let serial = kind == .sqlite ? "INTEGER PRIMARY KEY AUTOINCREMENT" : "BIGSERIAL PRIMARY KEY"
        let now =
            kind == .sqlite
            ? "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')" : #"to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')"#
        var statements = [
            "ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE users ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE users ADD COLUMN totp_secret TEXT",
            "ALTER TABLE users ADD COLUMN totp_last_step BIGINT",
            "ALTER TABLE studies ADD COLUMN created_by TEXT",
            "ALTER TABLE studies ADD COLUMN retention_date TEXT",
            "ALTER TABLE studies ADD COLUMN require_two_factor INTEGER NOT NULL DEFAULT 0",
            """
            CREATE TABLE study_members (
                study_slug TEXT NOT NULL REFERENCES studies(slug),
                username TEXT NOT NULL REFERENCES users(username),
                role TEXT NOT NULL,
                added_on TEXT NOT NULL,
                PRIMARY KEY (study_slug, username))
            """,
            "CREATE INDEX study_members_user ON study_members (username)",
            """
            CREATE TABLE audit_events (
                id \(serial),
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                study_slug TEXT,
                detail TEXT NOT NULL)
            """,
            "CREATE INDEX audit_events_study ON audit_events (study_slug, id)",
            """
            CREATE TABLE sessions (
                id_hash TEXT PRIMARY KEY,
                username TEXT NOT NULL REFERENCES users(username),
                csrf TEXT NOT NULL,
                stage TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                last_seen_at BIGINT NOT NULL)
            """,
            "CREATE INDEX sessions_user ON sessions (username)",
            """
            INSERT INTO study_members (study_slug, username, role, added_on)
            SELECT studies.slug, users.username, 'lead', studies.created_on FROM studies, users WHERE users.role = 'admin'
            """,
            // … and says so in each study's trail.
            """
            INSERT INTO audit_events (at, actor, action, study_slug, detail)
            SELECT \(now), 'migration', 'member_added', study_slug, username || ' lead (upgrade: admins lead the studies that existed)'
            FROM study_members
            """,
            "DELETE FROM key_values WHERE key LIKE 'session.%'",
        ]
        // Append-only: the engine itself refuses to change or remove an audit row.
        switch kind {
        case .sqlite:
            statements += [
                """
                CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
                BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END
                """,
                """
                CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
                BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END
                """,
            ]
        case .postgres:
            statements += [
                """
                CREATE FUNCTION voelspriet_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'audit_events is append-only'; END $$
                """,
                """
                CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
                FOR EACH ROW EXECUTE FUNCTION voelspriet_audit_append_only()
                """,
                """
                CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
                FOR EACH STATEMENT EXECUTE FUNCTION voelspriet_audit_append_only()
                """,
            ]
        }
        return statements
    }
}
