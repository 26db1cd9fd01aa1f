import Foundation

/// The queue views shown as tabs in the console and offered by `helpdesk ticket list --view`.
public enum QueueView: String, CaseIterable, Codable, Sendable {
    case mine
    case unassigned
    case open
    case atRisk = "at_risk"
    case escalated
    case pending
    case resolved

    public var title: String {
        switch self {
        case .mine: "My tickets"
        case .unassigned: "Unassigned"
        case .open: "All open"
        case .atRisk: "At risk / Breached"
        case .escalated: "Escalated"
        case .pending: "Pending customer"
        case .resolved: "Recently resolved"
        }
    }
}

/// Queue orderings; major incidents are pinned above all of them.
public enum QueueSort: String, CaseIterable, Codable, Sendable {
    case due, priority, updated, id
}

/// One page request: which view, for whom, in what order, narrowed by typed text.
public struct QueueQuery: Sendable, Equatable {
    public var view: QueueView
    /// The engineer whose "My tickets" this is.
    public var login: String
    public var sort: QueueSort
    /// Matched against id, title, requester and tags; empty means no filter.
    public var filter: String
    public var offset: Int
    public var limit: Int
    /// "Now" for the at-risk view and for "recently" resolved.
    public var now: Date

    public init(view: QueueView, login: String, sort: QueueSort = .due, filter: String = "",
                offset: Int = 0, limit: Int = 50, now: Date) {
        self.view = view
        self.login = login
        self.sort = sort
        self.filter = filter
        self.offset = offset
        self.limit = limit
        self.now = now
    }
}

/// What a queue line shows; loaded only for the visible rows.
public struct QueueRow: Sendable, Equatable, Codable {
    public var id: Int64
    public var priority: Priority
    public var status: TicketStatus
    /// The next SLA deadline still to be met; nil when none runs (paused, met, closed).
    public var dueAt: Date?
    /// When the next deadline turns at risk.
    public var riskAt: Date?
    public var assignee: String?
    public var category: Category
    public var requester: String
    public var title: String
    public var tags: [String]
    public var isMajorIncident: Bool
    public var updatedAt: Date
    public var version: Int

    public init(id: Int64, priority: Priority, status: TicketStatus, dueAt: Date?, riskAt: Date?,
                assignee: String?, category: Category, requester: String, title: String,
                tags: [String], isMajorIncident: Bool, updatedAt: Date, version: Int) {
        self.id = id
        self.priority = priority
        self.status = status
        self.dueAt = dueAt
        self.riskAt = riskAt
        self.assignee = assignee
        self.category = category
        self.requester = requester
        self.title = title
        self.tags = tags
        self.isMajorIncident = isMajorIncident
        self.updatedAt = updatedAt
        self.version = version
    }
}

/// A page of a queue view and the total the view holds under the current filter.
public struct QueuePage: Sendable, Equatable {
    public var rows: [QueueRow]
    public var total: Int

    public init(rows: [QueueRow], total: Int) {
        self.rows = rows
        self.total = total
    }
}
