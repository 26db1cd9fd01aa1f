import GRDB

/// The knowledge base: articles plus two FTS5 indexes kept in step by triggers.
///
/// `kb_fts` (trigrams, with positions) finds any substring of three or more characters, in
/// Chinese as in English, exactly: a phrase of trigrams must occur in sequence, so a word that
/// no article holds costs almost nothing even when its letters are common. Shorter terms
/// (打印, 网络, "pc") cannot match a trigram; `kb_grams` (version 2) indexes every character and
/// character pair of the lower-cased `search` text (`NGramTokenizer`, no positions), which
/// answers a one- or two-character term exactly. Version 1 scanned the articles for those.
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

    /// Version 2: the index of characters and pairs for one- and two-character terms.
    static func createKnowledgeBaseGrams(_ db: Database) throws {
        try db.execute(sql: """
            CREATE VIRTUAL TABLE kb_grams USING fts5(
                search, content='kb_articles', content_rowid='id', tokenize='\(NGramTokenizer.name)', detail='none', columnsize=0);
            CREATE TRIGGER kb_grams_insert AFTER INSERT ON kb_articles BEGIN
                INSERT INTO kb_grams(rowid, search) VALUES (NEW.id, NEW.search);
            END;
            CREATE TRIGGER kb_grams_delete AFTER DELETE ON kb_articles BEGIN
                INSERT INTO kb_grams(kb_grams, rowid, search) VALUES ('delete', OLD.id, OLD.search);
            END;
            CREATE TRIGGER kb_grams_update AFTER UPDATE OF search ON kb_articles BEGIN
                INSERT INTO kb_grams(kb_grams, rowid, search) VALUES ('delete', OLD.id, OLD.search);
                INSERT INTO kb_grams(rowid, search) VALUES (NEW.id, NEW.search);
            END;
            INSERT INTO kb_grams(kb_grams) VALUES ('rebuild');
            """)
    }
}
