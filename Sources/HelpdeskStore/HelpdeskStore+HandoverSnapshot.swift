import Foundation
import GRDB
import HelpdeskCore

/// The queue snapshot a handover carries, read through the queue indexes and counters.
///
/// Nothing here scans the desk: each list is a few range seeks on a queue index that stop at
/// `limit`, and each total comes from the counters or an index range count. Only open tickets
/// and the tickets resolved during the shift are read.
extension HelpdeskStore {
    /// Tickets kept per section of a snapshot.
    public static let handoverListLimit = 20
    /// At-risk candidates read, most recently at risk first, before the builder picks the most urgent.
    static let atRiskCandidates = 500

    /// The snapshot as it would be saved now, for a shift that started at `since`.
    public func handoverSnapshot(since: Date, now: Date) throws -> HandoverSnapshot {
        try read { db in try handoverSnapshot(since: since, now: now, db) }
    }

    func handoverSnapshot(since: Date, now: Date, _ db: Database) throws -> HandoverSnapshot {
        let limit = Self.handoverListLimit
        let columns = QueuePlan.rowColumns
        var open: [QueueRow] = []
        // One seek per (major, priority) segment of the open queue's priority index, which is
        // ordered by due time inside each segment: the most urgent come first and LIMIT stops it.
        for major in [1, 0] {
            for priority in Priority.allCases {
                let segment = "FROM tickets t INDEXED BY queue_open_by_priority WHERE open = 1 AND major = \(major) AND priority = \(priority.rawValue)"
                if priority <= .p2 {
                    open += try Self.queueRows("SELECT \(columns) \(segment) ORDER BY due_at LIMIT \(limit)", [], db)
                }
                open += try Self.queueRows("SELECT \(columns) \(segment) AND due_at <= ? ORDER BY due_at LIMIT \(limit)", [now.epoch], db)
            }
        }
        let breached = try Self.breachedCount(now: now, db)
        let atRisk = max(0, try Self.atRiskCount(now: now, db) - breached)
        // At risk, not breached: their risk time passed lately, so the risk index read backwards
        // from now finds them first, and the count says when all of them have been found.
        if atRisk > 0 {
            open += try Self.queueRows("""
                SELECT \(columns) FROM tickets t INDEXED BY queue_at_risk WHERE open = 1 AND risk_at <= ? AND due_at > ?
                ORDER BY risk_at DESC LIMIT \(min(atRisk, Self.atRiskCandidates))
                """, [now.epoch, now.epoch], db)
        }
        open += try Self.queueRows("""
            SELECT \(columns) FROM tickets t INDEXED BY queue_escalated_by_priority WHERE status = 'escalated'
            ORDER BY major DESC, priority, due_at, id LIMIT \(limit)
            """, [], db)
        var resolved: [(row: QueueRow, resolvedAt: Date)] = []
        for major in [1, 0] {
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(columns), resolved_at FROM tickets t INDEXED BY queue_resolved_by_due
                WHERE major = \(major) AND resolved_at >= ? AND resolved_at <= ? ORDER BY resolved_at DESC LIMIT \(limit)
                """, arguments: [since.epoch, now.epoch])
            resolved += try rows.map { (try QueuePlan.row($0), Date(epoch: $0["resolved_at"])) }
        }
        let totals = HandoverSnapshotBuilder.Totals(
            highPriority: try Self.openHighPriorityCount(db), breached: breached, atRisk: atRisk,
            escalated: try Self.count(.escalated, login: "", now: now, db),
            resolved: try Self.resolvedCount(from: since, to: now, db))
        let engineers = try Row.fetchAll(db, sql: "SELECT login, name, load_cap, active FROM engineers ORDER BY login").map { row in
            Engineer(login: row["login"], name: row["name"], loadCap: row["load_cap"], isActive: row["active"])
        }
        let openByEngineer = try Self.fetchLoads(db).mapValues(\.openTickets)
        return HandoverSnapshotBuilder(now: now, since: since, limit: limit)
            .build(open: open, resolved: resolved, unassigned: try Self.count(.unassigned, login: "", now: now, db),
                   engineers: engineers, openByEngineer: openByEngineer, totals: totals)
    }

    /// Open P1 and P2 tickets: the assignees' counters, plus the unassigned ones counted on the
    /// assignee index (a few range seeks over the unassigned part of the queue only).
    static func openHighPriorityCount(_ db: Database) throws -> Int {
        let assigned = try Int.fetchOne(db, sql: """
            SELECT COALESCE(SUM(n), 0) FROM queue_counts WHERE key >= 'assignee:' AND key < 'assignee;' AND (key LIKE '%:1' OR key LIKE '%:2')
            """) ?? 0
        let unassigned = try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM tickets INDEXED BY queue_assignee_by_priority
            WHERE open = 1 AND assignee IS NULL AND major IN (0, 1) AND priority IN (1, 2)
            """) ?? 0
        return assigned + unassigned
    }

    /// Tickets resolved in [from, to]: counters for the whole hours between, index counts for the partial ends.
    static func resolvedCount(from: Date, to: Date, _ db: Database) throws -> Int {
        guard from <= to else { return 0 }
        let firstHour = Int64((from.epoch / 3600).rounded(.down))
        let lastHour = Int64((to.epoch / 3600).rounded(.down))
        func indexed(_ start: Double, _ end: Double) throws -> Int {
            try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM tickets INDEXED BY queue_resolved_by_due WHERE major IN (0, 1) AND resolved_at >= ? AND resolved_at <= ?
                """, arguments: [start, end]) ?? 0
        }
        if firstHour == lastHour { return try indexed(from.epoch, to.epoch) }
        let whole = try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(n), 0) FROM queue_counts WHERE key > ? AND key < ?",
                                     arguments: [StoreSchema.resolvedKey(hour: firstHour), StoreSchema.resolvedKey(hour: lastHour)]) ?? 0
        // The first hour's end is exclusive; the index count is inclusive, so stop just short of it.
        let firstEnd = Double(firstHour + 1) * 3600
        return whole + (try indexed(from.epoch, firstEnd.nextDown)) + (try indexed(Double(lastHour) * 3600, to.epoch))
    }

    private static func queueRows(_ sql: String, _ arguments: [Double], _ db: Database) throws -> [QueueRow] {
        try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map(QueuePlan.row)
    }
}
