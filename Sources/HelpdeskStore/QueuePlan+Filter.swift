import GRDB

/// The statements behind a filtered page (see `HelpdeskStore.filteredPage`).
///
/// Reading a view in index order costs a lookup into the tickets table per row, about four
/// times a sequential scan. That is cheap while matches are dense, and ruinous for a term that
/// matches a handful of a million tickets; so the store probes the head of the view first and
/// falls back to one sequential scan that collects the matching ids.
extension QueuePlan {
    private func head(window: Int) -> String {
        """
        SELECT \(Self.rowColumns), search, resolved_at FROM tickets t INDEXED BY \(index ?? "")
        WHERE \(condition) ORDER BY \(orderBy) LIMIT \(window)
        """
    }

    /// Filters only the first `window` rows of the view, in index order.
    func probeSQL(window: Int, limit: Int, offset: Int) -> (sql: String, arguments: StatementArguments) {
        ("SELECT * FROM (\(head(window: window))) WHERE 1\(filterCondition) ORDER BY \(orderBy) LIMIT ? OFFSET ?",
         StatementArguments(arguments + filterArguments + [limit.databaseValue, offset.databaseValue]))
    }

    /// Counts the matches among the first `window` rows of the view.
    func probeCountSQL(window: Int) -> (sql: String, arguments: StatementArguments) {
        ("SELECT COUNT(*) FROM (\(head(window: window))) WHERE 1\(filterCondition)",
         StatementArguments(arguments + filterArguments))
    }

    /// The ids of up to `cap` matching tickets, found by one sequential scan.
    func matchingIDsSQL(cap: Int) -> (sql: String, arguments: StatementArguments) {
        ("SELECT id FROM tickets NOT INDEXED WHERE \(condition)\(filterCondition) LIMIT ?",
         StatementArguments(arguments + filterArguments + [cap.databaseValue]))
    }

    /// A page of the given tickets, which already match, in the view's order.
    func pageSQL(ids: [Int64], limit: Int, offset: Int) -> (sql: String, arguments: StatementArguments) {
        let list = ids.isEmpty ? "NULL" : ids.map(String.init).joined(separator: ",")
        return ("SELECT \(Self.rowColumns) FROM tickets t WHERE id IN (\(list)) ORDER BY \(orderBy) LIMIT ? OFFSET ?",
                [limit, offset])
    }

    /// Counts matches by a sequential scan, stopping at `cap`.
    func cappedCountSQL(cap: Int) -> (sql: String, arguments: StatementArguments) {
        ("SELECT COUNT(*) FROM (SELECT 1 FROM tickets NOT INDEXED WHERE \(condition)\(filterCondition) LIMIT ?)",
         StatementArguments(arguments + filterArguments + [cap.databaseValue]))
    }
}
