import Foundation
import GRDB
import HelpdeskCore

/// Text an engineer has typed but not sent, one per engineer, ticket and kind of text.
public struct StoredDraft: Sendable, Equatable {
    public var login: String
    public var ticketID: Int64
    /// "reply", "note", "escalate", "resolve" or "reopen".
    public var kind: String
    public var body: String
    public var updatedAt: Date

    public init(login: String, ticketID: Int64, kind: String, body: String, updatedAt: Date) {
        self.login = login
        self.ticketID = ticketID
        self.kind = kind
        self.body = body
        self.updatedAt = updatedAt
    }
}

/// Drafts: written as the user types (debounced by the console), read back when it starts.
/// Drafts are not ticket changes: they carry no version and leave no event in the audit log.
extension HelpdeskStore {
    /// Saves `body` as the draft; an empty body removes it.
    public func saveDraft(login: String, ticketID: Int64, kind: String, body: String, at now: Date) throws {
        try write { db in
            if body.isEmpty {
                try db.execute(sql: "DELETE FROM drafts WHERE login = ? AND ticket_id = ? AND kind = ?", arguments: [login, ticketID, kind])
            } else {
                try db.execute(sql: """
                    INSERT INTO drafts(login, ticket_id, kind, body, updated_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(login, ticket_id, kind) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at
                    """, arguments: [login, ticketID, kind, body, now.timeIntervalSince1970])
            }
        }
    }

    /// Every draft `login` left, newest first.
    public func drafts(login: String) throws -> [StoredDraft] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM drafts WHERE login = ? ORDER BY updated_at DESC", arguments: [login]).map { row in
                StoredDraft(login: row["login"], ticketID: row["ticket_id"], kind: row["kind"], body: row["body"],
                            updatedAt: Date(timeIntervalSince1970: row["updated_at"]))
            }
        }
    }
}
