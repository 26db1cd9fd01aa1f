import Foundation
import HelpdeskCore
@testable import HelpdeskStore
import XCTest

/// The "Recently resolved" badge comes from hourly counters plus the window's first partial hour.
final class RecentlyResolvedCountTests: XCTestCase {
    private let t0 = StoreFixtures.monday10  // on the hour
    private let week: TimeInterval = 7 * 86_400

    private func resolved(minutesBefore minutes: [Double], in store: HelpdeskStore) throws -> [Int64] {
        try store.importTickets(minutes.enumerated().map { n, m in
            let at = t0 - m * 60
            return TicketRecord(ticket: Ticket(title: "已解决 \(n)", description: "", requester: Requester(name: "钱七", contact: "q@example.cn"),
                                               status: .closed, createdAt: at - 3600, resolvedAt: at, closedAt: at))
        })
    }

    private func listed(_ store: HelpdeskStore, now: Date) throws -> Int {
        try store.queue(QueueQuery(view: .resolved, login: "alice", limit: 1000, now: now)).rows.count
    }

    func testCountAgreesWithTheViewAcrossTheWindowEdge() throws {
        let store = try StoreFixtures.teamStore()
        // Seven days before t0 falls on the hour; resolutions just inside and outside it, and in whole hours.
        let edge = week / 60
        _ = try resolved(minutesBefore: [0, 5, 90, edge - 30, edge - 1, edge, edge + 1, edge + 45, edge + 600], in: store)
        let offsets: [TimeInterval] = [0, 20 * 60, 59 * 60, 3600, 3 * 3600 + 17 * 60]
        for offset in offsets {
            let now = t0 + offset
            let count = try store.counts(login: "alice", now: now)[.resolved]
            XCTAssertEqual(count, try listed(store, now: now), "now = t0 + \(offset) s")
        }
        XCTAssertEqual(try store.counts(login: "alice", now: t0)[.resolved], 6, "the resolution exactly a week ago still counts")
    }

    func testCountersFollowResolveAndReopen() throws {
        let store = try StoreFixtures.teamStore()
        let lead = Actor(StoreFixtures.lead)
        let id = try store.createTicket(StoreFixtures.draft("打印机卡纸"), by: lead, at: t0).id
        _ = try store.perform(.assign(to: "alice", reason: nil), on: id, expectedVersion: nil, by: lead, at: t0 + 60)
        _ = try store.perform(.resolve("清理了卡纸"), on: id, expectedVersion: nil, by: Actor(StoreFixtures.alice), at: t0 + 7200)
        XCTAssertEqual(try store.counts(login: "alice", now: t0 + 3 * 3600)[.resolved], 1)
        _ = try store.perform(.reopen(reason: "又卡纸了"), on: id, expectedVersion: nil, by: lead, at: t0 + 4 * 3600)
        XCTAssertEqual(try store.counts(login: "alice", now: t0 + 5 * 3600)[.resolved], 0, "reopening clears the resolution")
        XCTAssertEqual(try store.counts(login: "alice", now: t0 + 5 * 3600)[.resolved], try listed(store, now: t0 + 5 * 3600))
    }
}
