import Foundation
import HelpdeskCore
import HelpdeskStore
import XCTest

/// Bulk import and queue timings at scale. Skipped unless HELPDESK_BENCH_TICKETS is set, e.g.
/// `HELPDESK_BENCH_TICKETS=100000 swift test -c release -Xswiftc -enable-testing --filter StoreBenchmarkTests`.
final class StoreBenchmarkTests: XCTestCase {
    private var count: Int {
        Int(ProcessInfo.processInfo.environment["HELPDESK_BENCH_TICKETS"] ?? "") ?? 0
    }

    func testBulkImportAndFirstPages() throws {
        guard count > 0 else { throw XCTSkip("set HELPDESK_BENCH_TICKETS to run") }
        let now = Date(timeIntervalSince1970: 1_780_279_200)
        let store = try HelpdeskStore.temporary()
        let generator = DemoGenerator(now: now, engineerCount: 40)
        let team = generator.engineers()
        try store.addEngineers(team, teams: generator.teams(), by: .system, at: now)
        let agents = team.map(\.login)
        var rng = SystemRandomNumberGenerator()
        let titles = ["财务部打印机卡纸", "VPN cannot connect from home", "邮箱无法登录", "Laptop screen flickers",
                      "共享盘访问很慢", "Password reset for ERP", "会议室投影仪没有信号", "Wi-Fi drops every hour"]
        func record(_ n: Int) -> TicketRecord {
            let created = now.addingTimeInterval(-Double.random(in: 0..<(30 * 86_400), using: &rng))
            let open = Double.random(in: 0..<1, using: &rng) < 0.7
            let status: TicketStatus = open ? [.new, .assigned, .inProgress, .pendingCustomer, .escalated].randomElement(using: &rng)!
                                            : [.resolved, .closed].randomElement(using: &rng)!
            let assignee = status == .new ? nil : agents.randomElement(using: &rng)
            let ticket = Ticket(
                title: titles[n % titles.count] + " \(n)", description: "详细描述 / details of request \(n)",
                requester: Requester(name: "用户\(n % 5000)", contact: "user\(n % 5000)@example.com"),
                category: Category.allCases[n % Category.allCases.count], priority: Priority(rawValue: 1 + n % 4)!,
                status: status, assignee: assignee, tags: n % 3 == 0 ? ["printer"] : [], isMajorIncident: n % 50_000 == 7,
                createdAt: created, updatedAt: created.addingTimeInterval(600),
                firstResponseAt: status == .new ? nil : created.addingTimeInterval(900),
                resolvedAt: open ? nil : created.addingTimeInterval(7200), pausedSince: status == .pendingCustomer ? created.addingTimeInterval(1000) : nil)
            let event = TicketEvent(ticketID: 0, actor: "system", at: created, field: "created", newValue: ticket.priority.label)
            let comments = n % 3 == 0 ? [Comment(ticketID: 0, author: assignee ?? "system", kind: .reply, body: "正在处理 / on it", createdAt: created)] : []
            return TicketRecord(ticket: ticket, comments: comments, events: [event])
        }
        let batch = 10_000
        // Batches are generated inside the load, but only the store's time is counted.
        var loadSeconds = 0.0
        var rebuildStart = Date()
        try store.bulkImport { importer in
            for start in stride(from: 0, to: count, by: batch) {
                let records = (start..<min(count, start + batch)).map(record)
                let began = Date()
                try importer.add(records)
                loadSeconds += Date().timeIntervalSince(began)
            }
            rebuildStart = Date()
        }
        let rebuildSeconds = Date().timeIntervalSince(rebuildStart)
        print(String(format: "bench: bulk-imported %d tickets (1 event, 1/3 with a comment): load %.2f s (%.0f/s), index rebuild %.2f s, overall %.0f tickets/s",
                     count, loadSeconds, Double(count) / loadSeconds, rebuildSeconds, Double(count) / (loadSeconds + rebuildSeconds)))

        func time(_ label: String, _ body: () throws -> Void) rethrows {
            var best = Double.infinity
            for _ in 0..<5 {
                let began = Date()
                try body()
                best = min(best, Date().timeIntervalSince(began))
            }
            print(String(format: "bench: %@ %.3f ms", label, best * 1000))
        }
        for view in QueueView.allCases {
            for sort in QueueSort.allCases {
                try time("first page \(view.rawValue)/\(sort.rawValue)") {
                    let page = try store.queue(QueueQuery(view: view, login: agents[3], sort: sort, now: now))
                    XCTAssertLessThanOrEqual(page.rows.count, 50)
                }
            }
        }
        for filter in ["打印机", "printer", "用户42", "#12345", "nothing-matches-this"] {
            try time("filtered open/due “\(filter)”") {
                _ = try store.queue(QueueQuery(view: .open, login: agents[3], sort: .due, filter: filter, now: now))
            }
        }
        try time("counts for all views") { _ = try store.counts(login: agents[3], now: now) }
        try time("open loads") { _ = try store.openLoads() }

        let demo = DemoGenerator(now: now, seed: 7, engineerCount: 40)
        let demoRecords = demo.tickets(0..<min(count, 20_000), team: team)
        let events = demoRecords.reduce(0) { $0 + $1.events.count }
        let comments = demoRecords.reduce(0) { $0 + $1.comments.count }
        let demoStart = Date()
        try store.importTickets(demoRecords)
        let seconds = Date().timeIntervalSince(demoStart)
        print(String(format: "bench: imported %d demo tickets (%.1f events, %.1f comments each) in %.2f s = %.0f tickets/s",
                     demoRecords.count, Double(events) / Double(demoRecords.count), Double(comments) / Double(demoRecords.count),
                     seconds, Double(demoRecords.count) / seconds))
    }
}
