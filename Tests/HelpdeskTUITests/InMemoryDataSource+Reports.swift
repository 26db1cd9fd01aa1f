import Foundation
import HelpdeskCore
import HelpdeskTUI

/// Reports from the in-memory tickets, and survey results kept in their timelines as the store does.
extension InMemoryDataSource {
    func report(period: ReportPeriod, filter: ReportFilter, grouping: ReportGrouping?) throws -> Report {
        try lock.withLock {
            if let failure { throw failure }
            var accumulator = ReportAccumulator(period: period, filter: filter, grouping: grouping)
            for ticket in tickets.values.sorted(by: { $0.id < $1.id }) {
                let done = ticket.status == .resolved || ticket.status == .closed
                accumulator.add(ReportRow(id: ticket.id, priority: ticket.priority, category: ticket.category, status: ticket.status,
                                          tier: ticket.tier, assignee: ticket.assignee, createdAt: ticket.createdAt,
                                          firstResponseAt: ticket.firstResponseAt, resolvedAt: ticket.resolvedAt ?? (done ? ticket.updatedAt : nil),
                                          updatedAt: ticket.updatedAt))
            }
            return accumulator.finish()
        }
    }

    func recordSurvey(ticketID: Int64, score: Int, comment: String, by actor: Actor, at now: Date) throws -> SurveyResult {
        try lock.withLock {
            if let failure { throw failure }
            guard let ticket = tickets[ticketID] else { throw ValidationError("no ticket #\(ticketID)") }
            let text = try Satisfaction.check(score: score, comment: comment, ticketID: ticketID, status: ticket.status)
            timelines[ticketID, default: []].append(.event(TicketEvent(ticketID: ticketID, actor: actor.login, at: now, field: "satisfaction",
                                                                       newValue: "\(score)/5", reason: text.isEmpty ? nil : text)))
            version += 1
            return SurveyResult(ticketID: ticketID, score: score, comment: text, at: now, recordedBy: actor.login)
        }
    }
}
