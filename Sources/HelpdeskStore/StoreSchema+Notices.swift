import GRDB

/// Notices for engineers' consoles (migration `v5_notices`).
///
/// A notice is written in the same transaction as the change it reports, so an assignment and
/// the new assignee's notice are saved together or not at all. Unread notices are found through
/// a partial index, so reading them stays cheap however many were read before.
extension StoreSchema {
    static func createNotices(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE notices (
                id INTEGER PRIMARY KEY,
                recipient TEXT NOT NULL,
                ticket_id INTEGER REFERENCES tickets(id),
                kind TEXT NOT NULL CHECK (kind IN ('assigned', 'at_risk', 'breached')),
                text TEXT NOT NULL,
                created_at REAL NOT NULL,
                read_at REAL);
            CREATE INDEX notices_unread ON notices(recipient, id) WHERE read_at IS NULL;
            CREATE INDEX notices_by_recipient ON notices(recipient, created_at);
            """)
    }
}
