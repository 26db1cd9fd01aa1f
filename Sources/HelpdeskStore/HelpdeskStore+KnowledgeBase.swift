import Foundation
import GRDB
import HelpdeskCore

/// The knowledge base (知识库): articles and a search that works for Chinese and English.
extension HelpdeskStore {
    /// Saves a new article and returns its id.
    public func addArticle(title: String, body: String, category: Category, tags: [String] = [],
                           author: String, at now: Date, status: KBArticleStatus = .published) throws -> Int64 {
        let article = try Self.validated(KBArticle(title: title, body: body, category: category, tags: tags,
                                                    status: status, author: author, createdAt: now))
        return try write { db in
            try db.execute(sql: """
                INSERT INTO kb_articles(title, body, category, tags, status, author, created_at, updated_at, search)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [article.title, article.body, article.category.rawValue, TicketCodec.encodeTags(article.tags),
                                 article.status.rawValue, article.author, now.epoch, now.epoch, Self.searchText(article)])
            return db.lastInsertedRowID
        }
    }

    /// Replaces an article's text, category, tags and status; `updatedAt` becomes `now`.
    public func updateArticle(_ article: KBArticle, at now: Date) throws {
        let article = try Self.validated(article)
        try write { db in
            try db.execute(sql: """
                UPDATE kb_articles SET title = ?, body = ?, category = ?, tags = ?, status = ?, updated_at = ?, search = ?
                WHERE id = ?
                """, arguments: [article.title, article.body, article.category.rawValue, TicketCodec.encodeTags(article.tags),
                                 article.status.rawValue, now.epoch, Self.searchText(article), article.id])
            if db.changesCount == 0 { throw StoreError.articleNotFound(article.id) }
        }
    }

    /// The article with this id.
    public func article(id: Int64) throws -> KBArticle {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM kb_articles WHERE id = ?", arguments: [id]) else {
                throw StoreError.articleNotFound(id)
            }
            return KBArticle(id: row["id"], title: row["title"], body: row["body"],
                             category: try TicketCodec.enumValue(row["category"]), tags: TicketCodec.decodeTags(row["tags"]),
                             status: try TicketCodec.enumValue(row["status"]), author: row["author"],
                             createdAt: Date(epoch: row["created_at"]), updatedAt: Date(epoch: row["updated_at"]))
        }
    }

    /// Articles matching every typed term, best first; retired articles are left out.
    /// Any text is accepted: quotes, operators and punctuation are searched for literally.
    public func searchArticles(_ text: String, limit: Int = 20) throws -> [KBHit] {
        let search = KBSearch(text)
        guard !search.isEmpty, limit > 0 else { return [] }
        return try read { db in
            let shortChecks = search.shortTerms.map { _ in " AND instr(a.search, ?) > 0" }.joined()
            let shortArguments = search.shortTerms.map(\.databaseValue)
            if let match = search.match {
                // bm25 weights: a hit in the title counts most, then tags, then the body.
                let rows = try Row.fetchAll(db, sql: """
                    SELECT a.id, a.title, a.category, a.tags, a.status, a.updated_at,
                           snippet(kb_fts, -1, '', '', '…', 24) AS snippet
                    FROM kb_fts JOIN kb_articles a ON a.id = kb_fts.rowid
                    WHERE kb_fts MATCH ? AND a.status <> 'retired'\(shortChecks)
                    ORDER BY bm25(kb_fts, 10.0, 1.0, 5.0), a.id LIMIT ?
                    """, arguments: StatementArguments([match.databaseValue] + shortArguments + [limit.databaseValue]))
                return try rows.map { try Self.hit($0, snippet: $0["snippet"]) }
            }
            // Earlier occurrence first: the search text starts with the title.
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.id, a.title, a.category, a.tags, a.status, a.updated_at, a.body FROM kb_articles a
                WHERE a.status <> 'retired'\(shortChecks)
                ORDER BY instr(a.search, ?), a.updated_at DESC, a.id LIMIT ?
                """, arguments: StatementArguments(shortArguments + [search.shortTerms[0].databaseValue, limit.databaseValue]))
            return try rows.map { try Self.hit($0, snippet: KBSearch.snippet(of: $0["body"], around: search.shortTerms.first)) }
        }
    }

    /// The most recently updated articles that are not retired.
    public func recentArticles(limit: Int = 20) throws -> [KBHit] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, title, category, tags, status, updated_at, body FROM kb_articles
                WHERE status <> 'retired' ORDER BY updated_at DESC, id DESC LIMIT ?
                """, arguments: [max(0, limit)]).map { try Self.hit($0, snippet: KBSearch.snippet(of: $0["body"], around: nil)) }
        }
    }

    private static func hit(_ row: Row, snippet: String) throws -> KBHit {
        KBHit(id: row["id"], title: row["title"], category: try TicketCodec.enumValue(row["category"]),
              tags: TicketCodec.decodeTags(row["tags"]), status: try TicketCodec.enumValue(row["status"]),
              snippet: snippet, updatedAt: Date(epoch: row["updated_at"]))
    }

    private static func validated(_ article: KBArticle) throws -> KBArticle {
        var clean = article
        clean.title = try Limits.checked(article.title, "the article title", limit: Limits.titleCharacters)
        clean.body = try Limits.checked(article.body, "the article text", limit: Limits.bodyCharacters)
        clean.tags = try Limits.tags(article.tags)
        return clean
    }

    private static func searchText(_ article: KBArticle) -> String {
        (article.title + "\n" + article.tags.joined(separator: " ") + "\n" + article.body).lowercased()
    }
}
