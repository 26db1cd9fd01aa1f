import Foundation
@testable import HelpdeskCore

/// A dozen tickets with hand-picked times (UTC, 24×7 SLA) whose report figures are worked out in
/// `ReportAccumulatorTests`. The period is 2026-11-01 … 2026-11-03; it ends 2026-11-04 00:00.
enum ReportFixtures {
    static let utc = TimeZone(identifier: "UTC")!
    static let minute = 60.0, hour = 3_600.0

    /// Always open, so working time is wall time: response 30 min; resolve P1 4 h, P2 8 h, P3 24 h, P4 72 h.
    static let sla = SLAConfiguration(
        calendars: ["24x7": .alwaysOpen(name: "24x7", timeZoneID: "UTC")],
        policies: zip(Priority.allCases, [4.0, 8, 24, 72]).map { p, h in
            SLAPolicy(priority: p, firstResponse: 30 * 60, responseCalendar: "24x7", resolution: h * 3_600, resolutionCalendar: "24x7")
        })

    static func at(_ text: String) -> Date {
        SurveyCSV.parseDate(text, timeZone: utc)!
    }

    static func period(_ from: String = "2026-11-01", _ to: String = "2026-11-03") throws -> ReportPeriod {
        try ReportPeriod(from: LocalDate(from)!, to: LocalDate(to)!, timeZone: utc)
    }

    static func row(_ id: Int64, _ priority: Priority, _ category: Category, _ status: TicketStatus, _ assignee: String?,
                    created: String, response: Double? = nil, resolvedAfter: Double? = nil,
                    first: String? = nil, tier: Tier = .l1, reopens: Int = 0, escalations: Int = 0,
                    score: Int? = nil, updated: String? = nil) -> ReportRow {
        let c = at(created)
        return ReportRow(id: id, priority: priority, category: category, status: status, tier: tier,
                         assignee: assignee, firstAssignee: first ?? assignee, createdAt: c,
                         firstResponseAt: response.map { c + $0 * minute }, resolvedAt: resolvedAfter.map { c + $0 * hour },
                         updatedAt: updated.map(at), reopens: reopens, escalations: escalations, satisfaction: score)
    }

    static let rows: [ReportRow] = [
        row(1, .p1, .network, .closed, "alice", created: "2026-11-01 01:00", response: 10, resolvedAfter: 2, score: 5),
        row(2, .p1, .network, .resolved, "bob", created: "2026-11-01 02:00", response: 40, resolvedAfter: 5, score: 2),
        row(3, .p2, .software, .resolved, "alice", created: "2026-11-01 10:00", response: 20, resolvedAfter: 6, reopens: 1, score: 4),
        row(4, .p2, .software, .resolved, "carol", created: "2026-11-02 09:00", response: 30, resolvedAfter: 8,
            first: "alice", tier: .l2, escalations: 1, score: 1),
        row(5, .p3, .hardware, .closed, "bob", created: "2026-11-02 12:00", response: 5, resolvedAfter: 22),
        row(6, .p3, .hardware, .inProgress, "bob", created: "2026-11-03 08:00", response: 15),
        row(7, .p4, .account, .new, nil, created: "2026-11-02 20:00"),
        row(8, .p3, .other, .closed, "alice", created: "2026-10-25 00:00", response: 60, resolvedAfter: 180, score: 3),
        row(9, .p3, .other, .inProgress, "bob", created: "2026-10-31 12:00", response: 5),
        row(10, .p3, .other, .inProgress, "bob", created: "2026-10-20 00:00", response: 5),
        row(11, .p3, .other, .cancelled, nil, created: "2026-11-02 06:00", updated: "2026-11-02 07:00"),
        row(12, .p2, .network, .resolved, "carol", created: "2026-11-03 06:00", response: 10, resolvedAfter: 40),
        row(13, .p4, .account, .reopened, nil, created: "2026-09-01 00:00", response: 5),
        row(14, .p3, .other, .closed, "alice", created: "2026-10-31 00:00", response: 5, resolvedAfter: 5, score: 1),
    ]

    static let time: [ReportTimeRow] = [
        ReportTimeRow(engineer: "alice", minutes: 90, loggedAt: at("2026-11-01 09:00"), category: .network, priority: .p1),
        ReportTimeRow(engineer: "alice", minutes: 30, loggedAt: at("2026-11-03 23:59"), category: .software, priority: .p2),
        ReportTimeRow(engineer: "bob", minutes: 60, loggedAt: at("2026-11-02 10:00"), category: .hardware, priority: .p3),
        ReportTimeRow(engineer: "bob", minutes: 45, loggedAt: at("2026-10-31 10:00"), category: .hardware, priority: .p3),
        ReportTimeRow(engineer: "carol", minutes: 15, loggedAt: at("2026-11-04 00:00"), category: .network, priority: .p2, tier: .l2),
    ]

    static func report(filter: ReportFilter = ReportFilter(), by grouping: ReportGrouping? = nil,
                       rows: [ReportRow] = rows, period: ReportPeriod? = nil) throws -> Report {
        var accumulator = ReportAccumulator(period: try period ?? self.period(), filter: filter, grouping: grouping, sla: sla)
        for row in rows { accumulator.add(row) }
        for entry in time { accumulator.add(entry) }
        return accumulator.finish()
    }
}
