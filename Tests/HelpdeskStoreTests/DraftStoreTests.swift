import Foundation
import HelpdeskCore
@testable import HelpdeskStore
import XCTest

/// Unsent text kept per engineer, ticket and kind; never part of the audit log.
final class DraftStoreTests: XCTestCase {
    private let fx = StoreFixtures.self

    func testADraftIsReplacedRemovedAndKeptApartPerEngineerAndKind() throws {
        let store = try fx.teamStore()
        let ticket = try store.createTicket(fx.draft("打印机卡纸"), by: Actor(fx.alice), at: fx.monday10)
        let events = try store.timeline(ticketID: ticket.id).count
        try store.saveDraft(login: "alice", ticketID: ticket.id, kind: "reply", body: "您好", at: fx.monday10)
        try store.saveDraft(login: "alice", ticketID: ticket.id, kind: "reply", body: "您好，已处理", at: fx.monday10.addingTimeInterval(1))
        try store.saveDraft(login: "alice", ticketID: ticket.id, kind: "note", body: "换了硒鼓", at: fx.monday10.addingTimeInterval(2))
        try store.saveDraft(login: "bob", ticketID: ticket.id, kind: "reply", body: "bob's", at: fx.monday10)
        let alices = try store.drafts(login: "alice")
        XCTAssertEqual(alices.map(\.kind), ["note", "reply"], "newest first")
        XCTAssertEqual(alices.last?.body, "您好，已处理")
        XCTAssertEqual(try store.drafts(login: "bob").map(\.body), ["bob's"])
        try store.saveDraft(login: "alice", ticketID: ticket.id, kind: "note", body: "", at: fx.monday10)
        XCTAssertEqual(try store.drafts(login: "alice").map(\.kind), ["reply"], "an empty body removes the draft")
        XCTAssertEqual(try store.timeline(ticketID: ticket.id).count, events, "drafts are not ticket changes")
        XCTAssertEqual(try store.ticket(id: ticket.id).version, ticket.version)
    }

    func testADraftNeedsARealTicket() throws {
        let store = try fx.teamStore()
        XCTAssertNotNil(thrownError { try store.saveDraft(login: "alice", ticketID: 999, kind: "note", body: "x", at: fx.monday10) })
        XCTAssertEqual(try store.drafts(login: "alice"), [])
    }

    func testTheSchemaHasTheDraftsTable() throws {
        let store = try fx.teamStore()
        XCTAssertGreaterThanOrEqual(try store.schemaVersion(), 8, "drafts arrived in version 8")
        XCTAssertTrue(try store.writer.read { db in try db.tableExists("drafts") })
    }
}
