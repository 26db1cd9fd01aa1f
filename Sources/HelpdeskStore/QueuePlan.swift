import Foundation
import GRDB
import HelpdeskCore

/// The SQL for one queue page: which rows (view and filter), read through which index, in what order.
///
/// Each view names the partial index whose column order equals its ORDER BY (`INDEXED BY`), so
/// SQLite reads the first page straight off the index and stops at LIMIT, whatever statistics
/// say. "At risk" depends on the time: while few tickets are at risk it reads their range
/// index and sorts those few; once they are many it reads the open queue in order, skipping
/// tickets not yet at risk. A typed filter narrows the view (see `HelpdeskStore.queue`).
struct QueuePlan: Equatable {
    var index: String?
    /// Which tickets the view holds.
    var condition: String
    var arguments: [DatabaseValue]
    /// What the typed filter adds; empty without one.
    var filterCondition = ""
    var filterArguments: [DatabaseValue] = []
    /// The filter index and FTS5 query naming the tickets that can match (see `StoreSchema+Filter`).
    var filterMatch: FilterMatch?
    /// A number typed alone is also that ticket's id.
    var filterID: Int64?
    /// The view shows open tickets only, so the filter index is asked for open ones (`StoreSchema.openMarker`).
    var isOpenOnly: Bool
    /// The view is all open tickets ("open = 1", which the open marker already says).
    private var isAllOpen: Bool
    /// True for `#123`: one primary-key lookup, no queue index.
    var isIDLookup = false
    var orderBy: String

    /// How far back "recently resolved" reaches.
    static let resolvedWindow: TimeInterval = 7 * 24 * 3600

    init(view: QueueView, login: String, sort: QueueSort, now: Date, atRiskIsDense: Bool) {
        let scope: StoreSchema.QueueScope
        arguments = []
        switch view {
        case .mine:
            scope = StoreSchema.assigneeScope
            condition = "open = 1 AND assignee = ?"
            arguments = [login.databaseValue]
        case .unassigned:
            scope = StoreSchema.assigneeScope
            condition = "open = 1 AND assignee IS NULL"
        case .open:
            scope = StoreSchema.openScope
            condition = "open = 1"
        case .escalated:
            scope = StoreSchema.escalatedScope
            condition = "status = 'escalated'"
        case .pending:
            scope = StoreSchema.pendingScope
            condition = "status = 'pending_customer'"
        case .atRisk:
            scope = StoreSchema.openScope
            condition = "open = 1 AND risk_at <= ?"
            arguments = [now.epoch.databaseValue]
        case .resolved:
            scope = StoreSchema.resolvedScope
            condition = "resolved_at >= ?"
            arguments = [(now.epoch - Self.resolvedWindow).databaseValue]
        }
        index = view == .atRisk && !atRiskIsDense ? "queue_at_risk" : StoreSchema.indexName(scope, sort)
        isOpenOnly = scope != StoreSchema.resolvedScope
        isAllOpen = view == .open
        orderBy = StoreSchema.orderBy(for: sort, in: scope)
    }

    /// Narrows the plan by typed text: `#123` is that ticket only; `123` is ticket 123 or text
    /// containing "123"; anything else is whitespace-separated terms that must all occur
    /// (case-insensitively) in the title, the requester's name or the tags.
    mutating func filter(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return }
        if trimmed.hasPrefix("#"), let id = Int64(trimmed.dropFirst()) {
            isIDLookup = true
            filterCondition = " AND id = ?"
            filterArguments = [id.databaseValue]
            return
        }
        if let id = Int64(trimmed) {
            filterCondition = " AND (id = ? OR instr(search, ?) > 0)"
            filterArguments = [id.databaseValue, trimmed.databaseValue]
            filterID = id
            filterMatch = Self.candidates([trimmed], openOnly: isOpenOnly)
            return
        }
        let terms = trimmed.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        for term in terms {
            filterCondition += " AND instr(search, ?) > 0"
            filterArguments.append(term.databaseValue)
        }
        filterMatch = Self.candidates(terms, openOnly: isOpenOnly)
    }

    /// The trigram index when a term has three characters or more (the rest are left to
    /// `instr()`), else the index of characters and pairs.
    static func candidates(_ terms: [String], openOnly: Bool) -> FilterMatch? {
        let long = terms.filter { $0.unicodeScalars.count >= 3 }
        if !long.isEmpty { return TermMatch.trigrams(long, openOnly: openOnly).map { FilterMatch(table: "ticket_trigrams", match: $0) } }
        return TermMatch.pairs(terms, openOnly: openOnly).map { FilterMatch(table: "ticket_grams", match: $0) }
    }

    /// True when the filter index's candidates are exactly the view's matches, so they need not
    /// be read to be counted: in "All open", terms of one or two characters are each a single
    /// token of `ticket_grams` (present exactly when the term is), and the marker says open.
    var candidatesAreMatches: Bool {
        isAllOpen && filterID == nil && filterMatch?.table == "ticket_grams"
    }

    /// An FTS5 table and the MATCH expression to ask it.
    struct FilterMatch: Equatable {
        var table: String
        var match: String
    }

    var isFiltered: Bool { !filterCondition.isEmpty }

    /// The columns a queue line shows.
    static let rowColumns = """
        id, priority, status, due_at, risk_at, assignee, category,
        (SELECT name FROM requesters r WHERE r.id = t.requester_id) AS requester_name,
        title, tags, major, updated_at, version
        """

    /// The page read in index order (or by primary key for `#123`), view and filter together.
    /// `reversed` reads the view in the opposite order (every ORDER BY term turned round).
    func pageSQL(limit: Int, offset: Int, reversed: Bool = false) -> (sql: String, arguments: StatementArguments) {
        let from = isIDLookup ? "tickets t" : "tickets t" + (index.map { " INDEXED BY \($0)" } ?? "")
        let order = reversed ? Self.reversedOrder(orderBy) : orderBy
        return ("SELECT \(Self.rowColumns) FROM \(from) WHERE \(condition)\(filterCondition) ORDER BY \(order) LIMIT ? OFFSET ?",
                StatementArguments(arguments + filterArguments + [limit.databaseValue, offset.databaseValue]))
    }

    /// "major DESC, due_at, id" → "major, due_at DESC, id DESC".
    static func reversedOrder(_ order: String) -> String {
        order.split(separator: ",").map { term in
            let column = term.trimmingCharacters(in: .whitespaces)
            return column.hasSuffix(" DESC") ? String(column.dropLast(5)) : column + " DESC"
        }.joined(separator: ", ")
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
