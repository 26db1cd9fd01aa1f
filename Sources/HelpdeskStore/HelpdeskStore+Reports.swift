import Foundation
import GRDB
import HelpdeskCore

/// Reports: the rows of a period streamed from range indexes into Core's `ReportAccumulator`.
extension HelpdeskStore {
    /// The report of a period, computed in one read transaction with the SLA rules in force.
    public func report(period: ReportPeriod, filter: ReportFilter = ReportFilter(), grouping: ReportGrouping? = nil) throws -> Report {
        try report(period: period, filter: filter, grouping: grouping, progress: nil)
    }

    /// `report`, telling `progress` the rows read and the rows to read (counted first, from the
    /// same indexes) every thousand rows; what it throws stops the report.
    public func report(period: ReportPeriod, filter: ReportFilter, grouping: ReportGrouping?,
                       progress: ((Int, Int) throws -> Void)?) throws -> Report {
        try read { db in
            var accumulator = ReportAccumulator(period: period, filter: filter, grouping: grouping, sla: try SettingsCodec.readSLA(db))
            let (condition, arguments) = Self.reportFilterSQL(filter)
            let (start, end) = (period.start.epoch, period.end.epoch)
            // Four disjoint sets, each read from its own index (a unary + keeps SQLite off the
            // created_at index where another is narrower): created in the period; resolved in it
            // but created before; and, of those created before, the ones still open at the end.
            let sets: [(String, StatementArguments)] = [
                ("t.created_at >= ? AND t.created_at < ?", [start, end]),
                ("t.resolved_at >= ? AND t.resolved_at < ? AND +t.created_at < ?", [start, end, start]),
                ("t.open = 1 AND +t.created_at < ?", [start]),
                ("t.resolved_at >= ? AND +t.created_at < ?", [end, start]),
                ("t.status = 'cancelled' AND t.updated_at >= ? AND +t.created_at < ?", [end, start]),
            ]
            let timeSQL = """
                FROM time_entries e JOIN tickets t ON t.id = e.ticket_id
                WHERE e.logged_at >= ? AND e.logged_at < ?\(condition.replacingOccurrences(of: "t.assignee", with: "e.engineer"))
                """
            var total = 0
            if progress != nil {
                for (range, rangeArguments) in sets {
                    total += try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM tickets t WHERE " + range + condition,
                                              arguments: rangeArguments + arguments) ?? 0
                }
                total += try Int.fetchOne(db, sql: "SELECT COUNT(*) " + timeSQL, arguments: [start, end] + arguments) ?? 0
            }
            var done = 0
            func step() throws {
                done += 1
                if done % 1000 == 0 { try progress?(done, total) }
            }
            for (range, rangeArguments) in sets {
                let cursor = try Row.fetchCursor(db, sql: Self.reportSelect + " WHERE " + range + condition,
                                                 arguments: rangeArguments + arguments)
                while let row = try cursor.next() {
                    accumulator.add(try Self.reportRow(row))
                    try step()
                }
            }
            let time = try Row.fetchCursor(db, sql: "SELECT e.engineer, e.minutes, e.logged_at, t.category, t.priority, t.tier " + timeSQL,
                                           arguments: [start, end] + arguments)
            while let row = try time.next() {
                try step()
                accumulator.add(ReportTimeRow(engineer: row[0], minutes: row[1], loggedAt: Date(epoch: row[2]),
                                              category: try TicketCodec.enumValue(row[3]), priority: try TicketCodec.enumValue(row[4]),
                                              tier: try TicketCodec.enumValue(row[5])))
            }
            try progress?(done, total)
            return accumulator.finish()
        }
    }

    private static let reportSelect = """
        SELECT t.id, t.priority, t.category, t.status, t.tier, t.assignee, t.created_at, t.first_response_at,
            t.resolved_at, t.closed_at, t.updated_at, t.pauses, t.paused_since,
            f.first_assignee, f.reopens, f.escalations, s.score
        FROM tickets t LEFT JOIN ticket_facts f ON f.ticket_id = t.id LEFT JOIN satisfaction s ON s.ticket_id = t.id
        """

    /// The filter as SQL, so rows outside it are never read; Core checks them again.
    private static func reportFilterSQL(_ filter: ReportFilter) -> (String, StatementArguments) {
        var sql = ""
        var arguments: StatementArguments = []
        if let tier = filter.tier { sql += " AND t.tier = ?"; arguments += [tier.rawValue] }
        if let team = filter.team {
            let categories = Category.allCases.filter(team.categories.contains)
            let teamClause = categories.isEmpty ? "0" : "t.category IN (" + categories.map { _ in "?" }.joined(separator: ", ") + ")"
            sql += " AND \(teamClause)"
            arguments += StatementArguments(categories.map(\.rawValue))
        }
        if let engineer = filter.engineer { sql += " AND t.assignee = ?"; arguments += [engineer] }
        if let category = filter.category { sql += " AND t.category = ?"; arguments += [category.rawValue] }
        return (sql, arguments)
    }

    private static func reportRow(_ row: Row) throws -> ReportRow {
        let pauses: String = row[11]
        return ReportRow(
            id: row[0], priority: try TicketCodec.enumValue(row[1]), category: try TicketCodec.enumValue(row[2]),
            status: try TicketCodec.enumValue(row[3]), tier: try TicketCodec.enumValue(row[4]), assignee: row[5],
            firstAssignee: row[13], createdAt: Date(epoch: row[6]), firstResponseAt: Date(epochOrNil: row[7]),
            resolvedAt: Date(epochOrNil: row[8]), closedAt: Date(epochOrNil: row[9]), updatedAt: Date(epoch: row[10]),
            pauses: pauses == "[]" ? [] : try TicketCodec.decodePauses(pauses), pausedSince: Date(epochOrNil: row[12]),
            reopens: row[14] ?? 0, escalations: row[15] ?? 0, satisfaction: row[16])
    }
}
