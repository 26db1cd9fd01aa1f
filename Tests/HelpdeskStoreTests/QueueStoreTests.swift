import Foundation
import HelpdeskCore
@testable import HelpdeskStore
import XCTest

final class QueueStoreTests: XCTestCase {
    private let t0 = StoreFixtures.monday10
    private let lead = Actor(StoreFixtures.lead)
    private let alice = Actor(StoreFixtures.alice)
    private let bob = Actor(StoreFixtures.bob)

    /// Tickets in every state: new, mine, pending, escalated, resolved, cancelled, a major incident.
    private struct Desk {
        let store: HelpdeskStore
        let new, mine, pending, escalated, resolved, cancelled, major: Int64
    }

    private func desk() throws -> Desk {
        let store = try StoreFixtures.teamStore()
        func make(_ title: String, tags: [String] = [], major: Bool = false, requester: String = "张三") throws -> Int64 {
            try store.createTicket(StoreFixtures.draft(title, requester: requester, contact: requester + "@example.cn",
                                                       tags: tags, major: major), by: lead, at: t0).id
        }
        let new = try make("财务部打印机卡纸", tags: ["printer"])
        let mine = try make("Outlook cannot sync", tags: ["mail"], requester: "Mary Smith")
        _ = try store.perform(.take, on: mine, expectedVersion: nil, by: alice, at: t0 + 60)
        let pending = try make("VPN 连接不稳定", tags: ["vpn"])
        _ = try store.perform(.take, on: pending, expectedVersion: nil, by: alice, at: t0 + 60)
        _ = try store.perform(.reply("请提供日志"), on: pending, expectedVersion: nil, by: alice, at: t0 + 120)
        _ = try store.perform(.changeStatus(.pendingCustomer, text: nil), on: pending, expectedVersion: nil, by: alice, at: t0 + 180)
        let escalated = try make("核心交换机端口 down", tags: ["network"])
        _ = try store.perform(.take, on: escalated, expectedVersion: nil, by: bob, at: t0 + 60)
        _ = try store.perform(.escalate(details: "端口反复 flap，已换线", requesterData: "交换机日志截图"), on: escalated, expectedVersion: nil, by: bob, at: t0 + 240)
        let resolved = try make("Printer driver missing", tags: ["printer"])
        _ = try store.perform(.take, on: resolved, expectedVersion: nil, by: bob, at: t0 + 60)
        _ = try store.perform(.resolve("reinstalled the driver"), on: resolved, expectedVersion: nil, by: bob, at: t0 + 1800)
        let cancelled = try make("重复的工单")
        _ = try store.perform(.cancel(reason: "duplicate"), on: cancelled, expectedVersion: nil, by: lead, at: t0 + 60)
        let major = try make("全公司网络中断", major: true)
        return Desk(store: store, new: new, mine: mine, pending: pending, escalated: escalated, resolved: resolved,
                    cancelled: cancelled, major: major)
    }

    private func ids(_ store: HelpdeskStore, _ view: QueueView, sort: QueueSort = .due, filter: String = "",
                     login: String = "alice", now: Date) throws -> [Int64] {
        try store.queue(QueueQuery(view: view, login: login, sort: sort, filter: filter, now: now)).rows.map(\.id)
    }

    func testEachViewHoldsItsTickets() throws {
        let d = try desk()
        let now = t0 + 3600
        XCTAssertEqual(Set(try ids(d.store, .mine, now: now)), [d.mine, d.pending])
        XCTAssertEqual(Set(try ids(d.store, .mine, login: "bob", now: now)), [], "bob's escalated ticket went back to the L2 queue")
        XCTAssertEqual(Set(try ids(d.store, .unassigned, now: now)), [d.new, d.escalated, d.major])
        XCTAssertEqual(Set(try ids(d.store, .open, now: now)), [d.new, d.mine, d.pending, d.escalated, d.major])
        XCTAssertEqual(try ids(d.store, .escalated, now: now), [d.escalated])
        XCTAssertEqual(try ids(d.store, .pending, now: now), [d.pending])
        XCTAssertEqual(try ids(d.store, .resolved, now: now), [d.resolved])
        XCTAssertEqual(try ids(d.store, .resolved, now: t0 + 8 * 86400), [], "resolved more than 7 days ago")
    }

