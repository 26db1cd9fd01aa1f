import Foundation
import GRDB
import HelpdeskCore

/// What mail intake asks of the database: which messages were seen, which ticket a reply
/// belongs to, and saving a new ticket or a reply together with its Message-ID and attachments.
extension HelpdeskStore {
    /// An attachment as recorded for a ticket or comment.
    public struct AttachmentRecord: Sendable, Equatable {
        public var name: String
        public var contentType: String
        public var size: Int
        public var commentID: Int64?

        public init(name: String, contentType: String, size: Int, commentID: Int64? = nil) {
            self.name = name
            self.contentType = contentType
            self.size = size
            self.commentID = commentID
        }
    }

    /// Whether a message with this Message-ID (or digest) was taken in before.
    public func hasMailMessage(_ messageID: String) throws -> Bool {
        try read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM mail_messages WHERE message_id = ?)", arguments: [messageID]) ?? false
        }
    }

    /// The ticket of the first of these Message-IDs that the desk has recorded.
    public func ticketID(forMessageIDs ids: [String]) throws -> Int64? {
        try read { db in
            for id in ids {
                if let ticket = try Int64.fetchOne(db, sql: "SELECT ticket_id FROM mail_messages WHERE message_id = ?", arguments: [id]) {
                    return ticket
                }
            }
            return nil
        }
    }

    /// Whether a ticket with this id exists.
    public func ticketExists(_ id: Int64) throws -> Bool {
        try read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM tickets WHERE id = ?)", arguments: [id]) ?? false }
    }

    /// Creates a ticket from a message through the same path as `createTicket`, recording the
    /// Message-ID and attachments in the same transaction, so a crash cannot leave one without the other.
    public func createTicket(_ draft: NewTicket, messageID: String, attachments: [AttachmentRecord],
                             by actor: Actor, at now: Date) throws -> Ticket {
        try write { db in
            let created = try Self.createTicket(draft, by: actor, at: now, db)
            try Self.recordMail(messageID: messageID, ticketID: created.ticket.id, commentID: nil, attachments: attachments, at: now, db)
            return created.ticket
        }
    }

    /// Adds the requester's reply to a ticket (see `Workflow.customerReply`), with its Message-ID
    /// and attachments; returns the ticket as saved.
    public func addCustomerReply(_ body: String, author: String, to requestedID: Int64, messageID: String,
                                 attachments: [AttachmentRecord], at now: Date) throws -> Ticket {
        try write { db in
            // A reply to a ticket merged into another belongs to the one that survived.
            let ticketID = try Self.survivingTicket(requestedID, db)
            let current = try Self.fetchTicket(ticketID, db)
            let change = try Workflow(rules: try Self.priorityRules(db)).customerReply(body, author: author, to: current, at: now)
            var ticket = change.ticket
            ticket.version = current.version + 1
            try db.cachedStatement(sql: TicketCodec.updateSQL)
                .execute(arguments: TicketCodec.updateArguments(ticket, previousVersion: current.version, sla: try SettingsCodec.readSLA(db)))
            guard db.changesCount == 1 else { throw StoreError.ticketNotFound(requestedID) }
            try StoreEvents.record(change, ticketID: ticketID, version: ticket.version, db)
            let commentID = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM comments WHERE ticket_id = ?", arguments: [ticketID])
            try Self.recordMail(messageID: messageID, ticketID: ticketID, commentID: commentID, attachments: attachments, at: now, db)
            return try Self.fetchTicket(ticketID, db)
        }
    }

    /// The attachments recorded for a ticket and its comments, in arrival order.
    public func attachments(ticketID: Int64) throws -> [AttachmentRecord] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM mail_attachments WHERE ticket_id = ? ORDER BY id", arguments: [ticketID]).map { row in
                AttachmentRecord(name: row["name"], contentType: row["content_type"], size: row["size"], commentID: row["comment_id"])
            }
        }
    }

    private static func recordMail(messageID: String, ticketID: Int64, commentID: Int64?, attachments: [AttachmentRecord],
                                   at now: Date, _ db: Database) throws {
        try db.execute(sql: "INSERT INTO mail_messages(message_id, ticket_id, comment_id, received_at) VALUES (?, ?, ?, ?)",
                       arguments: [messageID, ticketID, commentID, now.timeIntervalSince1970])
        for attachment in attachments {
            try db.execute(sql: "INSERT INTO mail_attachments(ticket_id, comment_id, name, content_type, size) VALUES (?, ?, ?, ?, ?)",
                           arguments: [ticketID, commentID, attachment.name, attachment.contentType, attachment.size])
        }
    }
}
