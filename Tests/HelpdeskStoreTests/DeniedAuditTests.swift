import Foundation
import HelpdeskCore
@testable import HelpdeskStore
import XCTest

final class DeniedAuditTests: XCTestCase {
    private let t0 = StoreFixtures.monday10

    func testARefusedTicketActionIsLoggedWithActorTicketAndMessage() throws {
        let store = try StoreFixtures.teamStore()
        let ticket = try store.createTicket(StoreFixtures.draft("显示器闪烁"), by: Actor(StoreFixtures.alice), at: t0)
        let error = thrownError {
            try store.perform(.assign(to: "bob", reason: nil), on: ticket.id, expectedVersion: nil,
                              by: Actor(StoreFixtures.alice), at: self.t0 + 60)
        }
        XCTAssertEqual(error as? WorkflowError, .denied("only a lead can assign tickets to other engineers; use take to assign yourself"))
        let denied = try store.deniedEvents()
        XCTAssertEqual(denied.count, 1)
        XCTAssertEqual(denied[0].actor, "alice")
        XCTAssertEqual(denied[0].ticketID, ticket.id)
        XCTAssertEqual(denied[0].at, t0 + 60)
        XCTAssertEqual(denied[0].newValue, "assign to bob")
        XCTAssertEqual(denied[0].reason, "not allowed: only a lead can assign tickets to other engineers; use take to assign yourself")
        XCTAssertEqual(try store.ticket(id: ticket.id).version, ticket.version, "the ticket itself is untouched")
        XCTAssertTrue(try store.events(ticketID: ticket.id).contains { $0.field == HelpdeskStore.deniedField },
                      "the refusal is in the ticket's own audit trail")
    }

    /// Handovers, desk settings and knowledge-base edits refuse in the store too, and every refusal is logged.
    func testHandoverSettingsAndArticleRefusalsAreLogged() throws {
        let store = try StoreFixtures.teamStore()
        let alice = Actor(StoreFixtures.alice), bob = Actor(StoreFixtures.bob)
        XCTAssertNotNil(thrownError { try store.saveHandover(note: "交班", by: alice, at: self.t0) })
        XCTAssertNotNil(thrownError { try store.setStaleBreachMinutes(30, by: alice, at: self.t0) })
        let id = try store.addArticle(title: "打印机脱机", body: "重启", category: .hardware, author: "alice", at: t0)
        var edited = try store.article(id: id)
        edited.body = "bob's text"
        XCTAssertNotNil(thrownError { try store.updateArticle(edited, by: bob, at: self.t0) })
        XCTAssertNotNil(thrownError { try store.restoreArticle(id, version: 1, by: bob, at: self.t0) })
        XCTAssertEqual(try store.deniedEvents().map(\.newValue),
                       ["kb restore #\(id) v1", "kb edit #\(id)", "settings set stale-breach-minutes", "handover new"], "newest first")
    }

    func testAnAgentsTicketImportIsRefusedInTheStoreAndLogged() throws {
        let store = try StoreFixtures.teamStore()
        var ticket = try store.createTicket(StoreFixtures.draft("导入样例"), by: Actor(StoreFixtures.alice), at: t0)
        ticket.id = 0
        XCTAssertEqual(thrownError { try store.importTickets([TicketRecord(ticket: ticket)], by: Actor(StoreFixtures.alice), at: self.t0) { _ in } }
                       as? WorkflowError, .denied(Permission.importTickets.denial))
        XCTAssertEqual(try store.ticketCount(), 1, "nothing imported")
        XCTAssertEqual(try store.deniedEvents().map(\.newValue), ["ticket import"])
        XCTAssertEqual(try store.importTickets([TicketRecord(ticket: ticket)], by: Actor(StoreFixtures.lead), at: t0) { _ in }.count, 1)
    }

    func testAnAgentsImportedArticleIsTheirsWhateverTheFileClaims() throws {
        let store = try StoreFixtures.teamStore()
        let file = KBArticleFile(id: nil, title: "VPN 排查", category: .network, tags: [], status: .published,
                                 author: "lilei", updated: nil, body: "检查证书")
        guard case let .created(id) = try store.importArticle(file, by: Actor(StoreFixtures.alice), at: t0) else {
            return XCTFail("a new article")
        }
        XCTAssertEqual(try store.article(id: id).author, "alice", "an agent cannot credit the lead with it")
        guard case let .created(kept) = try store.importArticle(file, by: Actor(StoreFixtures.lead), at: t0) else {
            return XCTFail("a new article")
        }
        XCTAssertEqual(try store.article(id: kept).author, "lilei", "a lead restoring an export keeps its authors")
    }

    func testOtherRefusalsAreLoggedWithoutATicketAndOrdinaryErrorsAreNot() throws {
        let store = try StoreFixtures.teamStore()
        let carol = Engineer(login: "carol", name: "Carol")
        XCTAssertNotNil(thrownError { try store.addEngineer(carol, by: Actor(StoreFixtures.lead), at: self.t0) })
        XCTAssertNotNil(thrownError { try store.addShift(Shift(name: "day", startMinute: 480, endMinute: 1200), by: Actor(StoreFixtures.lead)) })
        XCTAssertNotNil(thrownError { try store.setPriorityRules(PriorityRules(), by: Actor(StoreFixtures.lead), at: self.t0) })
        let ticket = try store.createTicket(StoreFixtures.draft("打印机卡纸"), by: Actor(StoreFixtures.alice), at: t0)
        XCTAssertNotNil(thrownError { try store.perform(.close, on: ticket.id, expectedVersion: nil, by: Actor(StoreFixtures.alice), at: self.t0) },
                        "an illegal transition is an error but not a denial")
        let denied = try store.deniedEvents()
        XCTAssertEqual(denied.map(\.newValue), ["change priority rules", "shift add day", "engineer add carol"], "newest first")
        XCTAssertEqual(denied.map(\.ticketID), [0, 0, 0])
        XCTAssertEqual(denied.map(\.actor), ["lilei", "lilei", "lilei"])
    }

    func testRecordingADenialForAMissingTicketKeepsItsNumber() throws {
        let store = try StoreFixtures.teamStore()
        try store.recordDenied(actor: "bob", at: t0, ticketID: 999, action: "reassign", message: "not allowed: test")
        let entry = try XCTUnwrap(try store.deniedEvents().last)
        XCTAssertEqual(entry.ticketID, 0)
        XCTAssertEqual(entry.newValue, "reassign #999")
    }
}
