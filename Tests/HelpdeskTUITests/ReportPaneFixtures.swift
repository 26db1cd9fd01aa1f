import Foundation
import HelpdeskCore
import HelpdeskTUI

/// A week at a small desk for the reports pane's golden screens.
enum ReportPaneFixtures {
    static func report(_ request: ReportRequest) throws -> Report {
        let period = try request.period()
        var accumulator = ReportAccumulator(period: period, grouping: .engineer)
        let start = period.start
        let hour = 3_600.0
        let people = ["alice", "bob", "carol", "li.na", "wang.wei"]
        for n in 0..<60 {
            let created = start + Double(n) * 2.6 * hour + 9 * hour
            let resolved = n % 5 == 4 ? nil : created + Double(n % 9 + 1) * 1.7 * hour
            accumulator.add(ReportRow(
                id: Int64(1000 + n), priority: Priority.allCases[n % 4], category: Category.allCases[n % 6],
                status: resolved == nil ? .inProgress : (n % 3 == 0 ? .closed : .resolved), tier: n % 7 == 0 ? .l2 : .l1,
                assignee: people[n % 5], createdAt: created, firstResponseAt: created + Double(n % 6) * 600,
                resolvedAt: resolved, reopens: n % 11 == 0 ? 1 : 0, escalations: n % 7 == 0 ? 1 : 0,
                satisfaction: resolved == nil || n % 2 == 1 ? nil : [5, 4, 4, 3, 2, 5, 1, 4][n % 8]))
        }
        for old in 0..<4 {
            accumulator.add(ReportRow(id: Int64(900 + old), status: .pendingCustomer, assignee: "bob",
                                      createdAt: start - Double(old * 5 + 2) * 86_400))
        }
        for (i, login) in people.enumerated() {
            accumulator.add(ReportTimeRow(engineer: login, minutes: 90 + i * 75, loggedAt: start + Double(i) * 86_400 + 36_000))
        }
        return accumulator.finish()
    }
}
