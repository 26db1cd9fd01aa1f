import Foundation

/// What the store counts for one engineer's open tickets, the raw input of a board row.
public struct EngineerOpenStats: Sendable, Equatable {
    /// Open tickets per priority.
    public var byPriority: [Priority: Int]
    /// When the engineer's oldest open ticket was recorded; nil with no open tickets.
    public var oldestOpenAt: Date?
    /// Open tickets past their SLA deadline.
    public var breached: Int

    public init(byPriority: [Priority: Int] = [:], oldestOpenAt: Date? = nil, breached: Int = 0) {
        self.byPriority = byPriority
        self.oldestOpenAt = oldestOpenAt
        self.breached = breached
    }

    public static let none = EngineerOpenStats()
}

/// One engineer as the lead's team board shows them: tier, skills, shift, load by priority, age of work, breaches.
public struct TeamBoardRow: Sendable, Equatable {
    public var engineer: Engineer
    public var isOnShift: Bool
    public var stats: EngineerOpenStats

    public init(engineer: Engineer, isOnShift: Bool, stats: EngineerOpenStats) {
        self.engineer = engineer
        self.isOnShift = isOnShift
        self.stats = stats
    }

    /// Open tickets of one priority.
    public func open(_ priority: Priority) -> Int { stats.byPriority[priority] ?? 0 }

    /// All open tickets, whatever their priority.
    public var openTickets: Int { Priority.allCases.reduce(0) { $0 + open($1) } }

    /// The engine gives this engineer nothing more: open tickets have reached the load cap.
    public var isAtOrOverCap: Bool { openTickets >= engineer.loadCap }

    /// "5/8": open tickets against the cap.
    public var loadText: String { "\(openTickets)/\(engineer.loadCap)" }

    /// How long the oldest open ticket has been open, "3d04h" style; "-" with none.
    public func oldestAge(now: Date) -> String {
        guard let oldest = stats.oldestOpenAt else { return "-" }
        return SLAFormat.countdown(max(0, now.timeIntervalSince(oldest)))
    }

    /// One row per active engineer, and per inactive one still holding open tickets (they must be moved), by login.
    /// `onShift` nil means no shifts are defined, so everyone counts as on shift.
    public static func rows(engineers: [Engineer], stats: [String: EngineerOpenStats], onShift: Set<String>?) -> [TeamBoardRow] {
        engineers
            .filter { $0.isActive || (stats[$0.login].map { !$0.byPriority.values.allSatisfy { $0 == 0 } } ?? false) }
            .sorted { $0.login < $1.login }
            .map { TeamBoardRow(engineer: $0, isOnShift: onShift?.contains($0.login) ?? true, stats: stats[$0.login] ?? .none) }
    }
}
