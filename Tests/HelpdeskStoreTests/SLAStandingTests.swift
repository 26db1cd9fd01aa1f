import Foundation
import HelpdeskCore
@testable import HelpdeskStore
import XCTest

/// The breached and at-risk counts of the status bar, read from hourly counters.
final class SLAStandingTests: XCTestCase {
    private let t0 = StoreFixtures.monday10  // on the hour
    private let lead = Actor(StoreFixtures.lead)
    private let alice = Actor(StoreFixtures.alice)

    /// What the counters must agree with: the at-risk view, read row by row.
    private func walked(_ store: HelpdeskStore, now: Date) throws -> (breached: Int, atRisk: Int) {
        let rows = try store.queue(QueueQuery(view: .atRisk, login: "alice", limit: 1000, now: now)).rows
        let breached = rows.filter { ($0.dueAt ?? .distantFuture) <= now }.count
        return (breached, rows.count - breached)
    }

    private func assertStanding(_ store: HelpdeskStore, at now: Date, _ breached: Int, _ atRisk: Int, _ note: String,
                                line: UInt = #line) throws {
        let standing = try store.slaStanding(now: now)
        XCTAssertEqual(standing.breached, breached, "breached \(note)", line: line)
        XCTAssertEqual(standing.atRisk, atRisk, "at risk \(note)", line: line)
        let reference = try walked(store, now: now)
        XCTAssertEqual(standing.breached, reference.breached, "breached agrees with the view \(note)", line: line)
        XCTAssertEqual(standing.atRisk, reference.atRisk, "at risk agrees with the view \(note)", line: line)
    }

    func testFirstResponseClockTurnsAtRiskThenBreached() throws {
        let store = try StoreFixtures.teamStore()
        let first = try store.createTicket(StoreFixtures.draft("打印机坏了"), by: lead, at: t0).id
        _ = try store.createTicket(StoreFixtures.draft("VPN 无法连接"), by: lead, at: t0)
        // First response is due 30 minutes after creation and at risk from 22.5 minutes.
        try assertStanding(store, at: t0 + 20 * 60, 0, 0, "before the risk instant")
        try assertStanding(store, at: t0 + 25 * 60, 0, 2, "between risk and deadline, in the current hour")
        try assertStanding(store, at: t0 + 35 * 60, 2, 0, "past the deadline, in the current hour")
        try assertStanding(store, at: t0 + 65 * 60, 2, 0, "past the deadline, an hour later: from the counters")
        _ = try store.perform(.take, on: first, expectedVersion: nil, by: alice, at: t0 + 40 * 60)
        _ = try store.perform(.reply("正在处理"), on: first, expectedVersion: nil, by: alice, at: t0 + 41 * 60)
        try assertStanding(store, at: t0 + 65 * 60, 1, 0, "a reply stops the response clock; the counters follow")
        _ = try store.perform(.cancel(reason: "重复"), on: first, expectedVersion: nil, by: lead, at: t0 + 66 * 60)
        try assertStanding(store, at: t0 + 70 * 60, 1, 0, "a closed ticket leaves the counts")
    }

    func testBulkImportRecountsTheDeadlines() throws {
        let store = try StoreFixtures.teamStore()
        try store.bulkImport { importer in
            try importer.add((0..<6).map { n in
                TicketRecord(ticket: Ticket(title: "导入 \(n)", description: "", requester: Requester(name: "钱七", contact: "q@example.cn"),
                                            priority: .p3, createdAt: t0 - Double(n) * 3600))
            })
        }
        let later = t0 + 20 * 60
        let reference = try walked(store, now: later)
        XCTAssertEqual(reference.breached, 5, "every ticket but the newest missed its 30-minute first response")
        let standing = try store.slaStanding(now: later)
        XCTAssertEqual(standing.breached, reference.breached)
        XCTAssertEqual(standing.atRisk, reference.atRisk)
    }
}
