import Foundation
import GRDB
import HelpdeskCore

/// Every saved state of an article (`kb_article_versions`), and restoring an old one.
extension HelpdeskStore {
    /// The article's versions, oldest first.
    public func articleVersions(articleID: Int64) throws -> [KBArticleVersion] {
        try read { db in
            _ = try Self.fetchArticle(articleID, db)
            return try Row.fetchAll(db, sql: "SELECT * FROM kb_article_versions WHERE article_id = ? ORDER BY version",
                                    arguments: [articleID]).map(Self.version)
        }
    }

    /// One version of an article; the error lists which versions exist.
    public func articleVersion(articleID: Int64, version: Int) throws -> KBArticleVersion {
        try read { db in try Self.fetchVersion(articleID, version, db) }
    }

    /// Makes an old version's text, category, tags and status the article's newest version
    /// (the versions in between are kept) and returns the article as saved. The author, a lead
    /// or an admin may restore. Restoring what the article already says changes nothing.
    @discardableResult
    public func restoreArticle(_ articleID: Int64, version: Int, by actor: Actor, at now: Date) throws -> KBArticle {
        try auditingDenial(actor, at: now, action: "kb restore #\(articleID) v\(version)") {
            try write { db in
                let old = try Self.fetchVersion(articleID, version, db)
                var article = try Self.fetchArticle(articleID, db)
                article.title = old.title
                article.body = old.body
                article.category = old.category
                article.tags = old.tags
                article.status = old.status
                return try Self.saveEdit(article, by: actor, at: now, expectedVersion: nil, note: "restored v\(version)", db)
            }
        }
    }

    static func insertVersion(_ article: KBArticle, version: Int, editor: String, at: Date, note: String, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO kb_article_versions(article_id, version, editor, edited_at, title, body, category, tags, status, note)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [article.id, version, editor, at.epoch, article.title, article.body, article.category.rawValue,
                             TicketCodec.encodeTags(article.tags), article.status.rawValue, note])
    }

    private static func fetchVersion(_ articleID: Int64, _ version: Int, _ db: Database) throws -> KBArticleVersion {
        if let row = try Row.fetchOne(db, sql: "SELECT * FROM kb_article_versions WHERE article_id = ? AND version = ?",
                                      arguments: [articleID, version]) {
            return try Self.version(row)
        }
        let article = try fetchArticle(articleID, db)
        throw WorkflowError.invalid("article #\(articleID) has no version \(version); its versions are 1 to \(article.version)")
    }

    private static func version(_ row: Row) throws -> KBArticleVersion {
        KBArticleVersion(articleID: row["article_id"], version: row["version"], editor: row["editor"],
                         editedAt: Date(epoch: row["edited_at"]), title: row["title"], body: row["body"],
                         category: try TicketCodec.enumValue(row["category"]), tags: TicketCodec.decodeTags(row["tags"]),
                         status: try TicketCodec.enumValue(row["status"]), note: row["note"])
    }
}
