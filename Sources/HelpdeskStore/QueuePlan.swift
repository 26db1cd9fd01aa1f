import Foundation
import GRDB
import HelpdeskCore

/// The SQL for one queue page: which rows (view and filter), read through which index, in what order.
///
/// Each view names the partial index whose column order equals its ORDER BY (`INDEXED BY`), so
/// SQLite reads the first page straight off the index and stops at LIMIT, whatever statistics
/// say. Two views are time-dependent: "resolved" reads its 7-day window from a range index and
/// sorts that bounded window; "at risk" does the same while few tickets are at risk and reads
/// the open queue in order (dropping tickets not yet at risk) once they are many.
struct QueuePlan: Equatable {
    var index: String?
    var condition: String
    var arguments: [DatabaseValue]
    var orderBy: String

    /// How far back "recently resolved" reaches.
    static let resolvedWindow: TimeInterval = 7 * 24 * 3600

    init(view: QueueView, login: String, sort: QueueSort, now: Date, atRiskIsDense: Bool) {
        var order = StoreSchema.orderBy(for: sort)
        arguments = []
        switch view {
        case .mine:
            index = StoreSchema.indexName(StoreSchema.assigneeScope, sort)
            condition = "open = 1 AND assignee = ?"
            arguments = [login.databaseValue]
        case .unassigned:
            index = StoreSchema.indexName(StoreSchema.assigneeScope, sort)
            condition = "open = 1 AND assignee IS NULL"
        case .open:
            index = StoreSchema.indexName(StoreSchema.openScope, sort)
            condition = "open = 1"
        case .escalated:
            index = StoreSchema.indexName(StoreSchema.escalatedScope, sort)
            condition = "status = 'escalated'"
        case .pending:
            index = StoreSchema.indexName(StoreSchema.pendingScope, sort)
            condition = "status = 'pending_customer'"
        case .atRisk:
            index = atRiskIsDense ? StoreSchema.indexName(StoreSchema.openScope, sort) : "queue_at_risk"
            condition = "open = 1 AND risk_at <= ?"
            arguments = [now.epoch.databaseValue]
        case .resolved:
            index = "queue_resolved"
            condition = "resolved_at >= ?"
            arguments = [(now.epoch - Self.resolvedWindow).databaseValue]
            // No deadline runs on a resolved ticket; "by due" shows the latest resolved first.
            if sort == .due { order = "major DESC, resolved_at DESC, id DESC" }
        }
        orderBy = order
    }

    /// Narrows the plan by typed text: `#123` is that ticket only; `123` is ticket 123 or text
    /// containing "123"; anything else is whitespace-separated terms that must all occur
    /// (case-insensitively) in the title, the requester's name or the tags.
    mutating func filter(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return }
        if trimmed.hasPrefix("#"), let id = Int64(trimmed.dropFirst()) {
            // A primary-key lookup beats any queue index.
            index = nil
            condition += " AND id = ?"
            arguments.append(id.databaseValue)
            return
        }
        if let id = Int64(trimmed) {
            condition += " AND (id = ? OR instr(search, ?) > 0)"
            arguments += [id.databaseValue, trimmed.databaseValue]
            return
        }
        for term in trimmed.lowercased().split(whereSeparator: \.isWhitespace) {
            condition += " AND instr(search, ?) > 0"
            arguments.append(String(term).databaseValue)
        }
    }

    var from: String {
        "tickets t" + (index.map { " INDEXED BY \($0)" } ?? "")
    }

    func pageSQL(limit: Int, offset: Int) -> (sql: String, arguments: StatementArguments) {
        let sql = """
            SELECT id, priority, status, due_at, risk_at, assignee, category,
                   (SELECT name FROM requesters r WHERE r.id = t.requester_id) AS requester_name,
                   title, tags, major, updated_at, version
            FROM \(from) WHERE \(condition) ORDER BY \(orderBy) LIMIT ? OFFSET ?
            """
        return (sql, StatementArguments(arguments + [limit.databaseValue, offset.databaseValue]))
    }

    /// Counts matches, stopping at `cap`.
    func cappedCountSQL(cap: Int) -> (sql: String, arguments: StatementArguments) {
        ("SELECT COUNT(*) FROM (SELECT 1 FROM \(from) WHERE \(condition) LIMIT ?)",
         StatementArguments(arguments + [cap.databaseValue]))
    }

    static func row(_ row: Row) throws -> QueueRow {
        let due: Double = row["due_at"]
        let risk: Double = row["risk_at"]
        return QueueRow(
            id: row["id"], priority: try TicketCodec.enumValue(row["priority"]),
            status: try TicketCodec.enumValue(row["status"]),
            dueAt: due >= StoreSchema.noDeadline ? nil : Date(epoch: due),
            riskAt: risk >= StoreSchema.noDeadline ? nil : Date(epoch: risk),
            assignee: row["assignee"], category: try TicketCodec.enumValue(row["category"]),
            requester: row["requester_name"], title: row["title"], tags: TicketCodec.decodeTags(row["tags"]),
            isMajorIncident: row["major"], updatedAt: Date(epoch: row["updated_at"]), version: row["version"])
    }
}
