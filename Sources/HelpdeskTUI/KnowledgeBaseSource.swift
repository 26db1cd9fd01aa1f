import Foundation
import HelpdeskCore
import HelpdeskStore

/// What the knowledge-base pane reads and writes; part of `ConsoleDataSource`.
///
/// A search runs on every keystroke, so callers pass the number of results that fit and
/// implementations answer from an index. Any typed text must be accepted without an error.
public protocol KnowledgeBaseSource: Sendable {
    /// Articles matching every typed term, best first, at most `limit`: published ones, and
    /// the drafts and archived ones `visibility` asks for.
    func searchArticles(_ text: String, limit: Int, visibility: KBVisibility) throws -> [KBHit]
    /// One article in full.
    func article(id: Int64) throws -> KBArticle
    /// Articles sharing words with a ticket title, best first, at most `limit`.
    func suggestArticles(forTitle title: String, limit: Int) throws -> [KBHit]
    /// The articles already linked to a ticket.
    func linkedArticles(ticketID: Int64) throws -> [KBHit]
    /// Links an article to a ticket on behalf of `actor`; false when it was linked already.
    @discardableResult
    func linkArticle(_ articleID: Int64, toTicket ticketID: Int64, by actor: Actor, at now: Date) throws -> Bool
    /// Removes a link; false when there was none.
    @discardableResult
    func unlinkArticle(_ articleID: Int64, fromTicket ticketID: Int64, by actor: Actor, at now: Date) throws -> Bool
    /// Every saved version of an article, oldest first.
    func articleVersions(articleID: Int64) throws -> [KBArticleVersion]
    /// Saves an old version's text as the article's newest version.
    @discardableResult
    func restoreArticle(_ articleID: Int64, version: Int, by actor: Actor, at now: Date) throws -> KBArticle
}
