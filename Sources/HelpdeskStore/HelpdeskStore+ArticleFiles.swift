import Foundation
import GRDB
import HelpdeskCore

/// What importing one article file did.
public enum KBImportOutcome: Sendable, Equatable {
    case created(Int64)
    /// An existing article took the file's text as a new version.
    case updated(Int64, version: Int)
    /// The article already said exactly this.
    case unchanged(Int64)
}

/// Articles in and out as files (`KBArticleFile`).
extension HelpdeskStore {
    /// Every article, archived ones and drafts included, in id order: what `kb export` writes.
    public func allArticles() throws -> [KBArticle] {
        try read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM kb_articles ORDER BY id").map { try Self.fetchArticle($0, db) }
        }
    }

    /// Saves one article file. A file whose id is not in the database creates the article with
    /// that id, its author and time; a file for an existing article saves its text as a new
    /// version by `actor` (who must be allowed to edit it). One transaction per file, so a bad
    /// file leaves the others alone.
    public func importArticle(_ file: KBArticleFile, by actor: Actor, at now: Date) throws -> KBImportOutcome {
        let time = file.updated ?? now
        // A file's author line is taken on trust only from those who may edit anyone's article (restoring an
        // export); an agent's import is theirs, so nobody can credit a colleague with text they did not write.
        let author = AccessPolicy.allows(actor.role, .workOthers) ? file.author ?? actor.login : actor.login
        let incoming = try Self.validated(KBArticle(id: file.id ?? 0, title: file.title, body: file.body, category: file.category,
                                                     tags: file.tags, status: file.status, author: author,
                                                     createdAt: time, updatedAt: time))
        return try auditingDenial(actor, at: now, action: "kb import \(file.id.map { "#\($0)" } ?? file.title)") { try write { db in
            if let id = file.id, try Bool.fetchOne(db, sql: "SELECT 1 FROM kb_articles WHERE id = ?", arguments: [id]) == true {
                let before = try Self.fetchArticle(id, db)
                let saved = try Self.saveEdit(incoming, by: actor, at: now, expectedVersion: nil, note: "imported", db)
                return saved.version == before.version ? .unchanged(id) : .updated(id, version: saved.version)
            }
            return .created(try Self.insertArticle(incoming, id: file.id, editor: actor.login, note: "imported", db))
        } }
    }
}
