import Foundation
import GRDB
import HelpdeskCore

/// Articles linked to the tickets they helped with, and articles suggested from a ticket's title.
extension HelpdeskStore {
    /// The audit-log field of a link; the new value names the article ("#12 打印机脱机的处理方法").
    public static let articleLinkField = "kb_link"
    /// The audit-log field of an unlink; the old value names the article.
    public static let articleUnlinkField = "kb_unlink"

    /// Links an article to a ticket and records a "kb_link" event; false when they were already linked.
    ///
    /// The same people may link as may work the ticket. Archived articles cannot be linked: they
    /// no longer describe a valid fix. Linking does not change the ticket's version, so it never
    /// makes a colleague's edit of the ticket conflict.
    @discardableResult
    public func linkArticle(_ articleID: Int64, toTicket ticketID: Int64, by actor: Actor, at now: Date) throws -> Bool {
        try auditingDenial(actor, at: now, ticketID: ticketID, action: "link article #\(articleID)") { try linkArticleChecked(articleID, ticketID, actor, now) }
    }

    private func linkArticleChecked(_ articleID: Int64, _ ticketID: Int64, _ actor: Actor, _ now: Date) throws -> Bool {
        try write { db in
            let ticket = try Self.fetchTicket(ticketID, db)
            try AccessPolicy.checkWork(on: ticket, by: actor)
            let (title, status) = try Self.articleTitleAndStatus(articleID, db)
            if status == .archived {
                throw WorkflowError.invalid("article #\(articleID) is archived and can no longer be linked; search for its replacement")
            }
            try db.execute(sql: """
                INSERT OR IGNORE INTO ticket_articles(ticket_id, article_id, linked_by, linked_at) VALUES (?, ?, ?, ?)
                """, arguments: [ticketID, articleID, actor.login, now.epoch])
            guard db.changesCount == 1 else { return false }
            try StoreEvents.insert(TicketEvent(ticketID: ticketID, actor: actor.login, at: now, field: Self.articleLinkField,
                                               newValue: "#\(articleID) \(title)"),
                                   ticketID: ticketID, version: nil, db)
            return true
        }
    }

    /// Removes a link and records a "kb_unlink" event; false when there was no such link.
    @discardableResult
    public func unlinkArticle(_ articleID: Int64, fromTicket ticketID: Int64, by actor: Actor, at now: Date) throws -> Bool {
        try auditingDenial(actor, at: now, ticketID: ticketID, action: "unlink article #\(articleID)") { try unlinkArticleChecked(articleID, ticketID, actor, now) }
    }

    private func unlinkArticleChecked(_ articleID: Int64, _ ticketID: Int64, _ actor: Actor, _ now: Date) throws -> Bool {
        try write { db in
            let ticket = try Self.fetchTicket(ticketID, db)
            try AccessPolicy.checkWork(on: ticket, by: actor)
            let (title, _) = try Self.articleTitleAndStatus(articleID, db)
            try db.execute(sql: "DELETE FROM ticket_articles WHERE ticket_id = ? AND article_id = ?",
                           arguments: [ticketID, articleID])
            guard db.changesCount == 1 else { return false }
            try StoreEvents.insert(TicketEvent(ticketID: ticketID, actor: actor.login, at: now, field: Self.articleUnlinkField,
                                               oldValue: "#\(articleID) \(title)"),
                                   ticketID: ticketID, version: nil, db)
            return true
        }
    }

    /// The articles linked to a ticket, in the order they were linked; archived ones included.
    public func linkedArticles(ticketID: Int64) throws -> [KBHit] {
        try read { db in
            _ = try Self.fetchTicket(ticketID, db)
            return try Row.fetchAll(db, sql: """
                SELECT a.id, a.title, a.category, a.tags, a.status, a.updated_at, a.body, a.version, \(Self.usageColumn)
                FROM ticket_articles l JOIN kb_articles a ON a.id = l.article_id
                WHERE l.ticket_id = ? ORDER BY l.linked_at, a.id
                """, arguments: [ticketID]).map { try Self.hit($0, snippet: KBSearch.snippet(of: $0["body"], around: nil)) }
        }
    }

    /// How many tickets an article is linked to.
    public func articleUsage(articleID: Int64) throws -> Int {
        try read { db in
            _ = try Self.articleTitleAndStatus(articleID, db)
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM ticket_articles WHERE article_id = ?",
                                    arguments: [articleID]) ?? 0
        }
    }

    /// Articles that share words with a ticket title, best first; only published articles are suggested.
    ///
    /// The trigram index ranks articles by the title's words and Chinese three-character pieces
    /// (see `KBSuggestionQuery`). When that finds fewer than `limit`, articles whose titles hold
    /// the most of the ticket title's two-character Chinese words follow, so 网络 in a title still
    /// finds 网络很慢的排查步骤. That second step scans article titles only: titles come before
    /// the bodies in each row, so 5,000 articles take about 15 ms rather than 200 ms for their
    /// full text, which matters because the suggestions follow every move in the queue.
    /// Any title is accepted; punctuation and quotes only separate words.
    public func suggestArticles(forTitle title: String, limit: Int) throws -> [KBHit] {
        let query = KBSuggestionQuery(title: title)
        guard limit > 0, !query.isEmpty else { return [] }
        return try read { db in
            var hits: [KBHit] = []
            if let match = query.match {
                let rows = try Row.fetchAll(db, sql: """
                    SELECT a.id, a.title, a.category, a.tags, a.status, a.updated_at, a.version, \(Self.usageColumn),
                           snippet(kb_fts, -1, '', '', '…', 24) AS snippet
                    FROM kb_fts JOIN kb_articles a ON a.id = kb_fts.rowid
                    WHERE kb_fts MATCH ? AND a.status = 'published'
                    ORDER BY bm25(kb_fts, 10.0, 1.0, 5.0), a.id LIMIT ?
                    """, arguments: [match, limit])
                hits = try rows.map { try Self.hit($0, snippet: $0["snippet"]) }
            }
            guard hits.count < limit, !query.bigrams.isEmpty else { return hits }
            let found = hits.map(\.id)
            let score = query.bigrams.map { _ in "(instr(title, ?) > 0)" }.joined(separator: " + ")
            let exclusion = found.isEmpty ? "" : " AND id NOT IN (\(found.map { _ in "?" }.joined(separator: ", ")))"
            let arguments = query.bigrams.map(\.databaseValue) + found.map(\.databaseValue) + [(limit - hits.count).databaseValue]
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.id, a.title, a.category, a.tags, a.status, a.updated_at, a.body, a.version, \(Self.usageColumn),
                       \(score) AS score FROM kb_articles a
                WHERE a.status = 'published'\(exclusion) AND score > 0
                ORDER BY score DESC, updated_at DESC, id LIMIT ?
                """, arguments: StatementArguments(arguments))
            for row in rows {
                let body: String = row["body"]
                let term = query.bigrams.first { body.contains($0) }
                hits.append(try Self.hit(row, snippet: KBSearch.snippet(of: body, around: term)))
            }
            return hits
        }
    }

    private static func articleTitleAndStatus(_ id: Int64, _ db: Database) throws -> (String, KBArticleStatus) {
        guard let row = try Row.fetchOne(db, sql: "SELECT title, status FROM kb_articles WHERE id = ?", arguments: [id]) else {
            throw StoreError.articleNotFound(id)
        }
        return (row["title"], try TicketCodec.enumValue(row["status"]))
    }
}
