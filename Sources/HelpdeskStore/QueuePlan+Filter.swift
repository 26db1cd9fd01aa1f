import GRDB

/// The statements behind a filtered page (see `HelpdeskStore.filteredPage`).
///
/// Reading a view in index order costs a lookup into the tickets table per row: cheap while
/// matches are dense, ruinous for a term that matches a handful of a million tickets. So the
/// store probes the head of the view first; otherwise a filter index (`StoreSchema+Filter`)
/// names the candidates and only those are read, confirmed and sorted.
extension QueuePlan {
    /// The first `window` tickets of the view in index order, each with whether it matches; the
    /// caller reads only as far as it needs.
    func probeSQL(window: Int) -> (sql: String, arguments: StatementArguments) {
        ("SELECT id, (1\(filterCondition)) AS hit FROM tickets t INDEXED BY \(index ?? "") WHERE \(condition) ORDER BY \(orderBy) LIMIT \(window)",
         StatementArguments(filterArguments + arguments))
    }

    /// The view's tickets that match, read through the filter index as a nested loop (the
    /// index's candidates outside, one rowid lookup each), so a LIMIT stops it early.
    /// A number typed alone adds its ticket as one more candidate.
    private func candidates(_ columns: String) -> (sql: String, arguments: [DatabaseValue]) {
        let named = source()
        return ("SELECT \(columns) FROM (\(named.sql)) AS f CROSS JOIN tickets t ON t.id = f.candidate WHERE \(condition)\(filterCondition)",
                named.arguments + arguments + filterArguments)
    }

    /// The candidates' ids as the filter index names them.
    private func source() -> (sql: String, arguments: [DatabaseValue]) {
        // Without a token to look up (a term of NUL characters only), no ticket is a candidate.
        var sql = filterMatch.map { "SELECT rowid AS candidate FROM \($0.table) WHERE \($0.table) MATCH ?" }
            ?? "SELECT NULL AS candidate WHERE 0"
        var arguments = filterMatch.map { [$0.match.databaseValue] } ?? []
        if let id = filterID {
            sql += " AND rowid <> ? UNION ALL SELECT ?"
            arguments += [id.databaseValue, id.databaseValue]
        }
        return (sql, arguments)
    }

    /// How many candidates the index names, stopping at `limit`; no ticket is read.
    func candidateCountSQL(limit: Int) -> (sql: String, arguments: StatementArguments) {
        let named = source()
        return ("SELECT COUNT(*) FROM (\(named.sql) LIMIT ?)", StatementArguments(named.arguments + [limit.databaseValue]))
    }

    /// The ids of up to `cap` matching tickets; read from the index alone when its candidates are the matches.
    func matchingIDsSQL(cap: Int) -> (sql: String, arguments: StatementArguments) {
        if candidatesAreMatches {
            let named = source()
            return ("SELECT candidate FROM (\(named.sql)) LIMIT ?", StatementArguments(named.arguments + [cap.databaseValue]))
        }
        let found = candidates("t.id")
        return (found.sql + " LIMIT ?", StatementArguments(found.arguments + [cap.databaseValue]))
    }

    /// Counts matches, stopping at `cap`; from the index alone when its candidates are the matches.
    func cappedCountSQL(cap: Int) -> (sql: String, arguments: StatementArguments) {
        if candidatesAreMatches { return candidateCountSQL(limit: cap) }
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
