import Foundation
import GRDB
import HelpdeskCore

/// Notices for engineers' consoles: a ticket someone else gave them, an SLA alert for the shift lead.
extension HelpdeskStore {
    /// The unread notices for `login`, oldest first, at most `limit`.
    public func unreadNotices(login: String, limit: Int = 50) throws -> [Notice] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM notices WHERE recipient = ? AND read_at IS NULL ORDER BY id LIMIT ?
                """, arguments: [login, max(0, limit)]).map(Self.notice)
        }
    }

    /// How many notices `login` has not read yet.
    public func unreadNoticeCount(login: String) throws -> Int {
        try read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM notices WHERE recipient = ? AND read_at IS NULL", arguments: [login]) ?? 0
        }
    }

    /// Marks `login`'s notices up to and including `upTo` as read; returns how many were unread.
    @discardableResult
    public func markNoticesRead(login: String, upTo id: Int64, at now: Date) throws -> Int {
        try write { db in
            try db.execute(sql: "UPDATE notices SET read_at = ? WHERE recipient = ? AND read_at IS NULL AND id <= ?",
                           arguments: [now.epoch, login, id])
            return db.changesCount
        }
    }

    /// Inside `perform`'s transaction: tells the new assignee, unless they gave it to themselves.
    static func noticeAssignment(before: Ticket, after: Ticket, change: TicketChange, by actor: Actor, at now: Date,
                                 _ db: Database) throws {
        guard let login = after.assignee, login != before.assignee, login != actor.login else { return }
        let reason = change.events.last { $0.field == "assignee" }?.reason
        var text = "#\(after.id) \(after.priority.label) assigned to you by \(actor.login)"
        if let reason, !reason.isEmpty { text += " (\(reason))" }
        text += ": \(after.title)"
        try insertNotice(recipient: login, ticketID: after.id, kind: .assigned, text: text, at: now, db)
    }

    static func insertNotice(recipient: String, ticketID: Int64?, kind: Notice.Kind, text: String, at now: Date,
                             _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO notices(recipient, ticket_id, kind, text, created_at) VALUES (?, ?, ?, ?, ?)
            """).execute(arguments: [recipient, ticketID, kind.rawValue, text, now.epoch])
    }

    private static func notice(_ row: Row) throws -> Notice {
        Notice(id: row["id"], recipient: row["recipient"], ticketID: row["ticket_id"],
               kind: try TicketCodec.enumValue(row["kind"]), text: row["text"],
               createdAt: Date(timeIntervalSince1970: row["created_at"]), readAt: Date(epochOrNil: row["read_at"]))
    }
}
