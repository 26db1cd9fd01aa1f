import GRDB

/// Counters behind the view badges and engineers' loads, kept by triggers.
///
/// Counting 700,000 open rows takes tens of milliseconds; reading a counter takes microseconds.
/// Keys count open tickets only: "open", "unassigned", "status:<status>" and
/// "assignee:<login>:<priority>" (a login never contains a colon).
extension StoreSchema {
    static func countKeys(_ row: String) -> String {
        "('open', 1), ('status:' || \(row).status, 1), (COALESCE('assignee:' || \(row).assignee || ':' || \(row).priority, 'unassigned'), 1)"
    }

    static func createCountTriggers(_ db: Database) throws {
        let changed = """
            (OLD.open IS NOT NEW.open OR OLD.status IS NOT NEW.status OR OLD.assignee IS NOT NEW.assignee \
            OR OLD.priority IS NOT NEW.priority)
            """
        func enter(_ row: String) -> String {
            "INSERT INTO queue_counts(key, n) VALUES \(countKeys(row)) ON CONFLICT(key) DO UPDATE SET n = n + 1;"
        }
        func leave(_ row: String) -> String {
            """
            UPDATE queue_counts SET n = n - 1 WHERE key IN ('open', 'status:' || \(row).status,
                COALESCE('assignee:' || \(row).assignee || ':' || \(row).priority, 'unassigned'));
            """
        }
        try db.execute(sql: """
            CREATE TABLE queue_counts (key TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
            CREATE TRIGGER queue_counts_insert AFTER INSERT ON tickets WHEN NEW.open = 1
                BEGIN \(enter("NEW")) END;
            CREATE TRIGGER queue_counts_delete AFTER DELETE ON tickets WHEN OLD.open = 1
                BEGIN \(leave("OLD")) END;
            CREATE TRIGGER queue_counts_leave AFTER UPDATE OF open, status, assignee, priority ON tickets
                WHEN OLD.open = 1 AND \(changed)
                BEGIN \(leave("OLD")) END;
            CREATE TRIGGER queue_counts_enter AFTER UPDATE OF open, status, assignee, priority ON tickets
                WHEN NEW.open = 1 AND \(changed)
                BEGIN \(enter("NEW")) END;
            """)
    }
}
