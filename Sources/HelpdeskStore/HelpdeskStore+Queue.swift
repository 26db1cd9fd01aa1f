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
            if !plan.isIDLookup, offset > total / 2, offset < total {
                // Skipping rows costs one index step each: a page near the end (G, End) is read
                // from the end instead, the index walked backwards, and turned round.
                let count = min(limit, total - offset)
                let rows = try Self.rows(plan.pageSQL(limit: count, offset: total - offset - count, reversed: true), db)
                return QueuePage(rows: rows.reversed(), total: total)
            }
            let rows = try Self.rows(plan.pageSQL(limit: limit, offset: offset), db)
            return QueuePage(rows: rows, total: plan.isIDLookup ? rows.count : total)
        }
    }

    /// A filtered page without a scan of the desk; what it reads is bounded by the page, the
    /// probe window and the cap, never by the size of the desk.
    ///
    /// A view no bigger than the probe window is read whole in index order and counted exactly.
    /// Otherwise the filter index is asked how many candidates it has (no ticket is read): a
    /// few, and they are read, confirmed and sorted. Many, and the head of the view is probed in
    /// index order until the page is full (dense matches end it early), then the count stops at
    /// the cap; if the probe cannot fill the page, the candidates are read after all.
    private func filteredPage(_ plan: QueuePlan, viewTotal: Int, limit: Int, offset: Int, _ db: Database) throws -> QueuePage {
        let cap = max(options.filteredTotalCap, offset + limit)
        let window = max(1, options.filterProbeRows)
        let wanted = offset + limit
        let wholeView = viewTotal <= window
        if !wholeView, try Self.int(plan.candidateCountSQL(limit: options.filterCandidateReads + 1), db) <= options.filterCandidateReads {
            return try candidatePage(plan, cap: cap, limit: limit, offset: offset, db)
        }
        var hits: [Int64] = []
        var hitCount = 0
        let probe = plan.probeSQL(window: window)
        let cursor = try Row.fetchCursor(db, sql: probe.sql, arguments: probe.arguments)
        while let row = try cursor.next() {
            guard (row[1] as Bool?) == true else { continue }
            hitCount += 1
            if hits.count < wanted { hits.append(row[0]) } else if !wholeView { break }
        }
        let pageIDs = Array(hits.dropFirst(offset))
        if wholeView {
            return QueuePage(rows: try Self.rows(plan.pageSQL(ids: pageIDs, limit: limit, offset: 0), db), total: hitCount)
        }
        if hits.count == wanted {
            return QueuePage(rows: try Self.rows(plan.pageSQL(ids: pageIDs, limit: limit, offset: 0), db),
                             total: try Self.int(plan.cappedCountSQL(cap: cap), db))
        }
        return try candidatePage(plan, cap: cap, limit: limit, offset: offset, db)
    }

    /// The matching ids (up to the cap) among the index's candidates, and the page sorted from
    /// those; past the cap, the candidates are sorted with a LIMIT.
    private func candidatePage(_ plan: QueuePlan, cap: Int, limit: Int, offset: Int, _ db: Database) throws -> QueuePage {
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
        case .resolved: return try recentlyResolvedCount(now: now, db)
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

    /// Tickets resolved in the last seven days: the counters of the whole hours in the window,
    /// plus the window's partial first hour counted on the resolved index ("major IN (0, 1)"
    /// turns its (major, resolved_at) columns into two range seeks).
    static func recentlyResolvedCount(now: Date, _ db: Database) throws -> Int {
        let start = now.epoch - QueuePlan.resolvedWindow
        let hour = Int64((start / 3600).rounded(.down))
        let whole = try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(n), 0) FROM queue_counts WHERE key > ? AND key < ?",
                                     arguments: [StoreSchema.resolvedKey(hour: hour), StoreSchema.resolvedKeyPrefix + "~"]) ?? 0
        let partial = try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM tickets INDEXED BY queue_resolved_by_due WHERE major IN (0, 1) AND resolved_at >= ? AND resolved_at < ?
            """, arguments: [start, Double(hour + 1) * 3600]) ?? 0
        return whole + partial
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
