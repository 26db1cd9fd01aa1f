import Foundation
import GRDB
import HelpdeskCore

/// Per-engineer figures for the lead's team board, read without visiting every open ticket.
extension HelpdeskStore {
    /// Open tickets per priority, oldest open ticket and breaches, per engineer with open tickets.
    ///
    /// Priorities come from the trigger-kept counters ("assignee:<login>:<priority>"). Per engineer,
    /// the oldest open ticket is the lowest-numbered one (tickets are numbered as they are recorded),
    /// found at the start of the `queue_assignee_by_id` index, and breaches are counted off the
    /// `queue_assignee_by_due` index range below `now`; neither reads a ticket row beyond the oldest.
    public func teamBoardStats(now: Date) throws -> [String: EngineerOpenStats] {
        try read { db in
            var stats = try Self.fetchOpenByPriority(db).mapValues { EngineerOpenStats(byPriority: $0) }
            let oldest = try db.cachedStatement(sql: """
                SELECT created_at FROM tickets WHERE id = (SELECT MIN(id) FROM (
                    SELECT MIN(id) AS id FROM tickets WHERE open = 1 AND assignee = ?1 AND major = 0
                    UNION ALL SELECT MIN(id) FROM tickets WHERE open = 1 AND assignee = ?1 AND major = 1))
                """)
            let breached = try db.cachedStatement(sql: """
                SELECT COUNT(*) FROM tickets WHERE open = 1 AND assignee = ? AND major IN (0, 1) AND due_at <= ?
                """)
            for login in stats.keys {
                stats[login]?.oldestOpenAt = try Double.fetchOne(oldest, arguments: [login]).map(Date.init(timeIntervalSince1970:))
                stats[login]?.breached = try Int.fetchOne(breached, arguments: [login, now.epoch]) ?? 0
            }
            return stats
        }
    }
}
