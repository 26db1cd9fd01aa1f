import GRDB

/// The statements behind a filtered page (see `HelpdeskStore.filteredPage`).
///
/// Reading a view in index order costs a lookup into the tickets table per row: cheap while
/// matches are dense, ruinous for a term that matches a handful of a million tickets. So the
/// store probes the head of the view first; otherwise the filter index (`ticket_fts`) names
/// the candidates and only those are read, confirmed and sorted.
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

    /// The view's tickets that match, read through the filter index as a nested loop (the
    /// index's candidates outside, one rowid lookup each), so a LIMIT stops it early.
    /// A number typed alone adds its ticket as one more candidate.
    private func candidates(_ columns: String) -> (sql: String, arguments: [DatabaseValue]) {
        // Without a pair to look up (a term of NUL characters only), no ticket is a candidate.
        var source = filterMatch == nil ? "SELECT NULL AS candidate WHERE 0" : "SELECT rowid AS candidate FROM ticket_fts WHERE ticket_fts MATCH ?"
        var sourceArguments = filterMatch.map { [$0.databaseValue] } ?? []
        if let id = filterID {
            source += " AND rowid <> ? UNION ALL SELECT ?"
            sourceArguments += [id.databaseValue, id.databaseValue]
        }
        return ("SELECT \(columns) FROM (\(source)) AS f CROSS JOIN tickets t ON t.id = f.candidate WHERE \(condition)\(filterCondition)",
                sourceArguments + arguments + filterArguments)
    }

    /// The ids of up to `cap` matching tickets.
    func matchingIDsSQL(cap: Int) -> (sql: String, arguments: StatementArguments) {
        let found = candidates("t.id")
        return (found.sql + " LIMIT ?", StatementArguments(found.arguments + [cap.databaseValue]))
    }

    /// Counts matches, stopping at `cap`.
    func cappedCountSQL(cap: Int) -> (sql: String, arguments: StatementArguments) {
        let found = candidates("1")
        return ("SELECT COUNT(*) FROM (\(found.sql) LIMIT ?)", StatementArguments(found.arguments + [cap.databaseValue]))
    }

    /// A page of all the matches in the view's order, sorting the candidates (many matches, none near the head).
    func candidatePageSQL(limit: Int, offset: Int) -> (sql: String, arguments: StatementArguments) {
        let found = candidates(Self.rowColumns)
        return (found.sql + " ORDER BY \(orderBy) LIMIT ? OFFSET ?",
                StatementArguments(found.arguments + [limit.databaseValue, offset.databaseValue]))
    }

    /// A page of the given tickets, which already match, in the view's order.
    func pageSQL(ids: [Int64], limit: Int, offset: Int) -> (sql: String, arguments: StatementArguments) {
        let list = ids.isEmpty ? "NULL" : ids.map(String.init).joined(separator: ",")
        return ("SELECT \(Self.rowColumns) FROM tickets t WHERE id IN (\(list)) ORDER BY \(orderBy) LIMIT ? OFFSET ?",
                [limit, offset])
    }
}
