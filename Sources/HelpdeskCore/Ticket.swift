import Foundation

/// The person who asked for help (记录客户信息).
public struct Requester: Codable, Sendable, Equatable, Hashable {
    public var name: String
    /// E-mail address or phone number; identifies the requester across tickets.
    public var contact: String
    public var organisation: String
    public var isVIP: Bool

    public init(name: String, contact: String, organisation: String = "", isVIP: Bool = false) {
        self.name = name
        self.contact = contact
        self.organisation = organisation
        self.isVIP = isVIP
    }
}

/// One support request and everything the SLA clocks and the queue need to know about it.
public struct Ticket: Codable, Sendable, Equatable {
    /// 0 until the store has saved the ticket.
    public var id: Int64
    public var title: String
    public var description: String
    public var requester: Requester
    public var channel: Channel
    public var category: Category
    public var impact: Level
    public var urgency: Level
    public var priority: Priority
    /// Why the priority is what it is ("matrix", "VIP requester", "override: …").
    public var priorityReason: String
    /// True once a lead has overridden the priority; rules then leave it alone.
    public var priorityOverridden: Bool
    public var status: TicketStatus
    public var tier: Tier
    /// Login of the engineer working the ticket.
    public var assignee: String?
    public var tags: [String]
    public var isMajorIncident: Bool
    public var resolution: String?
    public var createdAt: Date
    public var updatedAt: Date
    public var firstResponseAt: Date?
    public var resolvedAt: Date?
    public var closedAt: Date?
    /// Completed waits on the customer; the SLA clock adds them back to the deadline.
    public var pauses: [DateInterval]
    /// Start of the wait in progress, while the ticket is pending the customer.
    public var pausedSince: Date?
    /// Bumped by every saved change; a write based on an older version is a conflict.
    public var version: Int

    public init(
        id: Int64 = 0, title: String, description: String, requester: Requester,
        channel: Channel = .web, category: Category = .other,
        impact: Level = .medium, urgency: Level = .medium,
        priority: Priority = .p3, priorityReason: String = "matrix", priorityOverridden: Bool = false,
        status: TicketStatus = .new, tier: Tier = .l1, assignee: String? = nil,
        tags: [String] = [], isMajorIncident: Bool = false, resolution: String? = nil,
        createdAt: Date, updatedAt: Date? = nil,
        firstResponseAt: Date? = nil, resolvedAt: Date? = nil, closedAt: Date? = nil,
        pauses: [DateInterval] = [], pausedSince: Date? = nil, version: Int = 1
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.requester = requester
        self.channel = channel
        self.category = category
        self.impact = impact
        self.urgency = urgency
        self.priority = priority
        self.priorityReason = priorityReason
        self.priorityOverridden = priorityOverridden
        self.status = status
        self.tier = tier
        self.assignee = assignee
        self.tags = tags
        self.isMajorIncident = isMajorIncident
        self.resolution = resolution
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.firstResponseAt = firstResponseAt
        self.resolvedAt = resolvedAt
        self.closedAt = closedAt
        self.pauses = pauses
        self.pausedSince = pausedSince
        self.version = version
    }
}
