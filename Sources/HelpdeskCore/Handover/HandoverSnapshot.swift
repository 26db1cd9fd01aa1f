import Foundation

/// The queue as it stood when a handover was saved: what the incoming lead must know about.
public struct HandoverSnapshot: Codable, Sendable, Equatable {
    /// When the snapshot was taken (the handover's save time).
    public var takenAt: Date
    /// Start of the shift it covers; "resolved" counts from here.
    public var since: Date
    /// Open P1 and P2 tickets, most urgent first.
    public var highPriority: HandoverList
    /// Open tickets past their next SLA deadline.
    public var breached: HandoverList
    /// Open tickets at risk of their next deadline but not yet past it.
    public var atRisk: HandoverList
    /// Open tickets escalated to second line (L2).
    public var escalated: HandoverList
    /// Tickets resolved since the shift started, newest first.
    public var resolved: HandoverList
    public var unassigned: Int
    /// Open tickets per engineer against their cap, busiest first.
    public var loads: [HandoverLoad]

    public init(takenAt: Date, since: Date, highPriority: HandoverList = .empty, breached: HandoverList = .empty,
                atRisk: HandoverList = .empty, escalated: HandoverList = .empty, resolved: HandoverList = .empty,
                unassigned: Int = 0, loads: [HandoverLoad] = []) {
        self.takenAt = takenAt
        self.since = since
        self.highPriority = highPriority
        self.breached = breached
        self.atRisk = atRisk
        self.escalated = escalated
        self.resolved = resolved
        self.unassigned = unassigned
        self.loads = loads
    }
}

/// Some tickets of one kind and how many there were in all (only the first few are kept).
public struct HandoverList: Codable, Sendable, Equatable {
    public var tickets: [HandoverTicket]
    public var total: Int

    public init(tickets: [HandoverTicket], total: Int) {
        self.tickets = tickets
        self.total = max(total, tickets.count)
    }

    public static let empty = HandoverList(tickets: [], total: 0)

    /// How many tickets the list leaves out.
    public var omitted: Int { total - tickets.count }
}

/// One ticket as a handover lists it.
public struct HandoverTicket: Codable, Sendable, Equatable {
    public var id: Int64
    public var priority: Priority
    public var status: TicketStatus
    public var assignee: String?
    public var title: String
    /// The next deadline of an open ticket.
    public var dueAt: Date?
    /// When a resolved ticket was resolved.
    public var resolvedAt: Date?
    public var isMajorIncident: Bool

    public init(id: Int64, priority: Priority, status: TicketStatus, assignee: String?, title: String,
                dueAt: Date? = nil, resolvedAt: Date? = nil, isMajorIncident: Bool = false) {
        self.id = id
        self.priority = priority
        self.status = status
        self.assignee = assignee
        self.title = title
        self.dueAt = dueAt
        self.resolvedAt = resolvedAt
        self.isMajorIncident = isMajorIncident
    }

    /// An open ticket from its queue line.
    public init(_ row: QueueRow) {
        self.init(id: row.id, priority: row.priority, status: row.status, assignee: row.assignee, title: row.title,
                  dueAt: row.dueAt, isMajorIncident: row.isMajorIncident)
    }
}

/// One engineer's open tickets against the cap the assignment engine respects.
public struct HandoverLoad: Codable, Sendable, Equatable {
    public var login: String
    public var name: String
    public var open: Int
    public var cap: Int

    public init(login: String, name: String, open: Int, cap: Int) {
        self.login = login
        self.name = name
        self.open = open
        self.cap = cap
    }

    /// Share of the cap in use; over 1 when overloaded, infinite for work on a zero cap.
    public var ratio: Double { cap > 0 ? Double(open) / Double(cap) : (open > 0 ? .infinity : 0) }
    public var isOverCap: Bool { open > cap }
}
