import Foundation
import GRDB
import HelpdeskCore
@testable import HelpdeskStore
import XCTest

final class TicketLinkStoreTests: XCTestCase {
    private let t0 = StoreFixtures.monday10
    private var store: HelpdeskStore!
    private var lead: Actor { Actor(StoreFixtures.lead) }
    private var alice: Actor { Actor(StoreFixtures.alice) }

    override func setUpWithError() throws {
        store = try StoreFixtures.teamStore()
    }

    private func ticket(_ title: String, contact: String = "zhangsan@example.cn", name: String = "张三") throws -> Ticket {
        try store.createTicket(StoreFixtures.draft(title, requester: name, contact: contact), by: lead, at: t0)
    }

    func testLinksAreListedFromBothSidesWithTheLinkedTicketsStatus() throws {
        let outage = try ticket("三楼网络中断")
        let a = try ticket("打印机脱机")
        let b = try ticket("无法访问共享盘")
        try store.linkTickets(outage.id, to: a.id, kind: .parentOf, by: lead, at: t0 + 60)
        try store.linkTickets(b.id, to: a.id, kind: .related, by: lead, at: t0 + 120)
        _ = try store.perform(.resolve("重启交换机"), on: a.id, expectedVersion: nil, by: lead, at: t0 + 180)
        let fromA = try store.links(ticketID: a.id)
        XCTAssertEqual(fromA.map(\.relation), [.parent, .related])
        XCTAssertEqual(fromA.map(\.id), [outage.id, b.id])
        let children = try store.links(ticketID: outage.id)
        XCTAssertEqual(children.map(\.relation), [.child])
        XCTAssertEqual(children.first?.status, .resolved, "the linked ticket's status as it is now")
        XCTAssertEqual(try store.ticket(id: a.id).version, 2, "created, then resolved: links are not versions")
        let events = try store.events(ticketID: outage.id).filter { $0.field == "link" }
        XCTAssertEqual(events.map(\.newValue), ["parent of #\(a.id) 打印机脱机"])
        XCTAssertEqual(try store.events(ticketID: a.id).filter { $0.field == "link" }.map(\.newValue),
                       ["child of #\(outage.id) 三楼网络中断", "related to #\(b.id) 无法访问共享盘"])
    }

    func testRefusedLinksLeaveNothingBehind() throws {
        let a = try ticket("A"), b = try ticket("B"), c = try ticket("C")
        try store.linkTickets(a.id, to: b.id, kind: .parentOf, by: lead, at: t0)
        try store.linkTickets(b.id, to: c.id, kind: .parentOf, by: lead, at: t0)
        XCTAssertThrowsError(try store.linkTickets(c.id, to: a.id, kind: .parentOf, by: lead, at: t0)) { error in
            XCTAssertTrue("\(error)".contains("ancestor"), "\(error)")
        }
        XCTAssertThrowsError(try store.linkTickets(a.id, to: 999, kind: .related, by: lead, at: t0)) { error in
            XCTAssertEqual(error as? StoreError, .ticketNotFound(999))
        }
        XCTAssertEqual(try store.links(ticketID: a.id).count, 1)
        XCTAssertEqual(try store.links(ticketID: c.id).count, 1)
    }

    func testUnlinkWorksEitherWayAndIsAudited() throws {
        let a = try ticket("A"), b = try ticket("B")
        try store.linkTickets(a.id, to: b.id, kind: .duplicateOf, by: lead, at: t0)
        let removed = try store.unlinkTickets(b.id, a.id, by: lead, at: t0 + 60)
        XCTAssertEqual(removed.kind, .duplicateOf)
        XCTAssertEqual(try store.links(ticketID: a.id), [])
        XCTAssertEqual(try store.events(ticketID: b.id).last?.field, "unlink")
        XCTAssertEqual(try store.events(ticketID: b.id).last?.oldValue, "has duplicate #\(a.id) A")
        XCTAssertThrowsError(try store.unlinkTickets(a.id, b.id, by: lead, at: t0 + 120)) { error in
            XCTAssertEqual((error as? WorkflowError)?.message, "#\(a.id) and #\(b.id) are not linked")
        }
    }

    func testAgentsLinkOnlyWhenTheyMayWorkOneOfTheTickets() throws {
        let a = try ticket("A"), b = try ticket("B")
        _ = try store.perform(.assign(to: "bob", reason: nil), on: a.id, expectedVersion: nil, by: lead, at: t0)
        _ = try store.perform(.assign(to: "bob", reason: nil), on: b.id, expectedVersion: nil, by: lead, at: t0)
        XCTAssertThrowsError(try store.linkTickets(a.id, to: b.id, kind: .related, by: alice, at: t0 + 60))
        XCTAssertEqual(try store.deniedEvents().last?.actor, "alice", "the refusal is in the audit log")
        let c = try ticket("C")
        XCTAssertNoThrow(try store.linkTickets(a.id, to: c.id, kind: .related, by: alice, at: t0 + 60), "c is unassigned")
    }

    func testResolvingChildrenResolvesEachAndReportsConflictsPerTicket() throws {
        let parent = try ticket("机房断电"), x = try ticket("X"), y = try ticket("Y"), done = try ticket("Z")
        for child in [x, y, done] { try store.linkTickets(parent.id, to: child.id, kind: .parentOf, by: lead, at: t0) }
        _ = try store.perform(.resolve("already"), on: done.id, expectedVersion: nil, by: lead, at: t0)
        let open = try store.openChildren(of: parent.id)
        XCTAssertEqual(open.map(\.id), [x.id, y.id], "the resolved child is not offered")
        _ = try store.perform(.note("colleague's note"), on: y.id, expectedVersion: nil, by: lead, at: t0 + 30)
        let outcome = store.resolveChildren(open, resolution: "供电恢复", by: lead, at: t0 + 60)
        XCTAssertEqual(outcome.map(\.id), [x.id, y.id])
        XCTAssertNil(outcome[0].error)
        XCTAssertTrue(outcome[1].error?.contains("was changed by lilei") == true, outcome[1].error ?? "")
        XCTAssertEqual(try store.ticket(id: x.id).resolution, "供电恢复")
        XCTAssertEqual(try store.ticket(id: y.id).status, .new)
    }
}