    func testAtRiskFollowsTheRiskInstantNotTheDeadline() throws {
        let d = try desk()
        // First response is due 30 minutes after 10:00 and at risk after 75 % of it (10:22:30).
        XCTAssertEqual(try ids(d.store, .atRisk, now: t0 + 20 * 60), [])
        let atRisk = try ids(d.store, .atRisk, now: t0 + 23 * 60)
        XCTAssertEqual(Set(atRisk), [d.new, d.mine, d.escalated, d.major], "no first reply yet; the pending one was answered")
        XCTAssertEqual(atRisk.first, d.major, "major incidents are pinned")
        let counts = try d.store.counts(login: "alice", now: t0 + 23 * 60)
        XCTAssertEqual(counts[.atRisk], 4)
        XCTAssertEqual(try d.store.counts(login: "alice", now: t0 + 20 * 60)[.atRisk], 0)
        XCTAssertEqual(try d.store.counts(login: "alice", now: t0 + 5 * 3600)[.atRisk], 4, "hours later, from the hourly counters")
        _ = try d.store.perform(.reply("马上处理"), on: d.new, expectedVersion: nil, by: lead, at: t0 + 30 * 60)
        XCTAssertEqual(try d.store.counts(login: "alice", now: t0 + 40 * 60)[.atRisk], 3, "answered: only its resolution clock runs")
        XCTAssertEqual(try ids(d.store, .atRisk, now: t0 + 40 * 60).count, 3)
    }

    func testPendingTicketShowsNoDeadline() throws {
        let d = try desk()
        let row = try d.store.queue(QueueQuery(view: .pending, login: "alice", now: t0 + 3600)).rows.first
        XCTAssertEqual(row?.id, d.pending)
        XCTAssertNil(row?.dueAt, "the clock stands still while the customer owes an answer")
        XCTAssertNil(row?.riskAt)
        let other = try d.store.queue(QueueQuery(view: .mine, login: "alice", now: t0 + 3600)).rows.first { $0.id == d.mine }
        XCTAssertEqual(other?.dueAt, t0 + 1800, "a ticket without a first reply is due 30 minutes after it came in")
        XCTAssertEqual(other?.riskAt, t0 + 1350)
    }

    func testMajorIncidentsComeFirstInEverySort() throws {
        let d = try desk()
        for sort in QueueSort.allCases {
            XCTAssertEqual(try ids(d.store, .open, sort: sort, now: t0 + 60).first, d.major, "sort \(sort)")
            XCTAssertEqual(try ids(d.store, .unassigned, sort: sort, now: t0 + 60).first, d.major, "sort \(sort)")
        }
    }

    func testSortsOrderTheRestOfTheQueue() throws {
        let store = try StoreFixtures.teamStore()
        // Created a minute apart: P4, P1, P3, P2 — then the P4 is updated last.
        var made: [Priority: Int64] = [:]
        for (offset, (impact, urgency)) in [(Level.low, Level.low), (.critical, .critical), (.medium, .medium), (.high, .medium)].enumerated() {
            let ticket = try store.createTicket(StoreFixtures.draft("排序 \(offset)", impact: impact, urgency: urgency),
                                                by: lead, at: t0 + Double(offset) * 60)
            made[ticket.priority] = ticket.id
        }
        _ = try store.perform(.note("最后更新"), on: made[.p4]!, expectedVersion: nil, by: lead, at: t0 + 600)
        let now = t0 + 700
        XCTAssertEqual(try ids(store, .open, sort: .id, now: now), [made[.p2]!, made[.p3]!, made[.p1]!, made[.p4]!])
        XCTAssertEqual(try ids(store, .open, sort: .priority, now: now), [made[.p1]!, made[.p2]!, made[.p3]!, made[.p4]!])
        XCTAssertEqual(try ids(store, .open, sort: .updated, now: now).first, made[.p4]!)
        // Every first response is due 30 minutes after creation, so due order is creation order.
        XCTAssertEqual(try ids(store, .open, sort: .due, now: now), [made[.p4]!, made[.p1]!, made[.p3]!, made[.p2]!])
    }

