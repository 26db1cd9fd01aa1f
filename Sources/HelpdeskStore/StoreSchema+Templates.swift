import GRDB

/// The reply templates table (migration `v12_templates`).
///
/// Templates are shared by the team and few (tens), so the console reads them all and ranks them
/// itself; no search index. Who added, changed or removed one is in the audit log, with the text
/// a removed template had, so a removal loses nothing.
extension StoreSchema {
    static func createReplyTemplates(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE reply_templates (
                id INTEGER PRIMARY KEY,
                title TEXT NOT NULL,
                body TEXT NOT NULL,
                author TEXT NOT NULL,
                created_at REAL NOT NULL,
                updated_at REAL NOT NULL,
                updated_by TEXT NOT NULL);
            CREATE UNIQUE INDEX reply_templates_by_title ON reply_templates(title COLLATE NOCASE);
            """)
    }
}
