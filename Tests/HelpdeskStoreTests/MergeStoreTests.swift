import Foundation
import GRDB
import HelpdeskCore
@testable import HelpdeskStore
import XCTest

final class MergeStoreTests: XCTestCase {
    private let t0 = StoreFixtures.monday10
    private var store: HelpdeskStore!
    private var lead: Actor { Actor(StoreFixtures.lead) }
    private var target: Ticket!
    private var source: Ticket!

    override func setUpWithError() throws {
        store = try StoreFixtures.teamStore()
        target = try store.createTicket(StoreFixtures.draft("VPN 连不上", requester: "张三", contact: "zhangsan@example.cn"), by: lead, at: t0)
        source = try store.createTicket(StoreFixtures.draft("VPN 又断了", requester: "李四", contact: "lisi@example.cn"), by: lead, at: t0 + 60)
        _ = try store.perform(.reply("请重启客户端"), on: source.id, expectedVersion: nil, by: lead, at: t0 + 120)
        _ = try store.perform(.note("证书可能过期"), on: source.id, expectedVersion: nil, by: lead, at: t0 + 180)
        _ = try store.perform(.note("same as the other one"), on: target.id, expectedVersion: nil, by: lead, at: t0 + 200)
    }

    private func rawCount(_ sql: String) throws -> Int {
        try store.read { db in try Int.fetchOne(db, sql: sql) ?? 0 }
    }

    func testMergeKeepsEverythingAndShowsTheSourceInTheTargetTimeline() throws {
        let commentsBefore = try rawCount("SELECT COUNT(*) FROM comments")
        let eventsBefore = try rawCount("SELECT COUNT(*) FROM events")
        let sourceTimeline = try store.timeline(ticketID: source.id)
        let targetTimeline = try store.timeline(ticketID: target.id)
        let current = try store.ticket(id: source.id)

        try store.mergeTicket(source.id, into: target.id, expectedVersion: current.version, by: lead, at: t0 + 600)

        XCTAssertEqual(try rawCount("SELECT COUNT(*) FROM comments"), commentsBefore, "no comment lost or copied")
        XCTAssertGreaterThan(try rawCount("SELECT COUNT(*) FROM events"), eventsBefore, "only events added")
        let merged = try store.timeline(ticketID: target.id)
        let targetComments = merged.compactMap { if case let .comment(c) = $0 { c } else { nil } }
        XCTAssertEqual(targetComments.map(\.body), ["请重启客户端", "证书可能过期", "same as the other one"], "by time, both tickets")
        XCTAssertEqual(merged.count, sourceTimeline.count + targetTimeline.count + 3 + 2,
                       "source items, target items, the source's 3 merge events and the target's merged_from + contact_added")
        // The source's own history is still readable, now ending in the merge.
        let after = try store.timeline(ticketID: source.id)
        XCTAssertEqual(Array(after.prefix(sourceTimeline.count)), sourceTimeline)
        XCTAssertEqual(try store.events(ticketID: source.id).suffix(3).map(\.field), ["status", "resolution", "merged_into"])
    }

    func testMergedTicketIsClosedWithAPointerAndBothLogsNameTheMerger() throws {
        try store.mergeTicket(source.id, into: target.id, expectedVersion: nil, by: lead, at: t0 + 600)
        let closed = try store.ticket(id: source.id)
        XCTAssertEqual(closed.status, .closed)
        XCTAssertEqual(closed.resolution, "Merged into #\(target.id)")
        XCTAssertEqual(try store.links(ticketID: source.id).map(\.relation), [.mergedInto])
        XCTAssertEqual(try store.links(ticketID: target.id).map(\.relation), [.mergedFrom])
        let sourceEvent = try XCTUnwrap(try store.events(ticketID: source.id).last)
        XCTAssertEqual([sourceEvent.field, sourceEvent.actor, sourceEvent.newValue], ["merged_into", "lilei", "#\(target.id) VPN 连不上"])
        let targetFields = try store.events(ticketID: target.id).filter { $0.actor == "lilei" && $0.at == t0 + 600 }.map(\.field)
        XCTAssertEqual(targetFields, ["merged_from", "contact_added"])
        XCTAssertEqual(try store.ticket(id: target.id).version, 2, "the target's version does not move: no conflict for whoever works it")
    }

