import GRDB

/// Counters behind the view badges and engineers' loads, kept by triggers.
///
/// Counting 700,000 open rows takes tens of milliseconds; reading a counter takes microseconds.
/// Keys count open tickets only: "open", "unassigned", "status:<status>",
/// "assignee:<login>:<priority>" (a login never contains a colon), and "risk:<hour>", the open
/// tickets turning at risk in that hour since 1970 (zero-padded so keys sort in time order;
/// "risk:none" when no clock runs). The at-risk count is then the sum of the past hours plus
/// an index count of the current hour, exact and independent of how many are at risk.
/// "due:<hour>" does the same for the deadlines, so the breached count costs as little.
extension StoreSchema {
    static let riskKeyPrefix = "risk:"
    static let dueKeyPrefix = "due:"

    /// The counter key of an hour, as the triggers write it.
    static func riskKey(hour: Int64) -> String { riskKeyPrefix + String(format: "%010lld", hour) }

    /// The breached-counter key of an hour.
    static func dueKey(hour: Int64) -> String { dueKeyPrefix + String(format: "%010lld", hour) }

    private static func hourKey(_ prefix: String, _ column: String) -> String {
        "CASE WHEN \(column) < \(noDeadline) THEN printf('\(prefix)%010d', CAST(\(column) / 3600 AS INTEGER)) ELSE '\(prefix)none' END"
    }

    private static func keys(_ row: String) -> [String] {
        [
            "'open'",
            "'status:' || \(row).status",
            "COALESCE('assignee:' || \(row).assignee || ':' || \(row).priority, 'unassigned')",
            hourKey(riskKeyPrefix, "\(row).risk_at"),
            hourKey(dueKeyPrefix, "\(row).due_at"),
        ]
    }

    static func createCountTriggers(_ db: Database) throws {
        let changed = """
            (OLD.open IS NOT NEW.open OR OLD.status IS NOT NEW.status OR OLD.assignee IS NOT NEW.assignee \
            OR OLD.priority IS NOT NEW.priority OR OLD.risk_at IS NOT NEW.risk_at OR OLD.due_at IS NOT NEW.due_at)
            """
        func enter(_ row: String) -> String {
            let values = keys(row).map { "(\($0), 1)" }.joined(separator: ", ")
            return "INSERT INTO queue_counts(key, n) VALUES \(values) ON CONFLICT(key) DO UPDATE SET n = n + 1;"
        }
        func leave(_ row: String) -> String {
            "UPDATE queue_counts SET n = n - 1 WHERE key IN (\(keys(row).joined(separator: ", ")));"
        }
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS queue_counts (key TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
            CREATE TRIGGER IF NOT EXISTS queue_counts_insert AFTER INSERT ON tickets WHEN NEW.open = 1
                BEGIN \(enter("NEW")) END;
            CREATE TRIGGER IF NOT EXISTS queue_counts_delete AFTER DELETE ON tickets WHEN OLD.open = 1
                BEGIN \(leave("OLD")) END;
            CREATE TRIGGER IF NOT EXISTS queue_counts_leave AFTER UPDATE OF open, status, assignee, priority, risk_at, due_at ON tickets
                WHEN OLD.open = 1 AND \(changed)
                BEGIN \(leave("OLD")) END;
            CREATE TRIGGER IF NOT EXISTS queue_counts_enter AFTER UPDATE OF open, status, assignee, priority, risk_at, due_at ON tickets
                WHEN NEW.open = 1 AND \(changed)
                BEGIN \(enter("NEW")) END;
            """)
        try createResolvedCountTriggers(db)
    }

    static let countTriggers = ["queue_counts_insert", "queue_counts_delete", "queue_counts_leave", "queue_counts_enter"]
        + resolvedCountTriggers

    /// A bulk import counts once at the end instead of firing the triggers per row.
    static func dropCountTriggers(_ db: Database) throws {
        for name in countTriggers { try db.execute(sql: "DROP TRIGGER IF EXISTS \(name)") }
    }

    /// Recounts every counter from the tickets, the way the triggers would have kept them.
    static func recount(_ db: Database) throws {
        let selects = keys("t").map { "SELECT \($0) AS key FROM tickets t WHERE t.open = 1" }.joined(separator: " UNION ALL ")
        try db.execute(sql: """
            DELETE FROM queue_counts;
            INSERT INTO queue_counts(key, n) SELECT key, COUNT(*) FROM (\(selects)) GROUP BY key;
            """)
        try recountResolved(db)
    }

    static func countTriggersMissing(_ db: Database) throws -> Bool {
        let present = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'queue_counts%'"))
        return countTriggers.contains { !present.contains($0) }
    }
}
