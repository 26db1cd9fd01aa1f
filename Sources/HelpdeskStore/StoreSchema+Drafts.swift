import GRDB

/// Unsent text (migration `v8_drafts`): what an engineer was typing on a ticket, saved as it is
/// typed so a crash, a closed terminal or a kill loses at most the last second.
extension StoreSchema {
    static func createDrafts(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE drafts (
                login TEXT NOT NULL,
                ticket_id INTEGER NOT NULL REFERENCES tickets(id),
                kind TEXT NOT NULL,            -- reply, note, escalate, resolve, reopen
                body TEXT NOT NULL,
                updated_at REAL NOT NULL,
                PRIMARY KEY (login, ticket_id, kind)) WITHOUT ROWID;
            """)
    }
}
