import Foundation
import GRDB
import HelpdeskCore

/// A ticket's replies, notes, changes and logged time.
extension HelpdeskStore {
    /// Replies and internal notes, oldest first.
    public func comments(ticketID: Int64) throws -> [Comment] {
        try read { db in
            _ = try Self.fetchTicket(ticketID, db)
            return try StoreEvents.comments(ticketID: ticketID, db)
        }
    }

    /// The ticket's audit log, oldest first: every field change with who, when, from, to and why.
    public func events(ticketID: Int64) throws -> [TicketEvent] {
        try read { db in
            _ = try Self.fetchTicket(ticketID, db)
            return try StoreEvents.events(db, sql: "ticket_id = ?", arguments: [ticketID])
        }
    }

    /// Working time logged on the ticket, oldest first.
    public func timeEntries(ticketID: Int64) throws -> [TimeEntry] {
        try read { db in
            _ = try Self.fetchTicket(ticketID, db)
            return try StoreEvents.timeEntries(ticketID: ticketID, db)
        }
    }

    /// Comments and events merged by time. A comment at the same instant as an event comes first
    /// (what was said, then what changed); the audit entries that only note "a comment was added"
    /// are left out, since the comment itself is shown. Tickets merged into this one bring their
    /// comments and events along; those items keep the merged ticket's id.
    public func timeline(ticketID: Int64) throws -> [TimelineItem] {
        try read { db in
            _ = try Self.fetchTicket(ticketID, db)
            var comments: [Comment] = []
            var events: [TicketEvent] = []
            for id in try [ticketID] + Self.mergedSources(of: ticketID, db) {
                comments += try StoreEvents.comments(ticketID: id, db)
                events += try StoreEvents.events(db, sql: "ticket_id = ? AND field <> ?", arguments: [id, StoreEvents.commentField])
            }
            // Sorted by time, then comments before events, then stored order.
            let items = comments.enumerated().map { (key: ($0.element.createdAt, 0, $0.offset), item: TimelineItem.comment($0.element)) }
                + events.enumerated().map { (key: ($0.element.at, 1, $0.offset), item: TimelineItem.event($0.element)) }
            return items.sorted { $0.key < $1.key }.map(\.item)
        }
    }
}
