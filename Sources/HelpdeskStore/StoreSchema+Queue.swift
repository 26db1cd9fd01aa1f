import GRDB
import HelpdeskCore

/// Indexes that hand every queue view its first page in index order.
///
/// Each view scope gets one partial index per sort, shaped exactly like that sort's ORDER BY
/// (after the major-incident pin), so a page is read straight off the index with LIMIT and no
/// sort. Partial indexes keep tickets a view never shows (closed ones, mostly) out of it.
extension StoreSchema {
    /// A set of tickets a queue view reads from, with the literal condition its partial indexes carry.
    struct QueueScope: Sendable, Equatable {
        var name: String
        var condition: String
        var prefix: String?
        /// Holds a small share of the tickets, so its indexes are kept up to date through a bulk import.
        var isSmall = false
    }

    static let openScope = QueueScope(name: "open", condition: "open = 1", prefix: nil)
    static let assigneeScope = QueueScope(name: "assignee", condition: "open = 1", prefix: "assignee")
    static let escalatedScope = QueueScope(name: "escalated", condition: "status = 'escalated'", prefix: nil, isSmall: true)
    static let pendingScope = QueueScope(name: "pending", condition: "status = 'pending_customer'", prefix: nil, isSmall: true)
    /// Resolved and closed tickets (reopening clears resolved_at); the view keeps the last 7 days.
    static let resolvedScope = QueueScope(name: "resolved", condition: "resolved_at IS NOT NULL", prefix: nil)
    /// Every scope but the resolved one holds open tickets only (escalated and pending are open states).
    static let queueScopes = [openScope, assigneeScope, escalatedScope, pendingScope, resolvedScope]

    /// Index columns per sort. The rowid ends every index, so "id" needs only the pin column;
    /// updated and id sorts read their index backwards (major DESC, … DESC, id DESC).
    /// No deadline runs on a resolved ticket, so there "due" means latest resolved first and
    /// the resolution time breaks priority ties; the 7-day window is then checked on index
    /// entries alone, and the newest rows, the ones shown, come first.
    static func indexColumns(for sort: QueueSort, in scope: QueueScope) -> String {
        switch (sort, scope == resolvedScope) {
        case (.due, false): "major DESC, due_at"
        case (.due, true): "major, resolved_at"
        case (.priority, false): "major DESC, priority, due_at"
        case (.priority, true): "major DESC, priority, resolved_at DESC"
        case (.updated, _): "major, updated_at"
        case (.id, _): "major"
        }
    }

    /// The ORDER BY each sort uses; it must match `indexColumns` term for term.
    static func orderBy(for sort: QueueSort, in scope: QueueScope) -> String {
        switch (sort, scope == resolvedScope) {
        case (.due, false): "major DESC, due_at, id"
        case (.due, true): "major DESC, resolved_at DESC, id DESC"
        case (.priority, false): "major DESC, priority, due_at, id"
        case (.priority, true): "major DESC, priority, resolved_at DESC, id"
        case (.updated, _): "major DESC, updated_at DESC, id DESC"
        case (.id, _): "major DESC, id DESC"
        }
    }

    static func indexName(_ scope: QueueScope, _ sort: QueueSort) -> String {
        "queue_\(scope.name)_by_\(sort.rawValue)"
    }

    /// Every queue index as (name, CREATE statement, small: kept through a bulk import).
    static var queueIndexes: [(name: String, sql: String, small: Bool)] {
        var indexes: [(name: String, sql: String, small: Bool)] = []
        for scope in queueScopes {
            for sort in QueueSort.allCases {
                let name = indexName(scope, sort)
                let columns = [scope.prefix, indexColumns(for: sort, in: scope)].compactMap { $0 }.joined(separator: ", ")
                indexes.append((name, "CREATE INDEX IF NOT EXISTS \(name) ON tickets(\(columns)) WHERE \(scope.condition)", scope.isSmall))
            }
        }
        // The at-risk view reads this range while few tickets are at risk, and counts from it.
        // `open` is repeated as a column so that the count, which must say "open = 1" for SQLite
        // to accept the partial index, is answered from the index alone.
        indexes.append(("queue_at_risk", "CREATE INDEX IF NOT EXISTS queue_at_risk ON tickets(risk_at, open) WHERE open = 1", false))
        return indexes
    }

    /// Creates the queue indexes that are missing (all of them in a new database).
    static func createQueueIndexes(_ db: Database) throws {
        for index in queueIndexes { try db.execute(sql: index.sql) }
    }

    /// Drops the queue indexes; a bulk import keeps the small ones.
    static func dropQueueIndexes(_ db: Database, keepingSmall: Bool = false) throws {
        for index in queueIndexes where !(keepingSmall && index.small) {
            try db.execute(sql: "DROP INDEX IF EXISTS \(index.name)")
        }
    }

    /// True when a queue index is missing, after a bulk import that did not finish.
    static func queueIndexesMissing(_ db: Database) throws -> Bool {
        let present = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'queue%'"))
        return queueIndexes.contains { !present.contains($0.name) }
    }
}
