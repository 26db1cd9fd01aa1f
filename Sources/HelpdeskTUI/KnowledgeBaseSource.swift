import Foundation
import HelpdeskCore
import HelpdeskStore

/// What the knowledge-base pane reads and writes; part of `ConsoleDataSource`.
///
/// A search runs on every keystroke, so callers pass the number of results that fit and
/// implementations answer from an index. Any typed text must be accepted without an error.
public protocol KnowledgeBaseSource: Sendable {
    /// Articles matching every typed term, best first, at most `limit`.
    func searchArticles(_ text: String, limit: Int) throws -> [KBHit]
    /// One article in full.
    func article(id: Int64) throws -> KBArticle
    /// Articles sharing words with a ticket title, best first, at most `limit`.
    func suggestArticles(forTitle title: String, limit: Int) throws -> [KBHit]
    /// The articles already linked to a ticket.
    func linkedArticles(ticketID: Int64) throws -> [KBHit]
    /// Links an article to a ticket on behalf of `actor`; false when it was linked already.
    @discardableResult
    func linkArticle(_ articleID: Int64, toTicket ticketID: Int64, by actor: Actor, at now: Date) throws -> Bool
}
