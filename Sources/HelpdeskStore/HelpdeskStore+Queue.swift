import Foundation
import GRDB
import HelpdeskCore

/// Queue views: pages of rows and the counts on the view tabs.
extension HelpdeskStore {
    /// One page of a view: major incidents first, then the chosen sort, narrowed by the filter.
    ///
    /// `total` is exact without a filter (maintained counters, or index range counts for the
    /// time-dependent views). With a filter it counts matches only up to
    /// `StoreOptions.filteredTotalCap`, so a keystroke never counts the whole desk.
    public func queue(_ query: QueueQuery) throws -> QueuePage {
        let limit = min(max(query.limit, 0), 1000)
        let offset = max(query.offset, 0)
        return try read { db in
            var viewTotal: Int?
            var dense = false
            if query.view == .atRisk {
                let count = try Self.atRiskCount(now: query.now, db)
                dense = count > options.atRiskSortThreshold
                viewTotal = count
            }
            var plan = QueuePlan(view: query.view, login: query.login, sort: query.sort, now: query.now, atRiskIsDense: dense)
            plan.filter(query.filter)
            let total = try viewTotal ?? Self.count(query.view, login: query.login, now: query.now, db)
            if plan.isFiltered && !plan.isIDLookup {
                return try filteredPage(plan, viewTotal: total, limit: limit, offset: offset, db)
            }
            let rows = try Self.rows(plan.pageSQL(limit: limit, offset: offset), db)
            return QueuePage(rows: rows, total: plan.isIDLookup ? rows.count : total)
        }
    }

    /// A filtered page without a scan of the desk: the head of the view is probed in index order
    /// (dense matches fill the page there, and the count then stops at the cap); otherwise the
    /// filter index names the candidates, the matching ids (up to the cap) are collected and
    /// only those are sorted; past the cap, the candidates are sorted with a LIMIT.
    private func filteredPage(_ plan: QueuePlan, viewTotal: Int, limit: Int, offset: Int, _ db: Database) throws -> QueuePage {
        let cap = max(options.filteredTotalCap, offset + limit)
        let window = max(1, options.filterProbeRows)
        let probe = try Self.rows(plan.probeSQL(window: window, limit: limit, offset: offset), db)
        if viewTotal <= window {
            // The probe saw the whole view: its rows are the answer and its count is exact.
            if probe.count < limit && (offset == 0 || !probe.isEmpty) { return QueuePage(rows: probe, total: offset + probe.count) }
            return QueuePage(rows: probe, total: try Self.int(plan.probeCountSQL(window: window), db))
        }
        if probe.count == limit {
            return QueuePage(rows: probe, total: try Self.int(plan.cappedCountSQL(cap: cap), db))
        }
        let scan = plan.matchingIDsSQL(cap: cap + 1)
        let ids = try Int64.fetchAll(db, sql: scan.sql, arguments: scan.arguments)
        if ids.count <= cap {
            return QueuePage(rows: try Self.rows(plan.pageSQL(ids: ids, limit: limit, offset: offset), db), total: ids.count)
        }
        return QueuePage(rows: try Self.rows(plan.candidatePageSQL(limit: limit, offset: offset), db), total: cap)
    }

    private static func rows(_ statement: (sql: String, arguments: StatementArguments), _ db: Database) throws -> [QueueRow] {
        try Row.fetchAll(db, sql: statement.sql, arguments: statement.arguments).map(QueuePlan.row)
    }

    private static func int(_ statement: (sql: String, arguments: StatementArguments), _ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: statement.sql, arguments: statement.arguments) ?? 0
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
        let keys: [String]
        switch view {
        case .mine: keys = Priority.allCases.map { "assignee:\(login):\($0.rawValue)" }
        case .unassigned: keys = ["unassigned"]
        case .open: keys = ["open"]
        case .escalated: keys = ["status:" + TicketStatus.escalated.rawValue]
        case .pending: keys = ["status:" + TicketStatus.pendingCustomer.rawValue]
        case .atRisk: return try atRiskCount(now: now, db)
        case .resolved:
            // "major IN (0, 1)" turns the (major, resolved_at) index into two range seeks.
            return try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM tickets INDEXED BY queue_resolved_by_due WHERE major IN (0, 1) AND resolved_at >= ?
                """, arguments: [now.epoch - QueuePlan.resolvedWindow]) ?? 0
        }
        let marks = keys.map { _ in "?" }.joined(separator: ", ")
        return try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(n), 0) FROM queue_counts WHERE key IN (\(marks))",
                                arguments: StatementArguments(keys)) ?? 0
    }

    /// Open tickets past their next deadline, and those at risk of it but not yet past it:
    /// the status bar's SLA summary, read from counters whatever the size of the desk.
    public func slaStanding(now: Date) throws -> (breached: Int, atRisk: Int) {
        try read { db in
            let flagged = try Self.atRiskCount(now: now, db)
            let breached = try Self.breachedCount(now: now, db)
            return (breached, max(0, flagged - breached))
        }
    }

    /// Open tickets whose next deadline has passed: counters for the hours gone by, plus the
    /// current hour counted on the open queue's due index (two range seeks, one per major flag).
    static func breachedCount(now: Date, _ db: Database) throws -> Int {
        let hour = Int64((now.epoch / 3600).rounded(.down))
        let past = try Int.fetchOne(db, sql: """
            SELECT COALESCE(SUM(n), 0) FROM queue_counts WHERE key >= ? AND key < ?
            """, arguments: [StoreSchema.dueKey(hour: 0), StoreSchema.dueKey(hour: hour)]) ?? 0
        let current = try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM tickets INDEXED BY queue_open_by_due WHERE open = 1 AND major IN (0, 1) AND due_at >= ? AND due_at <= ?
            """, arguments: [Double(hour) * 3600, now.epoch]) ?? 0
        return past + current
    }

    /// Open tickets whose next clock is at risk or breached: the counters of the hours gone by,
    /// plus the current hour counted on the risk index.
    static func atRiskCount(now: Date, _ db: Database) throws -> Int {
        let hour = Int64((now.epoch / 3600).rounded(.down))
        let past = try Int.fetchOne(db, sql: """
            SELECT COALESCE(SUM(n), 0) FROM queue_counts WHERE key >= ? AND key < ?
            """, arguments: [StoreSchema.riskKey(hour: 0), StoreSchema.riskKey(hour: hour)]) ?? 0
        let current = try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM tickets INDEXED BY queue_at_risk WHERE open = 1 AND risk_at >= ? AND risk_at <= ?
            """, arguments: [Double(hour) * 3600, now.epoch]) ?? 0
        return past + current
    }
}
