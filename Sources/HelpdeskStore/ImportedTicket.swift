import HelpdeskCore

/// A ticket with the history that comes with it, for bulk loading (demo data, migrations from
/// another tool). Ids of 0 are assigned by the store; comment and event ticket ids are ignored.
public struct ImportedTicket: Sendable, Equatable {
    public var ticket: Ticket
    public var comments: [Comment]
    public var events: [TicketEvent]
    public var timeEntries: [TimeEntry]

    public init(ticket: Ticket, comments: [Comment] = [], events: [TicketEvent] = [], timeEntries: [TimeEntry] = []) {
        self.ticket = ticket
        self.comments = comments
        self.events = events
        self.timeEntries = timeEntries
    }
}
