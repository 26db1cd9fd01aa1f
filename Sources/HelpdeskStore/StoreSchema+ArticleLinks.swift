import GRDB

/// Which knowledge-base articles helped with which tickets (migration "v2_kb_links").
///
/// One row per pair, so linking twice changes nothing. The index on the article answers
/// "how often was this article used", which tells the team which articles matter.
extension StoreSchema {
    static func createArticleLinks(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE ticket_articles (
                ticket_id INTEGER NOT NULL REFERENCES tickets(id),
                article_id INTEGER NOT NULL REFERENCES kb_articles(id),
                linked_by TEXT NOT NULL,
                linked_at REAL NOT NULL,
                PRIMARY KEY (ticket_id, article_id)) WITHOUT ROWID;
            CREATE INDEX ticket_articles_by_article ON ticket_articles(article_id);
            """)
    }
}
