import GRDB

/// The knowledge base: articles plus an FTS5 index of the characters and character pairs
/// (`NGramTokenizer`) of their `search` text (lower-cased title, tags and body), kept in step
/// by triggers.
///
/// Any term, Chinese or English, of any length, is looked up as the AND of its pairs; `instr()`
/// confirms the candidates, so results are exact substring matches. `detail=none` keeps only
/// which articles hold a pair: positions would be needless after the confirmation.
extension StoreSchema {
    static func createKnowledgeBase(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE kb_articles (
                id INTEGER PRIMARY KEY,
                title TEXT NOT NULL,
                body TEXT NOT NULL,
                category TEXT NOT NULL,
                tags TEXT NOT NULL,            -- ",printer,driver,"
                status TEXT NOT NULL CHECK (status IN ('draft', 'published', 'retired')),
                author TEXT NOT NULL,
                created_at REAL NOT NULL,
                updated_at REAL NOT NULL,
                search TEXT NOT NULL);         -- lower-cased title, tags and body, one per line
            """)
        try createKnowledgeBaseIndex(db)
    }

    /// Version 2 replaced the trigram index, which missed one- and two-character terms.
    static func replaceKnowledgeBaseIndex(_ db: Database) throws {
        try db.execute(sql: """
            DROP TRIGGER IF EXISTS kb_fts_insert;
            DROP TRIGGER IF EXISTS kb_fts_delete;
            DROP TRIGGER IF EXISTS kb_fts_update;
            DROP TABLE IF EXISTS kb_fts;
            """)
        try createKnowledgeBaseIndex(db)
        try db.execute(sql: "INSERT INTO kb_fts(kb_fts) VALUES ('rebuild')")
    }

    private static func createKnowledgeBaseIndex(_ db: Database) throws {
        try db.execute(sql: """
            CREATE VIRTUAL TABLE kb_fts USING fts5(
                search, content='kb_articles', content_rowid='id', tokenize='\(NGramTokenizer.name)', detail='none');
            CREATE TRIGGER kb_fts_insert AFTER INSERT ON kb_articles BEGIN
                INSERT INTO kb_fts(rowid, search) VALUES (NEW.id, NEW.search);
            END;
            CREATE TRIGGER kb_fts_delete AFTER DELETE ON kb_articles BEGIN
                INSERT INTO kb_fts(kb_fts, rowid, search) VALUES ('delete', OLD.id, OLD.search);
            END;
            CREATE TRIGGER kb_fts_update AFTER UPDATE OF search ON kb_articles BEGIN
                INSERT INTO kb_fts(kb_fts, rowid, search) VALUES ('delete', OLD.id, OLD.search);
                INSERT INTO kb_fts(rowid, search) VALUES (NEW.id, NEW.search);
            END;
            """)
    }
}
