import Foundation
import GRDB
import HelpdeskCore
@testable import HelpdeskStore
import XCTest

final class ImportStoreTests: XCTestCase {
    private let t0 = StoreFixtures.monday10

    private func records(_ count: Int, assignee: String? = "alice") -> [TicketRecord] {
        (0..<count).map { n in
            let ticket = Ticket(title: "导入 \(n)", description: "history", requester: Requester(name: "钱七", contact: "qian\(n % 3)@example.cn"),
                                priority: Priority(rawValue: 1 + n % 4)!, status: n % 2 == 0 ? .inProgress : .closed,
                                assignee: assignee, createdAt: t0 - Double(n) * 60,
                                resolvedAt: n % 2 == 0 ? nil : t0 - 30, closedAt: n % 2 == 0 ? nil : t0 - 10)
            return TicketRecord(ticket: ticket,
                                comments: [Comment(ticketID: 0, author: "alice", kind: .reply, body: "回复 \(n)", createdAt: ticket.createdAt)],
                                events: [TicketEvent(ticketID: 0, actor: "system", at: ticket.createdAt, field: "created", newValue: ticket.priority.label)],
                                timeEntries: n == 0 ? [TimeEntry(ticketID: 0, engineer: "alice", minutes: 15, note: "", loggedAt: t0)] : [])
        }
    }

    private func foreignKeysOn(_ store: HelpdeskStore) throws -> Bool {
        try store.writer.writeWithoutTransaction { db in try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") ?? false }
    }

    private func queueIndexCount(_ store: HelpdeskStore) throws -> Int {
        try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'queue%'") ?? 0 }
    }

    func testImportedHistoryIsStoredWithTicketIDs() throws {
        let store = try StoreFixtures.teamStore()
        let ids = try store.importTickets(records(4))
        XCTAssertEqual(ids.count, 4)
        XCTAssertEqual(try store.comments(ticketID: ids[2]).map(\.body), ["回复 2"])
        XCTAssertEqual(try store.events(ticketID: ids[3]).map(\.field), ["created"])
        XCTAssertEqual(try store.timeEntries(ticketID: ids[0]).map(\.minutes), [15])
        XCTAssertEqual(try store.ticketCount(), 4)
        XCTAssertEqual(try store.counts(login: "alice", now: t0)[.mine], 2)
    }

    func testBulkImportRebuildsTheQueueIndexes() throws {
        let store = try StoreFixtures.teamStore()
        let expected = try queueIndexCount(store)
        XCTAssertEqual(expected, StoreSchema.queueIndexes.count)
        var seenDuringLoad = -1
        try store.bulkImport { importer in
            try importer.add(records(30))
            seenDuringLoad = try queueIndexCount(store)
            try importer.add(records(30))
        }
        XCTAssertEqual(seenDuringLoad, StoreSchema.queueIndexes.filter(\.small).count,
                       "indexes are set aside while loading, but for the small views'")
        XCTAssertEqual(try foreignKeysOn(store), true)
        XCTAssertEqual(try queueIndexCount(store), expected)
        XCTAssertEqual(try store.ticketCount(), 60)
        let page = try store.queue(QueueQuery(view: .mine, login: "alice", now: t0))
        XCTAssertEqual(page.total, 30)
        XCTAssertEqual(try store.openLoads()["alice"]?.openTickets, 30)
        let counts = try store.counts(login: "alice", now: t0)
        XCTAssertEqual(counts[.open], 30)
        XCTAssertEqual(counts[.resolved], 30, "closed within the week")
        _ = try store.createTicket(StoreFixtures.draft("导入之后"), by: .system, at: t0)
        XCTAssertEqual(try store.counts(login: "alice", now: t0)[.open], 31, "the counter triggers are back")
    }

    func testSmallViewsStayInStepThroughABulkImport() throws {
        let store = try StoreFixtures.teamStore()
        let statuses: [TicketStatus] = [.escalated, .pendingCustomer, .inProgress, .escalated]
        var ids: [Int64] = []
        try store.bulkImport { importer in
            ids = try importer.add(statuses.enumerated().map { n, status in
                TicketRecord(ticket: Ticket(title: "升级 \(n)", description: "", requester: Requester(name: "钱七", contact: "q@example.cn"),
                                            status: status, tier: status == .escalated ? .l2 : .l1, assignee: "alice",
                                            createdAt: t0 - Double(n) * 60, pausedSince: status == .pendingCustomer ? t0 : nil))
            })
        }
        let escalated = try store.queue(QueueQuery(view: .escalated, login: "alice", sort: .id, now: t0))
        XCTAssertEqual(escalated.rows.map(\.id), [ids[3], ids[0]])
        XCTAssertEqual(escalated.total, 2)
        XCTAssertEqual(try store.queue(QueueQuery(view: .pending, login: "alice", now: t0)).rows.map(\.id), [ids[1]])
    }

    func testFailedBulkImportStillRebuildsAndReports() throws {
        let store = try StoreFixtures.teamStore()
        let error = thrownError {
            try store.bulkImport { importer in
                try importer.add(self.records(5))
                try importer.add(self.records(5, assignee: "ghost"))
            }
        }
        XCTAssertEqual(error as? WorkflowError, .unknownEngineer("ghost"))
        XCTAssertEqual(try queueIndexCount(store), StoreSchema.queueIndexes.count)
        XCTAssertEqual(try store.ticketCount(), 5, "the good batch stays, the bad one is rolled back")
        XCTAssertEqual(try foreignKeysOn(store), true, "reference checks are back on after a failed load")
    }

    func testOpeningHealsWhatAnUnfinishedBulkImportSetAside() throws {
        let store = try StoreFixtures.teamStore()
        try store.importTickets(records(10))
        try store.writer.write { db in
            try StoreSchema.dropQueueIndexes(db)
            try StoreSchema.dropCountTriggers(db)
            try db.execute(sql: "DELETE FROM queue_counts")
        }
        let reopened = try HelpdeskStore(path: store.path)
        XCTAssertEqual(try queueIndexCount(reopened), StoreSchema.queueIndexes.count)
        XCTAssertEqual(try reopened.counts(login: "alice", now: t0)[.mine], 5, "counters recounted")
        _ = try reopened.createTicket(StoreFixtures.draft("之后的新工单"), by: .system, at: t0)
        XCTAssertEqual(try reopened.counts(login: "alice", now: t0)[.open], 6, "triggers are back")
    }

    func testQueueDuringBulkImportSaysSo() throws {
        let store = try StoreFixtures.teamStore()
        try store.writer.write { db in try StoreSchema.dropQueueIndexes(db) }
        let error = thrownError { try store.queue(QueueQuery(view: .open, login: "alice", now: self.t0)) }
        XCTAssertEqual(error as? StoreError, .bulkImportRunning(path: store.path))
        XCTAssertTrue("\(error!)".contains("bulk import"), "\(error!)")
    }

    func testImportRefusesUnknownAssigneePlainly() throws {
        let store = try StoreFixtures.teamStore()
        let ticket = Ticket(title: "x", description: "", requester: Requester(name: "a", contact: "a@b"), status: .assigned,
                            assignee: "nobody", createdAt: t0)
        XCTAssertEqual(thrownError { try store.importTickets([TicketRecord(ticket: ticket)]) } as? WorkflowError, .unknownEngineer("nobody"))
        XCTAssertEqual(try store.ticketCount(), 0, "nothing of the batch was written")
    }
}
