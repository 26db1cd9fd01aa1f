import Foundation
import HelpdeskCore
import HelpdeskStore
@testable import HelpdeskTUI

/// Knowledge-base articles in memory with the store's rules: every search term must appear,
/// archived articles are never found, links are made once. Every call is recorded.
final class InMemoryKnowledgeBase: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let lock = NSLock()
    private var articles: [KBArticle] = []
    private var links: [(ticket: Int64, article: Int64, by: String)] = []
    private var history: [Int64: [KBArticleVersion]] = [:]
    private var failure: Failure?
    private var recordedCalls: [String] = []

    /// "search 打印 5", "suggest <title> 5", "article 3", "linked 1042", "link 3 1042 lin" in call order.
    var calls: [String] { lock.withLock { recordedCalls } }

    /// The links made so far, as (ticket, article, by).
    var linkList: [(ticket: Int64, article: Int64, by: String)] { lock.withLock { links } }

    func add(_ article: KBArticle) {
        lock.withLock { articles.append(article) }
    }

    /// Makes every call throw until cleared with nil.
    func fail(with message: String?) {
        lock.withLock { failure = message.map(Failure.init) }
    }

    func clearCalls() {
        lock.withLock { recordedCalls = [] }
    }

    func searchArticles(_ text: String, limit: Int, visibility: KBVisibility = .published) throws -> [KBHit] {
        try lock.withLock {
            try check("search \(text) \(limit)")
            let terms = text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
            guard !terms.isEmpty else { return [] }
            let found = articles.filter { article in
                visibility.shows(article.status, author: article.author) && terms.allSatisfy { Self.text(of: article).contains($0) }
            }
            let ranked = found.sorted { a, b in
                let aTitle = a.title.lowercased().contains(terms[0])
                let bTitle = b.title.lowercased().contains(terms[0])
                return aTitle != bTitle ? aTitle : a.id < b.id
            }
            return ranked.prefix(max(0, limit)).map { Self.hit($0, around: terms[0]) }
        }
    }

    func suggestArticles(forTitle title: String, limit: Int) throws -> [KBHit] {
        try lock.withLock {
            try check("suggest \(title) \(limit)")
            let query = KBSuggestionQuery(title: title)
            let terms = query.words + query.trigrams + query.bigrams
            let scored = articles.filter { $0.status == .published }.map { article in
                (article, terms.filter { Self.text(of: article).contains($0) }.count)
            }.filter { $0.1 > 0 }
            let ranked = scored.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.id < $1.0.id }
            return ranked.prefix(max(0, limit)).map { article, _ in
                Self.hit(article, around: terms.first { Self.text(of: article).contains($0) })
            }
        }
    }

    func article(id: Int64) throws -> KBArticle {
        try lock.withLock {
            try check("article \(id)")
            guard let article = articles.first(where: { $0.id == id }) else { throw Failure(description: "there is no knowledge-base article #\(id)") }
            return article
        }
    }

    func linkedArticles(ticketID: Int64) throws -> [KBHit] {
        try lock.withLock {
            try check("linked \(ticketID)")
            let ids = links.filter { $0.ticket == ticketID }.map(\.article)
            return ids.compactMap { id in articles.first { $0.id == id }.map { Self.hit($0, around: nil) } }
        }
    }

    func linkArticle(_ articleID: Int64, toTicket ticketID: Int64, by actor: Actor, at now: Date) throws -> Bool {
        try lock.withLock {
            try check("link \(articleID) \(ticketID) \(actor.login)")
            guard articles.contains(where: { $0.id == articleID }) else { throw Failure(description: "there is no knowledge-base article #\(articleID)") }
            if links.contains(where: { $0.ticket == ticketID && $0.article == articleID }) { return false }
            links.append((ticketID, articleID, actor.login))
            return true
        }
    }

    func unlinkArticle(_ articleID: Int64, fromTicket ticketID: Int64, by actor: Actor, at now: Date) throws -> Bool {
        try lock.withLock {
            try check("unlink \(articleID) \(ticketID) \(actor.login)")
            let before = links.count
            links.removeAll { $0.ticket == ticketID && $0.article == articleID }
            return links.count < before
        }
    }

    /// Saves `article` as its next version, as an edit in the store would.
    func edit(_ article: KBArticle, by editor: String, at now: Date) {
        lock.withLock {
            guard let index = articles.firstIndex(where: { $0.id == article.id }) else { return }
            var versions = versionsLocked(article.id)
            var saved = article
            saved.version = articles[index].version + 1
            saved.updatedAt = now
            versions.append(Self.version(of: saved, editor: editor, note: "edited"))
            history[article.id] = versions
            articles[index] = saved
        }
    }

    func articleVersions(articleID: Int64) throws -> [KBArticleVersion] {
        try lock.withLock {
            try check("versions \(articleID)")
            return versionsLocked(articleID)
        }
    }

    func restoreArticle(_ articleID: Int64, version: Int, by actor: Actor, at now: Date) throws -> KBArticle {
        try lock.withLock {
            try check("restore \(articleID) \(version) \(actor.login)")
            guard let index = articles.firstIndex(where: { $0.id == articleID }),
                  let old = versionsLocked(articleID).first(where: { $0.version == version }) else {
                throw Failure(description: "article #\(articleID) has no version \(version)")
            }
            var saved = articles[index]
            (saved.title, saved.body, saved.tags, saved.status) = (old.title, old.body, old.tags, old.status)
            saved.version += 1
            saved.updatedAt = now
            history[articleID] = versionsLocked(articleID) + [Self.version(of: saved, editor: actor.login, note: "restored v\(version)")]
            articles[index] = saved
            return saved
        }
    }

    private func versionsLocked(_ id: Int64) -> [KBArticleVersion] {
        if let saved = history[id] { return saved }
        return articles.first { $0.id == id }.map { [Self.version(of: $0, editor: $0.author, note: "created")] } ?? []
    }

    private static func version(of article: KBArticle, editor: String, note: String) -> KBArticleVersion {
        KBArticleVersion(articleID: article.id, version: article.version, editor: editor, editedAt: article.updatedAt,
                         title: article.title, body: article.body, category: article.category, tags: article.tags,
                         status: article.status, note: note)
    }

    private func check(_ call: String) throws {
        if let failure { throw failure }
        recordedCalls.append(call)
    }

    private static func text(of article: KBArticle) -> String {
        (article.title + "\n" + article.tags.joined(separator: " ") + "\n" + article.body).lowercased()
    }

    /// A hit whose snippet starts a little before the first occurrence of `term` in the body.
    private static func hit(_ article: KBArticle, around term: String?) -> KBHit {
        let flat = article.body.split(whereSeparator: \.isNewline).joined(separator: " ")
        var snippet = flat
        if let term, let range = flat.lowercased().range(of: term) {
            let offset = flat.lowercased().distance(from: flat.lowercased().startIndex, to: range.lowerBound)
            snippet = (offset > 10 ? "…" : "") + String(flat.dropFirst(max(0, offset - 10)))
        }
        return KBHit(id: article.id, title: article.title, category: article.category, tags: article.tags,
                     status: article.status, snippet: String(snippet.prefix(80)), updatedAt: article.updatedAt)
    }
}

