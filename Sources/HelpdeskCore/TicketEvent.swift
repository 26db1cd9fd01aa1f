import Foundation

/// One recorded change: who, when, which field, from what, to what, and why.
public struct TicketEvent: Codable, Sendable, Equatable {
    public var ticketID: Int64
    public var actor: String
    public var at: Date
    public var field: String
    public var oldValue: String?
    public var newValue: String?
    public var reason: String?

    public init(ticketID: Int64, actor: String, at: Date, field: String,
                oldValue: String? = nil, newValue: String? = nil, reason: String? = nil) {
        self.ticketID = ticketID
        self.actor = actor
        self.at = at
        self.field = field
        self.oldValue = oldValue
        self.newValue = newValue
        self.reason = reason
    }
}

/// Public replies reach the requester; internal notes stay inside the team.
public enum CommentKind: String, Codable, Sendable, CaseIterable {
    case reply
    case note
}

/// A reply to the requester or an internal note on a ticket.
public struct Comment: Codable, Sendable, Equatable {
    public var id: Int64
    public var ticketID: Int64
    public var author: String
    public var kind: CommentKind
    public var body: String
    public var createdAt: Date

    public init(id: Int64 = 0, ticketID: Int64, author: String, kind: CommentKind, body: String, createdAt: Date) {
        self.id = id
        self.ticketID = ticketID
        self.author = author
        self.kind = kind
        self.body = body
        self.createdAt = createdAt
    }
}

/// Working time an engineer logged on a ticket (工时管理).
public struct TimeEntry: Codable, Sendable, Equatable {
    public var id: Int64
    public var ticketID: Int64
    public var engineer: String
    public var minutes: Int
    public var note: String
    public var loggedAt: Date

    public init(id: Int64 = 0, ticketID: Int64, engineer: String, minutes: Int, note: String, loggedAt: Date) {
        self.id = id
        self.ticketID = ticketID
        self.engineer = engineer
        self.minutes = minutes
        self.note = note
        self.loggedAt = loggedAt
    }
}
