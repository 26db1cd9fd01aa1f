import GRDB

/// The knowledge base: articles plus an FTS5 trigram index kept in step by triggers.
///
/// Trigrams find any substring of three or more characters, in Chinese as in English, and rank
/// with bm25. Shorter queries (打印, 网络, "pc") cannot match a trigram, so the store answers them
/// with `instr()` over the lower-cased `search` column, a plain scan of the articles table:
/// a knowledge base holds thousands of articles, not millions, so the scan stays in milliseconds,
/// and it needs no second index that every article edit would have to maintain.
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
                search TEXT NOT NULL);         -- lower-cased title, body and tags for short queries
            CREATE VIRTUAL TABLE kb_fts USING fts5(
                title, body, tags, content='kb_articles', content_rowid='id', tokenize='trigram');
            CREATE TRIGGER kb_fts_insert AFTER INSERT ON kb_articles BEGIN
                INSERT INTO kb_fts(rowid, title, body, tags) VALUES (NEW.id, NEW.title, NEW.body, NEW.tags);
            END;
            CREATE TRIGGER kb_fts_delete AFTER DELETE ON kb_articles BEGIN
                INSERT INTO kb_fts(kb_fts, rowid, title, body, tags) VALUES ('delete', OLD.id, OLD.title, OLD.body, OLD.tags);
            END;
            CREATE TRIGGER kb_fts_update AFTER UPDATE ON kb_articles BEGIN
                INSERT INTO kb_fts(kb_fts, rowid, title, body, tags) VALUES ('delete', OLD.id, OLD.title, OLD.body, OLD.tags);
                INSERT INTO kb_fts(rowid, title, body, tags) VALUES (NEW.id, NEW.title, NEW.body, NEW.tags);
            END;
            """)
    }
}
