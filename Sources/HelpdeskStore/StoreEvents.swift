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

    static let insertEventSQL = """
        INSERT INTO events(ticket_id, version, actor, at, field, old_value, new_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """
    static let insertCommentSQL = "INSERT INTO comments(ticket_id, author, kind, body, created_at) VALUES (?, ?, ?, ?, ?)"
    static let insertTimeEntrySQL = "INSERT INTO time_entries(ticket_id, engineer, minutes, note, logged_at) VALUES (?, ?, ?, ?, ?)"

    static func insert(_ event: TicketEvent, ticketID: Int64?, version: Int?, _ db: Database) throws {
        var list = ValueList()
        columns(of: event, ticketID: ticketID, version: version, into: &list)
        try db.cachedStatement(sql: insertEventSQL).execute(arguments: list.arguments)
    }

    static func insert(_ comment: Comment, ticketID: Int64, _ db: Database) throws {
        var list = ValueList()
        columns(of: comment, ticketID: ticketID, into: &list)
        try db.cachedStatement(sql: insertCommentSQL).execute(arguments: list.arguments)
    }

    static func insert(_ entry: TimeEntry, ticketID: Int64, _ db: Database) throws {
        var list = ValueList()
        columns(of: entry, ticketID: ticketID, into: &list)
        try db.cachedStatement(sql: insertTimeEntrySQL).execute(arguments: list.arguments)
    }

    static func columns<Sink: ColumnSink>(of event: TicketEvent, ticketID: Int64?, version: Int?, into sink: inout Sink) {
        sink.integer(ticketID)
        sink.integer(version.map(Int64.init))
        sink.text(event.actor)
        sink.real(event.at.epoch)
        sink.text(event.field)
        sink.text(event.oldValue)
        sink.text(event.newValue)
        sink.text(event.reason)
    }

    static func columns<Sink: ColumnSink>(of comment: Comment, ticketID: Int64, into sink: inout Sink) {
        sink.integer(ticketID)
        sink.text(comment.author)
        sink.text(comment.kind.rawValue)
        sink.text(comment.body)
        sink.real(comment.createdAt.epoch)
    }

    static func columns<Sink: ColumnSink>(of entry: TimeEntry, ticketID: Int64, into sink: inout Sink) {
        sink.integer(ticketID)
        sink.text(entry.engineer)
        sink.integer(entry.minutes)
        sink.text(entry.note)
        sink.real(entry.loggedAt.epoch)
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