    func testFilterMatchesTitleRequesterTagsAndIds() throws {
        let d = try desk()
        let now = t0 + 3600
        XCTAssertEqual(try ids(d.store, .open, filter: "打印机", now: now), [d.new], "Chinese substring of a title")
        XCTAssertEqual(try ids(d.store, .open, filter: "打印", now: now), [d.new], "two Chinese characters")
        XCTAssertEqual(try ids(d.store, .open, filter: "OUTLOOK", now: now), [d.mine], "case-insensitive")
        XCTAssertEqual(try ids(d.store, .open, filter: "mary", now: now), [d.mine], "requester name")
        XCTAssertEqual(try ids(d.store, .open, filter: "vpn", now: now), [d.pending], "tag or title")
        XCTAssertEqual(try ids(d.store, .open, filter: "network", now: now), [d.escalated], "tag only")
        XCTAssertEqual(Set(try ids(d.store, .open, filter: "张三", now: now)), [d.new, d.pending, d.escalated, d.major])
        XCTAssertEqual(try ids(d.store, .open, filter: "张三 中断", now: now), [d.major], "all terms must match")
        XCTAssertEqual(try ids(d.store, .open, filter: "#\(d.mine)", now: now), [d.mine])
        XCTAssertEqual(try ids(d.store, .open, filter: "\(d.pending)", now: now), [d.pending])
        XCTAssertEqual(try ids(d.store, .open, filter: "#\(d.resolved)", now: now), [], "ids match inside the view only")
        XCTAssertEqual(try ids(d.store, .resolved, filter: "printer", now: now), [d.resolved])
        XCTAssertEqual(try ids(d.store, .open, filter: "%_'\"", now: now), [], "LIKE and quote characters are plain text")
        let page = try d.store.queue(QueueQuery(view: .open, login: "alice", filter: "张三", now: now))
        XCTAssertEqual(page.total, 4)
    }

    func testRenamedRequesterIsFoundByTheNewName() throws {
        let d = try desk()
        _ = try d.store.createTicket(StoreFixtures.draft("又一个问题", requester: "Mary Wang", contact: "Mary Smith@example.cn"),
                                     by: lead, at: t0 + 60)
        XCTAssertEqual(try ids(d.store, .mine, filter: "mary wang", now: t0 + 120), [d.mine])
        XCTAssertEqual(try ids(d.store, .mine, filter: "smith", now: t0 + 120), [])
    }

    func testPagesAndTotals() throws {
        let store = try StoreFixtures.teamStore()
        let records = (0..<25).map { n in
            TicketRecord(ticket: Ticket(title: "批量 \(n)", description: "", requester: Requester(name: "赵六", contact: "zhao@example.cn"),
                                        createdAt: t0 + Double(n)))
        }
        let all = try store.importTickets(records)
        let first = try store.queue(QueueQuery(view: .open, login: "x", sort: .id, limit: 10, now: t0))
        XCTAssertEqual(first.rows.map(\.id), Array(all.reversed().prefix(10)))
        XCTAssertEqual(first.total, 25)
        let last = try store.queue(QueueQuery(view: .open, login: "x", sort: .id, offset: 20, limit: 10, now: t0))
        XCTAssertEqual(last.rows.map(\.id), Array(all.reversed().suffix(5)))
        XCTAssertEqual(last.total, 25)
        let beyond = try store.queue(QueueQuery(view: .open, login: "x", sort: .id, offset: 40, limit: 10, now: t0))
        XCTAssertEqual(beyond.rows, [])
        XCTAssertEqual(beyond.total, 25)
        let capped = try HelpdeskStore(path: store.path, configuration: StoreOptions(filteredTotalCap: 12, filterProbeRows: 10))
        let filtered = try capped.queue(QueueQuery(view: .open, login: "x", sort: .id, filter: "批量", limit: 5, now: t0))
        XCTAssertEqual(filtered.rows.map(\.id), Array(all.reversed().prefix(5)))
        XCTAssertEqual(filtered.total, 12, "a filtered total stops counting at the cap")
        let exact = try store.queue(QueueQuery(view: .open, login: "x", sort: .id, filter: "批量", limit: 5, now: t0))
        XCTAssertEqual(exact.total, 25, "a view no bigger than the probe is counted exactly")
    }

