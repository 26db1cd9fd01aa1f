/// A ticket with everything recorded about it, as written in one go by imports and the demo.
public struct TicketRecord: Sendable, Equatable {
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

    /// Folds one workflow change into the record.
    public mutating func absorb(_ change: TicketChange) {
        ticket = change.ticket
        comments += change.comments
        events += change.events
        if let entry = change.timeEntry { timeEntries.append(entry) }
    }
}
