import Foundation

/// What a report needs to know about one ticket: plain values the store streams in, so report
/// fixtures can be written by hand.
public struct ReportRow: Sendable, Equatable {
    public var id: Int64
    public var priority: Priority
    public var category: Category
    public var status: TicketStatus
    /// The ticket's line: L2 once it was escalated.
    public var tier: Tier
    public var assignee: String?
    /// The first engineer the ticket was ever given to, from the audit log.
    public var firstAssignee: String?
    public var createdAt: Date
    public var firstResponseAt: Date?
    public var resolvedAt: Date?
    public var closedAt: Date?
    /// Last change; for a cancelled ticket, when it was cancelled.
    public var updatedAt: Date
    public var pauses: [DateInterval]
    public var pausedSince: Date?
    /// How often the ticket was reopened and escalated, from the audit log.
    public var reopens: Int
    public var escalations: Int
    /// The satisfaction score (1–5) recorded for it, if any.
    public var satisfaction: Int?

    public init(id: Int64, priority: Priority = .p3, category: Category = .other, status: TicketStatus,
                tier: Tier = .l1, assignee: String? = nil, firstAssignee: String? = nil, createdAt: Date,
                firstResponseAt: Date? = nil, resolvedAt: Date? = nil, closedAt: Date? = nil, updatedAt: Date? = nil,
                pauses: [DateInterval] = [], pausedSince: Date? = nil, reopens: Int = 0, escalations: Int = 0,
                satisfaction: Int? = nil) {
        self.id = id
        self.priority = priority
        self.category = category
        self.status = status
        self.tier = tier
        self.assignee = assignee
        self.firstAssignee = firstAssignee ?? assignee
        self.createdAt = createdAt
        self.firstResponseAt = firstResponseAt
        self.resolvedAt = resolvedAt
        self.closedAt = closedAt
        self.updatedAt = updatedAt ?? resolvedAt ?? firstResponseAt ?? createdAt
        self.pauses = pauses
        self.pausedSince = pausedSince
        self.reopens = reopens
        self.escalations = escalations
        self.satisfaction = satisfaction
    }

    /// The ticket the SLA clocks evaluate (text fields do not matter to them).
    var clockTicket: Ticket {
        Ticket(id: id, title: "", description: "", requester: Requester(name: "", contact: ""),
               category: category, priority: priority, status: status, tier: tier, assignee: assignee,
               createdAt: createdAt, updatedAt: updatedAt, firstResponseAt: firstResponseAt,
               resolvedAt: resolvedAt, closedAt: closedAt, pauses: pauses, pausedSince: pausedSince)
    }

    /// Resolved within the first contact: by the first assignee, never reopened, never escalated.
    public var isFirstContactResolution: Bool {
        resolvedAt != nil && reopens == 0 && escalations == 0 && tier == .l1
            && firstAssignee != nil && firstAssignee == assignee
    }

    /// Still open when `instant` came: created before it and not resolved or cancelled by then.
    public func isOpen(at instant: Date) -> Bool {
        guard createdAt < instant else { return false }
        if let resolved = resolvedAt { return resolved >= instant }
        if status == .cancelled { return updatedAt >= instant }
        return status.isOpen || closedAt.map { $0 >= instant } ?? false
    }
}

/// Time an engineer logged, for the hours column.
public struct ReportTimeRow: Sendable, Equatable {
    public var engineer: String
    public var minutes: Int
    public var loggedAt: Date
    /// The ticket's fields the filters and groups look at.
    public var category: Category
    public var priority: Priority
    public var tier: Tier

    public init(engineer: String, minutes: Int, loggedAt: Date, category: Category = .other,
                priority: Priority = .p3, tier: Tier = .l1) {
        self.engineer = engineer
        self.minutes = minutes
        self.loggedAt = loggedAt
        self.category = category
        self.priority = priority
        self.tier = tier
    }
}
