import GRDB

/// Counters of resolved tickets by the hour they were resolved ("resolved:<hour>", zero-padded
/// so keys sort in time order), for the "Recently resolved" badge.
///
/// That view holds the last seven days, which at a million tickets is hundreds of thousands of
/// rows: counting them on the index took 10 ms per page load. Now the count is the counters of
/// the whole hours in the window plus an index count of the partial first hour. These count
/// every ticket with a resolution time, open or not, unlike the open-ticket counters.
extension StoreSchema {
    static let resolvedKeyPrefix = "resolved:"
    static let resolvedCountTriggers = ["queue_counts_resolved_insert", "queue_counts_resolved_delete", "queue_counts_resolved_update"]

    static func resolvedKey(hour: Int64) -> String { resolvedKeyPrefix + String(format: "%010lld", hour) }

    private static func resolvedKey(_ row: String) -> String {
        "printf('\(resolvedKeyPrefix)%010d', CAST(\(row).resolved_at / 3600 AS INTEGER))"
    }

    static func createResolvedCountTriggers(_ db: Database) throws {
        let enter = "INSERT INTO queue_counts(key, n) VALUES (\(resolvedKey("NEW")), 1) ON CONFLICT(key) DO UPDATE SET n = n + 1;"
        let leave = "UPDATE queue_counts SET n = n - 1 WHERE key = \(resolvedKey("OLD"));"
        try db.execute(sql: """
            CREATE TRIGGER IF NOT EXISTS queue_counts_resolved_insert AFTER INSERT ON tickets WHEN NEW.resolved_at IS NOT NULL
                BEGIN \(enter) END;
            CREATE TRIGGER IF NOT EXISTS queue_counts_resolved_delete AFTER DELETE ON tickets WHEN OLD.resolved_at IS NOT NULL
                BEGIN \(leave) END;
            CREATE TRIGGER IF NOT EXISTS queue_counts_resolved_update AFTER UPDATE OF resolved_at ON tickets
                WHEN OLD.resolved_at IS NOT NEW.resolved_at BEGIN
                UPDATE queue_counts SET n = n - 1 WHERE OLD.resolved_at IS NOT NULL AND key = \(resolvedKey("OLD"));
                INSERT INTO queue_counts(key, n) SELECT \(resolvedKey("NEW")), 1 WHERE NEW.resolved_at IS NOT NULL
                    ON CONFLICT(key) DO UPDATE SET n = n + 1;
            END;
            """)
    }

    /// The resolved counters as the triggers would have kept them (run after the others' recount).
    static func recountResolved(_ db: Database) throws {
        try db.execute(sql: """
            DELETE FROM queue_counts WHERE key >= '\(resolvedKeyPrefix)' AND key < '\(resolvedKeyPrefix)~';
            INSERT INTO queue_counts(key, n)
                SELECT \(resolvedKey("t")) AS key, COUNT(*) FROM tickets t WHERE t.resolved_at IS NOT NULL GROUP BY key;
            """)
    }
}
