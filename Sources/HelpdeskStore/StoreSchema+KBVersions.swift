import GRDB

/// Article versions and the article status "archived" (migration "v9_kb_versions").
///
/// Every save of an article keeps a row in `kb_article_versions`, so an edit never loses the
/// text it replaced and an old version can be restored as a new one. `kb_articles.version`
/// is the newest version's number.
///
/// The status CHECK of version 1 said "retired"; SQLite cannot change a CHECK in place, so the
/// table is rebuilt under the same name with the same rowids. The two full-text indexes keep
/// their content (they read `kb_articles` by name and rowid); the triggers that feed them go
/// with the old table and are created again from their stored SQL.
extension StoreSchema {
    static func createArticleVersions(_ db: Database) throws {
        let triggers = try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'kb_articles'")
        let names = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'kb_articles'")
        for name in names { try db.execute(sql: "DROP TRIGGER \(name.quotedDatabaseIdentifier)") }
        try db.execute(sql: """
            CREATE TABLE kb_articles_v9 (
                id INTEGER PRIMARY KEY,
                title TEXT NOT NULL,
                body TEXT NOT NULL,
                category TEXT NOT NULL,
                tags TEXT NOT NULL,            -- ",printer,driver,"
                status TEXT NOT NULL CHECK (status IN ('draft', 'published', 'archived')),
                author TEXT NOT NULL,
                created_at REAL NOT NULL,
                updated_at REAL NOT NULL,
                search TEXT NOT NULL,          -- lower-cased title, tags and body, one per line
                version INTEGER NOT NULL DEFAULT 1);
            INSERT INTO kb_articles_v9(id, title, body, category, tags, status, author, created_at, updated_at, search)
                SELECT id, title, body, category, tags, CASE status WHEN 'retired' THEN 'archived' ELSE status END,
                       author, created_at, updated_at, search FROM kb_articles;
            DROP TABLE kb_articles;
            ALTER TABLE kb_articles_v9 RENAME TO kb_articles;
            CREATE TABLE kb_article_versions (
                article_id INTEGER NOT NULL REFERENCES kb_articles(id),
                version INTEGER NOT NULL,
                editor TEXT NOT NULL,
                edited_at REAL NOT NULL,
                title TEXT NOT NULL,
                body TEXT NOT NULL,
                category TEXT NOT NULL,
                tags TEXT NOT NULL,
                status TEXT NOT NULL,
                note TEXT NOT NULL,
                PRIMARY KEY (article_id, version)) WITHOUT ROWID;
            INSERT INTO kb_article_versions(article_id, version, editor, edited_at, title, body, category, tags, status, note)
                SELECT id, 1, author, updated_at, title, body, category, tags, status, 'created' FROM kb_articles;
            """)
        for sql in triggers { try db.execute(sql: sql) }
    }
}
