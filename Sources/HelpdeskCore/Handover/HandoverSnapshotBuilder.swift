import Foundation

/// Builds a `HandoverSnapshot` from ticket lists; pure, so the rules are tested without a database.
///
/// The store hands it only what it read through indexes: candidate open tickets (P1/P2, those
/// at risk or breached, the escalated ones), tickets resolved during the shift, the team and
/// their open counts, and the exact totals it counted. The builder sorts each list into its
/// section, keeps the first `limit` of each, and never reports a total below what it was given.
public struct HandoverSnapshotBuilder: Sendable {
    /// Totals counted elsewhere (from counters, at any size of desk); nil means "count the list".
    public struct Totals: Sendable, Equatable {
        public var highPriority: Int?
        public var breached: Int?
        public var atRisk: Int?
        public var escalated: Int?
        public var resolved: Int?

        public init(highPriority: Int? = nil, breached: Int? = nil, atRisk: Int? = nil, escalated: Int? = nil, resolved: Int? = nil) {
            self.highPriority = highPriority
            self.breached = breached
            self.atRisk = atRisk
            self.escalated = escalated
            self.resolved = resolved
        }
    }

    public var now: Date
    public var since: Date
    /// Most tickets kept per section.
    public var limit: Int

    public init(now: Date, since: Date, limit: Int = 20) {
        self.now = now
        self.since = since
        self.limit = max(0, limit)
    }

    /// The snapshot of `open` tickets (any open ones; each lands in every section it belongs to),
    /// `resolved` tickets with their resolution times, and the team's loads.
    public func build(open: [QueueRow], resolved: [(row: QueueRow, resolvedAt: Date)], unassigned: Int,
                      engineers: [Engineer], openByEngineer: [String: Int], totals: Totals = Totals()) -> HandoverSnapshot {
        var seen = Set<Int64>()
        let tickets = open.filter { $0.status.isOpen && seen.insert($0.id).inserted }
        let high = tickets.filter { $0.priority <= .p2 }.sorted(by: Self.urgency)
        let breached = tickets.filter { isBreached($0) }.sorted(by: Self.urgency)
        let atRisk = tickets.filter { isAtRisk($0) }.sorted(by: Self.urgency)
        let escalated = tickets.filter { $0.status == .escalated }.sorted(by: Self.urgency)
        let done = resolved.filter { $0.resolvedAt >= since && $0.resolvedAt <= now }
            .sorted { ($0.resolvedAt, $0.row.id) > ($1.resolvedAt, $1.row.id) }
            .map { item in
                var ticket = HandoverTicket(item.row)
                ticket.dueAt = nil
                ticket.resolvedAt = item.resolvedAt
                return ticket
            }
        return HandoverSnapshot(
            takenAt: now, since: since,
            highPriority: list(high.map(HandoverTicket.init), totals.highPriority),
            breached: list(breached.map(HandoverTicket.init), totals.breached),
            atRisk: list(atRisk.map(HandoverTicket.init), totals.atRisk),
            escalated: list(escalated.map(HandoverTicket.init), totals.escalated),
            resolved: list(done, totals.resolved),
            unassigned: max(0, unassigned),
            loads: Self.loads(engineers: engineers, open: openByEngineer))
    }

    /// Past its next deadline.
    public func isBreached(_ row: QueueRow) -> Bool {
        guard let due = row.dueAt else { return false }
        return due <= now
    }

    /// At or past the at-risk point, not yet past the deadline.
    public func isAtRisk(_ row: QueueRow) -> Bool {
        guard let risk = row.riskAt, risk <= now else { return false }
        return !isBreached(row)
    }

    private func list(_ tickets: [HandoverTicket], _ total: Int?) -> HandoverList {
        HandoverList(tickets: Array(tickets.prefix(limit)), total: max(total ?? 0, tickets.count))
    }

    /// Major incidents, then priority, then the nearest deadline, then the oldest id.
    static func urgency(_ a: QueueRow, _ b: QueueRow) -> Bool {
        if a.isMajorIncident != b.isMajorIncident { return a.isMajorIncident }
        if a.priority != b.priority { return a.priority < b.priority }
        let da = a.dueAt ?? .distantFuture
        let db = b.dueAt ?? .distantFuture
        if da != db { return da < db }
        return a.id < b.id
    }

    /// Active engineers and anyone else still holding open tickets, busiest share of the cap first.
    static func loads(engineers: [Engineer], open: [String: Int]) -> [HandoverLoad] {
        var loads = engineers.filter { $0.isActive || (open[$0.login] ?? 0) > 0 }
            .map { HandoverLoad(login: $0.login, name: $0.name, open: open[$0.login] ?? 0, cap: $0.loadCap) }
        let known = Set(engineers.map(\.login))
        // Tickets can still name an engineer who left the team; their load must not vanish.
        for (login, count) in open where !known.contains(login) && count > 0 {
            loads.append(HandoverLoad(login: login, name: login, open: count, cap: 0))
        }
        return loads.sorted { a, b in
            if a.ratio != b.ratio { return a.ratio > b.ratio }
            if a.open != b.open { return a.open > b.open }
            return a.login < b.login
        }
    }
}
