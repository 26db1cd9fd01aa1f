import Foundation
import HelpdeskCore

/// One saved state of an article: every edit keeps the text as it was written.
public struct KBArticleVersion: Sendable, Equatable {
    public var articleID: Int64
    public var version: Int
    /// Who saved this version.
    public var editor: String
    public var editedAt: Date
    public var title: String
    public var body: String
    public var category: Category
    public var tags: [String]
    public var status: KBArticleStatus
    /// What happened: "created", "edited", "restored v2", "imported".
    public var note: String

    public init(articleID: Int64, version: Int, editor: String, editedAt: Date, title: String, body: String,
                category: Category, tags: [String], status: KBArticleStatus, note: String) {
        self.articleID = articleID
        self.version = version
        self.editor = editor
        self.editedAt = editedAt
        self.title = title
        self.body = body
        self.category = category
        self.tags = tags
        self.status = status
        self.note = note
    }

    /// The text compared between versions: title, facts and body, one per line.
    public var comparableText: String {
        (["# " + title, "category: \(category.rawValue)", "tags: \(tags.joined(separator: ", "))",
          "status: \(status.rawValue)", ""] + [body]).joined(separator: "\n")
    }
}
