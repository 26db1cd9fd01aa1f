import Foundation
import HelpdeskCore

/// Where an article stands: drafts are being written, archived ones are kept but not found by search.
public enum KBArticleStatus: String, Codable, Sendable, CaseIterable {
    case draft, published, archived
}

/// A knowledge-base article: a solved problem and its solution (记录解决过的问题和经验).
public struct KBArticle: Sendable, Equatable {
    public var id: Int64
    public var title: String
    public var body: String
    public var category: Category
    public var tags: [String]
    public var status: KBArticleStatus
    public var author: String
    public var createdAt: Date
    public var updatedAt: Date
    /// Counts edits: 1 when written, one more for every saved change (see `articleVersions`).
    public var version: Int

    public init(id: Int64 = 0, title: String, body: String, category: Category, tags: [String] = [],
                status: KBArticleStatus = .published, author: String, createdAt: Date, updatedAt: Date? = nil,
                version: Int = 1) {
        self.id = id
        self.title = title
        self.body = body
        self.category = category
        self.tags = tags
        self.status = status
        self.author = author
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.version = version
    }
}

/// One search result: enough to list it; `article(id:)` loads the rest.
public struct KBHit: Sendable, Equatable {
    public var id: Int64
    public var title: String
    public var category: Category
    public var tags: [String]
    public var status: KBArticleStatus
    /// A short passage around the match (plain text, no markup).
    public var snippet: String
    public var updatedAt: Date
    /// How many tickets the article is linked to ("used in N tickets").
    public var usage: Int
    public var version: Int

    public init(id: Int64, title: String, category: Category, tags: [String], status: KBArticleStatus,
                snippet: String, updatedAt: Date, usage: Int = 0, version: Int = 1) {
        self.id = id
        self.title = title
        self.category = category
        self.tags = tags
        self.status = status
        self.snippet = snippet
        self.updatedAt = updatedAt
        self.usage = usage
        self.version = version
    }
}
