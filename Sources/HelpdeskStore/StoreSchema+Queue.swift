import GRDB
import HelpdeskCore

/// Indexes that hand every queue view its first page in index order, and the maintained counts
/// behind the view badges.
///
/// Each view scope gets one partial index per sort, shaped exactly like that sort's ORDER BY
/// (after the major-incident pin), so a page is read straight off the index with LIMIT and no
/// sort. Partial indexes keep closed tickets, the bulk of an old desk, out of them entirely.
extension StoreSchema {
    /// A set of tickets a queue view reads from, with the literal condition its partial indexes carry.
    struct QueueScope: Sendable {
        var name: String
        var condition: String
        var prefix: String?
    }

    static let openScope = QueueScope(name: "open", condition: "open = 1", prefix: nil)
    static let assigneeScope = QueueScope(name: "assignee", condition: "open = 1", prefix: "assignee")
    static let escalatedScope = QueueScope(name: "escalated", condition: "status = 'escalated'", prefix: nil)
    static let pendingScope = QueueScope(name: "pending", condition: "status = 'pending_customer'", prefix: nil)
    static let queueScopes = [openScope, assigneeScope, escalatedScope, pendingScope]

    /// Index columns per sort. The rowid ends every index, so "id" needs only the pin column;
    /// updated and id sorts read their index backwards (major DESC, … DESC, id DESC).
    static func indexColumns(for sort: QueueSort) -> String {
        switch sort {
        case .due: "major DESC, due_at"
        case .priority: "major DESC, priority, due_at"
        case .updated: "major, updated_at"
        case .id: "major"
        }
    }

    /// The ORDER BY each sort uses; it must match `indexColumns` term for term.
    static func orderBy(for sort: QueueSort) -> String {
        switch sort {
        case .due: "major DESC, due_at, id"
        case .priority: "major DESC, priority, due_at, id"
        case .updated: "major DESC, updated_at DESC, id DESC"
        case .id: "major DESC, id DESC"
        }
    }

    static func indexName(_ scope: QueueScope, _ sort: QueueSort) -> String {
        "queue_\(scope.name)_by_\(sort.rawValue)"
    }

    static func createQueueIndexes(_ db: Database) throws {
        for scope in queueScopes {
            for sort in QueueSort.allCases {
                let columns = [scope.prefix, indexColumns(for: sort)].compactMap { $0 }.joined(separator: ", ")
                try db.execute(sql: """
                    CREATE INDEX \(indexName(scope, sort)) ON tickets(\(columns)) WHERE \(scope.condition)
                    """)
            }
        }
        // Range scans for the two time-dependent views; their totals are counted from these too.
        // `open` is repeated as a column so that the count, which must say "open = 1" for SQLite
        // to accept the partial index, is answered from the index alone.
        try db.execute(sql: """
            CREATE INDEX queue_at_risk ON tickets(risk_at, open) WHERE open = 1;
            CREATE INDEX queue_resolved ON tickets(resolved_at) WHERE resolved_at IS NOT NULL;
            """)
    }

    /// Counting 700,000 open rows takes tens of milliseconds; badges read these counters instead.
    /// Keys: "open", "unassigned", "assignee:<login>", "status:<status>" (open tickets only).
    static func createCountTriggers(_ db: Database) throws {
        let changed = "(OLD.open IS NOT NEW.open OR OLD.status IS NOT NEW.status OR OLD.assignee IS NOT NEW.assignee)"
        func enter(_ row: String) -> String {
            """
            INSERT INTO queue_counts(key, n) VALUES ('open', 1), ('status:' || \(row).status, 1),
                (COALESCE('assignee:' || \(row).assignee, 'unassigned'), 1)
                ON CONFLICT(key) DO UPDATE SET n = n + 1;
            """
        }
        func leave(_ row: String) -> String {
            """
            UPDATE queue_counts SET n = n - 1
                WHERE key IN ('open', 'status:' || \(row).status, COALESCE('assignee:' || \(row).assignee, 'unassigned'));
            """
        }
        try db.execute(sql: """
            CREATE TABLE queue_counts (key TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
            CREATE TRIGGER queue_counts_insert AFTER INSERT ON tickets WHEN NEW.open = 1
                BEGIN \(enter("NEW")) END;
            CREATE TRIGGER queue_counts_delete AFTER DELETE ON tickets WHEN OLD.open = 1
                BEGIN \(leave("OLD")) END;
            CREATE TRIGGER queue_counts_leave AFTER UPDATE OF open, status, assignee ON tickets
                WHEN OLD.open = 1 AND \(changed)
                BEGIN \(leave("OLD")) END;
            CREATE TRIGGER queue_counts_enter AFTER UPDATE OF open, status, assignee ON tickets
                WHEN NEW.open = 1 AND \(changed)
                BEGIN \(enter("NEW")) END;
            """)
    }
}