extension InMemoryDataSource {
    func searchArticles(_ text: String, limit: Int, visibility: KBVisibility) throws -> [KBHit] {
        try knowledgeBase.searchArticles(text, limit: limit, visibility: visibility)
    }
    @discardableResult
    func unlinkArticle(_ articleID: Int64, fromTicket ticketID: Int64, by actor: Actor, at now: Date) throws -> Bool {
        try knowledgeBase.unlinkArticle(articleID, fromTicket: ticketID, by: actor, at: now)
    }
    func articleVersions(articleID: Int64) throws -> [KBArticleVersion] { try knowledgeBase.articleVersions(articleID: articleID) }
    @discardableResult
    func restoreArticle(_ articleID: Int64, version: Int, by actor: Actor, at now: Date) throws -> KBArticle {
        try knowledgeBase.restoreArticle(articleID, version: version, by: actor, at: now)
    }
    func article(id: Int64) throws -> KBArticle { try knowledgeBase.article(id: id) }
    func suggestArticles(forTitle title: String, limit: Int) throws -> [KBHit] {
        try knowledgeBase.suggestArticles(forTitle: title, limit: limit)
    }
    func linkedArticles(ticketID: Int64) throws -> [KBHit] { try knowledgeBase.linkedArticles(ticketID: ticketID) }
    @discardableResult
    func linkArticle(_ articleID: Int64, toTicket ticketID: Int64, by actor: Actor, at now: Date) throws -> Bool {
        try knowledgeBase.linkArticle(articleID, toTicket: ticketID, by: actor, at: now)
    }
}