    func testRareFilterMatchesBeyondTheProbeAreFoundAndSorted() throws {
        let store = try StoreFixtures.teamStore()
        let titles = (0..<40).map { n in [3, 17, 29].contains(n) ? "罕见故障 \(n)" : "常见问题 \(n)" }
        let records = titles.enumerated().map { n, title in
            TicketRecord(ticket: Ticket(title: title, description: "", requester: Requester(name: "孙八", contact: "sun@example.cn"),
                                        priority: Priority(rawValue: 1 + n % 4)!, createdAt: t0 + Double(n)))
        }
        let ids = try store.importTickets(records)
        let probing = try HelpdeskStore(path: store.path, configuration: StoreOptions(filteredTotalCap: 100, filterProbeRows: 5))
        let page = try probing.queue(QueueQuery(view: .open, login: "x", sort: .id, filter: "罕见", now: t0))
        XCTAssertEqual(page.rows.map(\.id), [ids[29], ids[17], ids[3]], "found by the scan, in the view's order")
        XCTAssertEqual(page.total, 3)
        let byPriority = try probing.queue(QueueQuery(view: .open, login: "x", sort: .priority, filter: "罕见", now: t0))
        XCTAssertEqual(byPriority.rows.map(\.priority), [.p2, .p2, .p4])
        let thin = try HelpdeskStore(path: store.path, configuration: StoreOptions(filteredTotalCap: 2, filterProbeRows: 5))
        let capped = try thin.queue(QueueQuery(view: .open, login: "x", sort: .id, filter: "罕见", limit: 2, now: t0))
        XCTAssertEqual(capped.rows.map(\.id), [ids[29], ids[17]], "more matches than the cap: read in order")
        XCTAssertEqual(capped.total, 2)
    }

    func testCountsFollowEveryChange() throws {
        let d = try desk()
        let now = t0 + 3600
        func assertCountsMatchViews(_ note: String) throws {
            let counts = try d.store.counts(login: "alice", now: now)
            for view in QueueView.allCases {
                let listed = try d.store.queue(QueueQuery(view: view, login: "alice", limit: 1000, now: now)).rows.count
                XCTAssertEqual(counts[view], listed, "\(view) \(note)")
            }
        }
        try assertCountsMatchViews("after setup")
        XCTAssertEqual(try d.store.counts(login: "alice", now: now)[.open], 5)
        _ = try d.store.perform(.assign(to: "alice", reason: nil), on: d.new, expectedVersion: nil, by: lead, at: now)
        _ = try d.store.perform(.changeStatus(.inProgress, text: nil), on: d.pending, expectedVersion: nil, by: alice, at: now)
        _ = try d.store.perform(.resolve("done"), on: d.mine, expectedVersion: nil, by: alice, at: now)
        _ = try d.store.perform(.reopen(reason: "not done"), on: d.resolved, expectedVersion: nil, by: bob, at: now)
        try assertCountsMatchViews("after changes")
        XCTAssertEqual(try d.store.counts(login: "alice", now: now)[.mine], 2)
    }

    func testOpenLoadsWeighPriorities() throws {
        let d = try desk()
        _ = try d.store.perform(.assign(to: "alice", reason: nil), on: d.major, expectedVersion: nil, by: lead, at: t0 + 60)
        let loads = try d.store.openLoads()
        let mine = try d.store.ticket(id: d.mine).priority.loadWeight + (try d.store.ticket(id: d.pending).priority.loadWeight)
        XCTAssertEqual(loads["alice"], EngineerLoad(openTickets: 3, weightedLoad: mine + Priority.p1.loadWeight))
        XCTAssertNil(loads["bob"])
    }
}