    func testTheSourcesRequesterBecomesAContactOfTheTarget() throws {
        XCTAssertEqual(try store.contacts(ticketID: target.id), [])
        try store.mergeTicket(source.id, into: target.id, expectedVersion: nil, by: lead, at: t0 + 600)
        let contacts = try store.contacts(ticketID: target.id)
        XCTAssertEqual(contacts.map(\.requester.contact), ["lisi@example.cn"])
        XCTAssertEqual(contacts.first?.reason, "requester of #\(source.id) (merged)")
        // A third ticket of the target's own requester merged in adds nobody new.
        let third = try store.createTicket(StoreFixtures.draft("VPN 第三次", contact: "zhangsan@example.cn"), by: lead, at: t0)
        try store.mergeTicket(third.id, into: target.id, expectedVersion: nil, by: lead, at: t0 + 700)
        XCTAssertEqual(try store.contacts(ticketID: target.id).count, 1)
        let history = try store.requesterHistory(contact: "lisi@example.cn")
        XCTAssertEqual(Set(history?.tickets.map(\.id) ?? []), [source.id, target.id], "a contact sees the ticket they are on")
    }

    func testMergeRefusalsChangeNothing() throws {
        let alice = Actor(StoreFixtures.alice)
        XCTAssertThrowsError(try store.mergeTicket(source.id, into: target.id, expectedVersion: nil, by: alice, at: t0 + 600)) { error in
            guard case .denied? = error as? WorkflowError else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try store.deniedEvents().last?.newValue, "merge #\(source.id) into #\(target.id)")
        XCTAssertThrowsError(try store.mergeTicket(source.id, into: target.id, expectedVersion: 1, by: lead, at: t0 + 600)) { error in
            guard case .conflict? = error as? StoreError else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try store.ticket(id: source.id).status, .new)
        try store.mergeTicket(source.id, into: target.id, expectedVersion: nil, by: lead, at: t0 + 600)
        XCTAssertThrowsError(try store.mergeTicket(source.id, into: target.id, expectedVersion: nil, by: lead, at: t0 + 700))
        XCTAssertThrowsError(try store.unlinkTickets(source.id, target.id, by: lead, at: t0 + 700), "a merge is not undone by unlinking")
        XCTAssertThrowsError(try store.write { db in try db.execute(sql: "DELETE FROM ticket_links") }, "the trigger keeps merges")
    }

    func testRequesterHistoryListsOpenFirstWithSatisfaction() throws {
        _ = try store.perform(.resolve("done"), on: target.id, expectedVersion: nil, by: lead, at: t0 + 300)
        try store.recordSurvey(ticketID: target.id, score: 4, comment: "好", by: lead, at: t0 + 400)
        let newer = try store.createTicket(StoreFixtures.draft("邮箱满了"), by: lead, at: t0 + 500)
        let history = try XCTUnwrap(try store.requesterHistory(contact: "ZHANGSAN@example.cn"))
        XCTAssertEqual(history.requester.name, "张三")
        XCTAssertEqual(history.tickets.map(\.id), [newer.id, target.id], "open first, then resolved")
        XCTAssertEqual(history.tickets.map(\.satisfaction), [nil, 4])
        XCTAssertEqual(history.openCount, 1)
        XCTAssertEqual(history.averageSatisfaction, 4)
        XCTAssertEqual(try store.requesterHistory(ticketID: newer.id), history)
        XCTAssertNil(try store.requesterHistory(contact: "nobody@example.cn"))
        XCTAssertEqual(try store.requesterHistory(contact: "zhangsan@example.cn", limit: 1)?.tickets.count, 1)
        XCTAssertEqual(try store.searchRequesters("李").map(\.requester.contact), ["lisi@example.cn"])
    }

    func testAMailReplyToTheMergedTicketLandsOnTheSurvivingOne() throws {
        try store.mergeTicket(source.id, into: target.id, expectedVersion: nil, by: lead, at: t0 + 600)
        let saved = try store.addCustomerReply("还是连不上", author: "lisi@example.cn", to: source.id,
                                              messageID: "<reply-1@example.cn>", attachments: [], at: t0 + 900)
        XCTAssertEqual(saved.id, target.id)
        XCTAssertEqual(try store.ticket(id: source.id).status, .closed, "the merged ticket stays closed")
        XCTAssertEqual(try store.comments(ticketID: target.id).last?.body, "还是连不上")
    }

    func testALinkBetweenTheTwoGivesWayToTheMerge() throws {
        try store.linkTickets(source.id, to: target.id, kind: .duplicateOf, by: lead, at: t0 + 300)
        try store.mergeTicket(source.id, into: target.id, expectedVersion: nil, by: lead, at: t0 + 600)
        XCTAssertEqual(try store.links(ticketID: target.id).map(\.relation), [.mergedFrom])
        XCTAssertEqual(try store.events(ticketID: target.id).filter { $0.field == "unlink" }.map(\.oldValue),
                       ["has duplicate #\(source.id) VPN 又断了"])
    }

    func testRequesterHistoryUsesTheIndex() throws {
        let plan = try store.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT id FROM tickets WHERE requester_id = 1 ORDER BY open DESC, created_at DESC")
                .map { $0["detail"] as String }.joined(separator: "; ")
        }
        XCTAssertTrue(plan.contains("tickets_by_requester"), plan)
    }
}
