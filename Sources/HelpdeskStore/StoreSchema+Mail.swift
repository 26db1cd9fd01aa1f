import GRDB

extension StoreSchema {
    /// `mail_messages` remembers every Message-ID taken in (so a re-import skips it and replies
    /// thread by In-Reply-To/References); `mail_attachments` records what came attached.
    static func createMailTables(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE mail_messages (
                message_id TEXT PRIMARY KEY,
                ticket_id INTEGER NOT NULL REFERENCES tickets(id),
                comment_id INTEGER REFERENCES comments(id),
                received_at REAL NOT NULL) WITHOUT ROWID;
            CREATE INDEX mail_messages_by_ticket ON mail_messages(ticket_id);
            CREATE TABLE mail_attachments (
                id INTEGER PRIMARY KEY,
                ticket_id INTEGER NOT NULL REFERENCES tickets(id),
                comment_id INTEGER REFERENCES comments(id),
                name TEXT NOT NULL,
                content_type TEXT NOT NULL,
                size INTEGER NOT NULL CHECK (size >= 0));
            CREATE INDEX mail_attachments_by_ticket ON mail_attachments(ticket_id);
            """)
    }
}
