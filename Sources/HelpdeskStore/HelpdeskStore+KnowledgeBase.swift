import Foundation
import GRDB
import HelpdeskCore

/// The knowledge base (知识库): articles and a search that works for Chinese and English.
extension HelpdeskStore {
    /// Saves a new article as its version 1 and returns its id.
    public func addArticle(title: String, body: String, category: Category, tags: [String] = [],
                           author: String, at now: Date, status: KBArticleStatus = .published) throws -> Int64 {
        let article = try Self.validated(KBArticle(title: title, body: body, category: category, tags: tags,
                                                    status: status, author: author, createdAt: now))
        return try write { db in try Self.insertArticle(article, id: nil, editor: author, note: "created", db) }
    }

    /// Writes a new article (with `id` when given, as an import does) and its first version.
    static func insertArticle(_ article: KBArticle, id: Int64?, editor: String, note: String, _ db: Database) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO kb_articles(id, title, body, category, tags, status, author, created_at, updated_at, search, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
            """, arguments: [id, article.title, article.body, article.category.rawValue, TicketCodec.encodeTags(article.tags),
                             article.status.rawValue, article.author, article.createdAt.epoch, article.updatedAt.epoch,
                             Self.searchText(article)])
        let newID = db.lastInsertedRowID
        var saved = article
        saved.id = newID
        try insertVersion(saved, version: 1, editor: editor, at: article.updatedAt, note: note, db)
        return newID
    }

    /// Saves an edit of an article's text, category, tags or status as its next version and
    /// returns the article as saved. The author, a lead or an admin may edit. With
    /// `expectedVersion`, an article someone saved in the meantime is refused rather than
    /// overwritten. Saving what is already there changes nothing and makes no version.
    @discardableResult
    public func updateArticle(_ article: KBArticle, by actor: Actor, at now: Date, expectedVersion: Int? = nil,
                              note: String = "edited") throws -> KBArticle {
        let article = try Self.validated(article)
        return try auditingDenial(actor, at: now, action: "kb edit #\(article.id)") {
            try write { db in try Self.saveEdit(article, by: actor, at: now, expectedVersion: expectedVersion, note: note, db) }
        }
    }

    static func saveEdit(_ article: KBArticle, by actor: Actor, at now: Date, expectedVersion: Int?, note: String,
                         _ db: Database) throws -> KBArticle {
        let current = try fetchArticle(article.id, db)
        try AccessPolicy.checkEditArticle(article.id, author: current.author, by: actor)
        if let expectedVersion, expectedVersion != current.version {
            throw WorkflowError.invalid("article #\(article.id) is at version \(current.version) now, not \(expectedVersion); someone saved it meanwhile — look at `kb history \(article.id)` and edit again")
        }
        if article.title == current.title, article.body == current.body, article.category == current.category,
           article.tags == current.tags, article.status == current.status {
            return current
        }
        var saved = article
        saved.author = current.author
        saved.createdAt = current.createdAt
        saved.updatedAt = now
        saved.version = current.version + 1
        try db.execute(sql: """
            UPDATE kb_articles SET title = ?, body = ?, category = ?, tags = ?, status = ?, updated_at = ?, search = ?, version = ?
            WHERE id = ?
            """, arguments: [saved.title, saved.body, saved.category.rawValue, TicketCodec.encodeTags(saved.tags),
                             saved.status.rawValue, now.epoch, Self.searchText(saved), saved.version, saved.id])
        try insertVersion(saved, version: saved.version, editor: actor.login, at: now, note: note, db)
        return saved
    }

    /// The article with this id.
    public func article(id: Int64) throws -> KBArticle {
        try read { db in try Self.fetchArticle(id, db) }
    }

    static func fetchArticle(_ id: Int64, _ db: Database) throws -> KBArticle {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM kb_articles WHERE id = ?", arguments: [id]) else {
            throw StoreError.articleNotFound(id)
        }
        return KBArticle(id: row["id"], title: row["title"], body: row["body"],
                         category: try TicketCodec.enumValue(row["category"]), tags: TicketCodec.decodeTags(row["tags"]),
                         status: try TicketCodec.enumValue(row["status"]), author: row["author"],
                         createdAt: Date(epoch: row["created_at"]), updatedAt: Date(epoch: row["updated_at"]),
                         version: row["version"])
    }

    /// Articles holding every typed term, best first: published ones, plus the drafts and
    /// archived articles `visibility` asks for. Any text is accepted: quotes, operators,
    /// punctuation and NUL are searched for literally and never raise an error.
    ///
    /// Best first means the earliest occurrences (the search text starts with the title, then
    /// the tags), then the most recently updated. Only the newest matches are ranked: those
    /// among the `StoreOptions.searchRankWindow` newest candidates an index names, so a term
    /// found in half the knowledge base costs no more than a rare one. Candidates are exact for
    /// the terms the index was asked about; when long and short terms are mixed and the window
    /// holds too few articles with both to fill the page, the search reads on, up to a window
    /// of matches.
    public func searchArticles(_ text: String, limit: Int = 20, visibility: KBVisibility = .published) throws -> [KBHit] {
        let search = KBSearch(text)
        guard let source = search.candidateSource, limit > 0 else { return [] }
        let window = max(limit, options.searchRankWindow)
        return try read { db in
            var rows = try Self.rankedArticles(search, source: source, visibility: visibility, candidates: window, matches: window, limit: limit, db)
            if rows.count < limit {
                rows = try Self.rankedArticles(search, source: source, visibility: visibility, candidates: nil, matches: window, limit: limit, db)
            }
            return try rows.map { try Self.hit($0, snippet: KBSearch.snippet(of: $0["body"], around: search.terms.first)) }
        }
    }

    /// The best `limit` of the first `matches` confirmed articles among the newest `candidates`
    /// (all of them when nil) the index names; only those are then read whole.
    private static func rankedArticles(_ search: KBSearch, source: (table: String, match: String), visibility: KBVisibility, candidates: Int?,
                                       matches: Int, limit: Int, _ db: Database) throws -> [Row] {
        let checks = search.terms.map { _ in " AND instr(a.search, ?) > 0" }.joined()
        let position = search.terms.map { _ in "instr(a.search, ?)" }.joined(separator: " + ")
        let terms = search.terms.map(\.databaseValue)
        let named = "SELECT rowid AS candidate FROM \(source.table) WHERE \(source.table) MATCH ? ORDER BY rowid DESC"
            + (candidates == nil ? "" : " LIMIT ?")
        let sourceArguments = [source.match.databaseValue] + (candidates.map { [$0.databaseValue] } ?? [])
        return try Row.fetchAll(db, sql: """
            SELECT a.id, a.title, a.category, a.tags, a.status, a.updated_at, a.body, a.version, \(usageColumn) FROM (
                SELECT hit, position, updated FROM (
                    SELECT a.id AS hit, \(position) AS position, a.updated_at AS updated
                    FROM (\(named)) AS c CROSS JOIN kb_articles a ON a.id = c.candidate
                    WHERE \(visibilityClause)\(checks)
                    LIMIT ?)
                ORDER BY position, updated DESC, hit LIMIT ?) AS best
            CROSS JOIN kb_articles a ON a.id = best.hit
            ORDER BY best.position, best.updated DESC, best.hit
            """, arguments: StatementArguments(terms + sourceArguments + visibilityArguments(visibility) + terms
                                               + [matches.databaseValue, limit.databaseValue]))
    }

    /// The most recently updated articles that `visibility` shows.
    public func recentArticles(limit: Int = 20, visibility: KBVisibility = .published) throws -> [KBHit] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.id, a.title, a.category, a.tags, a.status, a.updated_at, a.body, a.version, \(Self.usageColumn)
                FROM kb_articles a WHERE \(Self.visibilityClause) ORDER BY a.updated_at DESC, a.id DESC LIMIT ?
                """, arguments: StatementArguments(Self.visibilityArguments(visibility) + [max(0, limit).databaseValue])).map { try Self.hit($0, snippet: KBSearch.snippet(of: $0["body"], around: nil)) }
        }
    }

    static func hit(_ row: Row, snippet: String) throws -> KBHit {
        KBHit(id: row["id"], title: row["title"], category: try TicketCodec.enumValue(row["category"]),
              tags: TicketCodec.decodeTags(row["tags"]), status: try TicketCodec.enumValue(row["status"]),
              snippet: snippet, updatedAt: Date(epoch: row["updated_at"]),
              usage: row["usage"] ?? 0, version: row["version"] ?? 1)
    }

    /// How many tickets link the article `a` (the index on `ticket_articles.article_id` answers it).
    static let usageColumn = "(SELECT COUNT(*) FROM ticket_articles u WHERE u.article_id = a.id) AS usage"

    /// Which statuses of article `a` are shown; takes `visibilityArguments`.
    static let visibilityClause = """
        (a.status = 'published' OR (a.status = 'draft' AND (? OR a.author = ?)) OR (a.status = 'archived' AND ?))
        """

    static func visibilityArguments(_ visibility: KBVisibility) -> [DatabaseValue] {
        [visibility.allDrafts.databaseValue, (visibility.viewer ?? "").databaseValue, visibility.archived.databaseValue]
    }

    static func validated(_ article: KBArticle) throws -> KBArticle {
        var clean = article
        clean.title = try Limits.checked(article.title, "the article title", limit: Limits.titleCharacters)
        clean.body = try Limits.checked(article.body, "the article text", limit: Limits.bodyCharacters)
        clean.tags = try Limits.tags(article.tags)
        return clean
    }

    static func searchText(_ article: KBArticle) -> String {
        (article.title + "\n" + article.tags.joined(separator: " ") + "\n" + article.body).lowercased()
    }
}
