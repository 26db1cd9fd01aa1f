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

    /// Articles holding every typed term, best first; retired articles are left out.
    /// Any text is accepted: quotes, operators and punctuation are searched for literally.
    ///
    /// Best first means the earliest occurrences (the search text starts with the title, then
    /// the tags), then the most recently updated. Only the newest matches are ranked: those
    /// among the `StoreOptions.searchRankWindow` newest candidates an index names, so a term
    /// found in half the knowledge base costs no more than a rare one. Candidates are exact for
    /// the terms the index was asked about; when long and short terms are mixed and the window
    /// holds too few articles with both to fill the page, the search reads on, up to a window
    /// of matches.
    public func searchArticles(_ text: String, limit: Int = 20) throws -> [KBHit] {
        let search = KBSearch(text)
        guard let source = search.candidateSource, limit > 0 else { return [] }
        let window = max(limit, options.searchRankWindow)
        return try read { db in
            var rows = try Self.rankedArticles(search, source: source, candidates: window, matches: window, limit: limit, db)
            if rows.count < limit {
                rows = try Self.rankedArticles(search, source: source, candidates: nil, matches: window, limit: limit, db)
            }
            return try rows.map { try Self.hit($0, snippet: KBSearch.snippet(of: $0["body"], around: search.terms.first)) }
        }
    }

    /// The best `limit` of the first `matches` confirmed articles among the newest `candidates`
    /// (all of them when nil) the index names; only those are then read whole.
    private static func rankedArticles(_ search: KBSearch, source: (table: String, match: String), candidates: Int?,
                                       matches: Int, limit: Int, _ db: Database) throws -> [Row] {
        let checks = search.terms.map { _ in " AND instr(a.search, ?) > 0" }.joined()
        let position = search.terms.map { _ in "instr(a.search, ?)" }.joined(separator: " + ")
        let terms = search.terms.map(\.databaseValue)
        let named = "SELECT rowid AS candidate FROM \(source.table) WHERE \(source.table) MATCH ? ORDER BY rowid DESC"
            + (candidates == nil ? "" : " LIMIT ?")
        let sourceArguments = [source.match.databaseValue] + (candidates.map { [$0.databaseValue] } ?? [])
        return try Row.fetchAll(db, sql: """
            SELECT a.id, a.title, a.category, a.tags, a.status, a.updated_at, a.body FROM (
                SELECT hit, position, updated FROM (
                    SELECT a.id AS hit, \(position) AS position, a.updated_at AS updated
                    FROM (\(named)) AS c CROSS JOIN kb_articles a ON a.id = c.candidate
                    WHERE a.status <> 'retired'\(checks)
                    LIMIT ?)
                ORDER BY position, updated DESC, hit LIMIT ?) AS best
            CROSS JOIN kb_articles a ON a.id = best.hit
            ORDER BY best.position, best.updated DESC, best.hit
            """, arguments: StatementArguments(terms + sourceArguments + terms + [matches.databaseValue, limit.databaseValue]))
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
