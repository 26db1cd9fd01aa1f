import Foundation
import GRDB
import HelpdeskCore

/// Queue views: pages of rows and the counts on the view tabs.
extension HelpdeskStore {
    /// One page of a view: major incidents first, then the chosen sort, narrowed by the filter.
    ///
    /// `total` is exact without a filter (maintained counters, or range counts for the
    /// time-dependent views). With a filter it counts matches only up to
    /// `StoreOptions.filteredTotalCap`, so a keystroke never counts the whole desk.
    public func queue(_ query: QueueQuery) throws -> QueuePage {
        let limit = min(max(query.limit, 0), 1000)
        let offset = max(query.offset, 0)
        return try read { db in
            let filtered = !query.filter.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            var viewTotal: Int?
            var dense = false
            if query.view == .atRisk {
                let threshold = options.atRiskSortThreshold
                let count = try Self.atRiskCount(now: query.now, cap: filtered ? threshold + 1 : nil, db)
                dense = count > threshold
                if !filtered { viewTotal = count }
            }
            var plan = QueuePlan(view: query.view, login: query.login, sort: query.sort, now: query.now, atRiskIsDense: dense)
            plan.filter(query.filter)
            let page = plan.pageSQL(limit: limit, offset: offset)
            let rows = try Row.fetchAll(db, sql: page.sql, arguments: page.arguments).map(QueuePlan.row)
            let total: Int
            if rows.count < limit && (offset == 0 || !rows.isEmpty) {
                total = offset + rows.count
            } else if filtered {
                let count = plan.cappedCountSQL(cap: max(options.filteredTotalCap, offset + limit))
                total = try Int.fetchOne(db, sql: count.sql, arguments: count.arguments) ?? 0
            } else if let viewTotal {
                total = viewTotal
            } else {
                total = try Self.count(query.view, login: query.login, now: query.now, db)
            }
            return QueuePage(rows: rows, total: total)
        }
    }

    /// How many tickets each view holds for this engineer right now.
    public func counts(login: String, now: Date) throws -> [QueueView: Int] {
        try read { db in
            var counts: [QueueView: Int] = [:]
            for view in QueueView.allCases { counts[view] = try Self.count(view, login: login, now: now, db) }
            return counts
        }
    }

    static func count(_ view: QueueView, login: String, now: Date, _ db: Database) throws -> Int {
        let key: String
        switch view {
        case .mine: key = "assignee:" + login
        case .unassigned: key = "unassigned"
        case .open: key = "open"
        case .escalated: key = "status:" + TicketStatus.escalated.rawValue
        case .pending: key = "status:" + TicketStatus.pendingCustomer.rawValue
        case .atRisk: return try atRiskCount(now: now, cap: nil, db)
        case .resolved:
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM tickets INDEXED BY queue_resolved WHERE resolved_at >= ?",
                                    arguments: [now.epoch - QueuePlan.resolvedWindow]) ?? 0
        }
        return try Int.fetchOne(db, sql: "SELECT n FROM queue_counts WHERE key = ?", arguments: [key]) ?? 0
    }

    /// Open tickets whose next clock is at risk or breached, counted off the risk index.
    static func atRiskCount(now: Date, cap: Int?, _ db: Database) throws -> Int {
        let inner = "SELECT 1 FROM tickets INDEXED BY queue_at_risk WHERE open = 1 AND risk_at <= ?"
        if let cap {
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (\(inner) LIMIT ?)", arguments: [now.epoch, cap]) ?? 0
        }
        return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (\(inner))", arguments: [now.epoch]) ?? 0
    }
}
