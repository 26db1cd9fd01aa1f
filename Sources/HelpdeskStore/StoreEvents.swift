import Foundation
import GRDB
import HelpdeskCore

/// Writing and reading the audit log, comments and time entries.
enum StoreEvents {
    /// The store logs every comment as an event too, so the audit log alone says who changed what.
    static let commentField = "comment"

    /// Saves what a workflow step produced, tagging each event with the ticket version it made.
    static func record(_ change: TicketChange, ticketID: Int64, version: Int, _ db: Database) throws {
        for event in change.events {
            try insert(event, ticketID: ticketID, version: version, db)
        }
        for comment in change.comments {
            try insert(comment, ticketID: ticketID, db)
            try insert(TicketEvent(ticketID: ticketID, actor: comment.author, at: comment.createdAt,
                                   field: commentField, newValue: comment.kind.rawValue),
                       ticketID: ticketID, version: version, db)
        }
        if let entry = change.timeEntry { try insert(entry, ticketID: ticketID, db) }
    }

    static func insert(_ event: TicketEvent, ticketID: Int64?, version: Int?, _ db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO events(ticket_id, version, actor, at, field, old_value, new_value, reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try statement.execute(arguments: [ticketID, version, event.actor, event.at.epoch, event.field,
                                          event.oldValue, event.newValue, event.reason])
    }

    static func insert(_ comment: Comment, ticketID: Int64, _ db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO comments(ticket_id, author, kind, body, created_at) VALUES (?, ?, ?, ?, ?)
            """)
        try statement.execute(arguments: [ticketID, comment.author, comment.kind.rawValue, comment.body,
                                          comment.createdAt.epoch])
    }

    static func insert(_ entry: TimeEntry, ticketID: Int64, _ db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO time_entries(ticket_id, engineer, minutes, note, logged_at) VALUES (?, ?, ?, ?, ?)
            """)
        try statement.execute(arguments: [ticketID, entry.engineer, entry.minutes, entry.note, entry.loggedAt.epoch])
    }

    static func events(_ db: Database, sql: String, arguments: StatementArguments) throws -> [TicketEvent] {
        try Row.fetchAll(db, sql: "SELECT * FROM events WHERE \(sql) ORDER BY id", arguments: arguments).map { row in
            TicketEvent(ticketID: row["ticket_id"] ?? 0, actor: row["actor"], at: Date(epoch: row["at"]),
                        field: row["field"], oldValue: row["old_value"], newValue: row["new_value"],
                        reason: row["reason"])
        }
    }

    static func comments(ticketID: Int64, _ db: Database) throws -> [Comment] {
        try Row.fetchAll(db, sql: "SELECT * FROM comments WHERE ticket_id = ? ORDER BY id", arguments: [ticketID]).map { row in
            Comment(id: row["id"], ticketID: row["ticket_id"], author: row["author"],
                    kind: try TicketCodec.enumValue(row["kind"]), body: row["body"],
                    createdAt: Date(epoch: row["created_at"]))
        }
    }

    static func timeEntries(ticketID: Int64, _ db: Database) throws -> [TimeEntry] {
        try Row.fetchAll(db, sql: "SELECT * FROM time_entries WHERE ticket_id = ? ORDER BY id", arguments: [ticketID]).map { row in
            TimeEntry(id: row["id"], ticketID: row["ticket_id"], engineer: row["engineer"], minutes: row["minutes"],
                      note: row["note"], loggedAt: Date(epoch: row["logged_at"]))
        }
    }
}
