import Foundation
import HelpdeskCore
import HelpdeskStore
import HelpdeskTUI

/// Queue pages, view badges and the SLA scan, called on the store as the console calls them.
struct QueueBench {
    let store: HelpdeskStore
    let tickets: Int
    let settings: BenchSettings
    /// The agent with the most open tickets: the heaviest "My tickets".
    let login: String

    /// A month after the demo ends every open ticket is breached: the at-risk view is then dense.
    static let later = DataSet.now.addingTimeInterval(30 * 86_400)

    init(store: HelpdeskStore, tickets: Int, settings: BenchSettings) throws {
        self.store = store
        self.tickets = tickets
        self.settings = settings
        login = try store.openLoads().max { $0.value.openTickets < $1.value.openTickets }?.key ?? "zhang.wei"
    }

    func run(into report: inout BenchReport) throws {
        for view in QueueView.allCases {
            try firstPages(view, now: DataSet.now, label: view.rawValue, into: &report)
        }
        try firstPages(.atRisk, now: Self.later, label: "at_risk, all breached", into: &report)

        var badges = Samples()
        for i in 0..<settings.iterations {
            let now = i % 2 == 0 ? DataSet.now : Self.later
            try badges.time {
                _ = try store.counts(login: login, now: now)
                _ = try store.slaSummary(login: login, now: now)
            }
        }
        report.add(BenchResult("view count badges, all views + SLA summary, p99", tickets: tickets, value: badges.p99, unit: "ms",
                               target: .below(20), detail: badges.summary))

        var scan = Samples()
        var summary = SLASummary(breached: 0, atRisk: 0)
        for i in 0..<settings.fewIterations * 2 {
            summary = try scan.time { try store.slaSummary(login: login, now: i % 2 == 0 ? DataSet.now : Self.later) }
        }
        report.add(BenchResult("SLA state of every open ticket (at-risk/breached scan), max", tickets: tickets, value: scan.max,
                               unit: "ms", target: .below(200),
                               detail: "\(scan.summary); a month on: \(summary.breached) breached, \(summary.atRisk) at risk"))
    }

    /// Every sort of one view; the figure is the worst sort's p99.
    private func firstPages(_ view: QueueView, now: Date, label: String, into report: inout BenchReport) throws {
        var worst = (sort: QueueSort.due, samples: Samples())
        var total = 0
        for sort in QueueSort.allCases {
            var samples = Samples()
            let query = QueueQuery(view: view, login: login, sort: sort, limit: 50, now: now)
            _ = try store.queue(query)
            for _ in 0..<settings.iterations {
                let page = try samples.time { try store.queue(query) }
                total = page.total
                guard page.rows.count == min(50, page.total) else {
                    throw BenchError("\(label)/\(sort.rawValue) returned \(page.rows.count) rows of \(page.total)")
                }
            }
            if samples.p99 >= worst.samples.p99 { worst = (sort, samples) }
        }
        report.add(BenchResult("queue first page (50 rows) p99: \(label)", tickets: tickets, value: worst.samples.p99, unit: "ms",
                               target: .below(5),
                               detail: "worst sort \(worst.sort.rawValue), \(worst.samples.summary); \(total) in view"))
    }
}
