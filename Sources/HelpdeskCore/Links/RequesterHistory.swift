import Foundation

/// One of a requester's tickets as the requester-history list shows it.
public struct RequesterTicket: Codable, Sendable, Equatable {
    public var id: Int64
    public var title: String
    public var status: TicketStatus
    public var priority: Priority
    public var assignee: String?
    public var createdAt: Date
    /// The satisfaction survey score (1–5), when one was recorded.
    public var satisfaction: Int?

    public init(id: Int64, title: String, status: TicketStatus, priority: Priority, assignee: String?,
                createdAt: Date, satisfaction: Int?) {
        self.id = id
        self.title = title
        self.status = status
        self.priority = priority
        self.assignee = assignee
        self.createdAt = createdAt
        self.satisfaction = satisfaction
    }
}

/// A requester and their tickets (客户历史服务记录): open ones first, then the most recent.
public struct RequesterHistory: Codable, Sendable, Equatable {
    public var requesterID: Int64
    public var requester: Requester
    /// Open tickets first, then the others newest first; at most `RequesterHistory.limit`.
    public var tickets: [RequesterTicket]
    /// All the requester's tickets, including those beyond the list.
    public var total: Int
    public var openCount: Int
    /// The mean satisfaction score over every surveyed ticket, if any.
    public var averageSatisfaction: Double?

    /// How many tickets the history lists.
    public static let limit = 50

    public init(requesterID: Int64, requester: Requester, tickets: [RequesterTicket], total: Int, openCount: Int,
                averageSatisfaction: Double?) {
        self.requesterID = requesterID
        self.requester = requester
        self.tickets = tickets
        self.total = total
        self.openCount = openCount
        self.averageSatisfaction = averageSatisfaction
    }
}

/// A further person a ticket concerns, beyond its requester (the requester of a ticket merged into it).
public struct TicketContact: Codable, Sendable, Equatable {
    public var requesterID: Int64
    public var requester: Requester
    /// Why they are on the ticket: "requester of #12 (merged)".
    public var reason: String
    public var addedBy: String
    public var addedAt: Date

    public init(requesterID: Int64, requester: Requester, reason: String, addedBy: String, addedAt: Date) {
        self.requesterID = requesterID
        self.requester = requester
        self.reason = reason
        self.addedBy = addedBy
        self.addedAt = addedAt
    }
}

/// What happened to one open child when its parent was resolved with `--children`.
public struct ChildResolution: Codable, Sendable, Equatable {
    public var id: Int64
    /// nil when the child was resolved; otherwise why not (a conflict, a refusal).
    public var error: String?

    public init(id: Int64, error: String?) {
        self.id = id
        self.error = error
    }
}

extension RequesterTicket {
    /// How long ago the ticket was opened, compactly: "45m", "5h", "12d", "3mo", "2y".
    public func age(at now: Date) -> String {
        let minutes = max(0, Int(now.timeIntervalSince(createdAt) / 60))
        switch minutes {
        case ..<60: return "\(minutes)m"
        case ..<(48 * 60): return "\(minutes / 60)h"
        case ..<(60 * 1_440): return "\(minutes / 1_440)d"
        case ..<(730 * 1_440): return "\(minutes / (30 * 1_440))mo"
        default: return "\(minutes / (365 * 1_440))y"
        }
    }

    /// "4/5", or "–" when no survey was recorded.
    public var satisfactionText: String { satisfaction.map { "\($0)/5" } ?? "–" }
}
