import Foundation
import HelpdeskCore
@testable import HelpdeskStore
import XCTest

/// Saved views in the store: who sees which, names, replacing, sharing and removing, and their counts.
final class SavedViewStoreTests: XCTestCase {
    private let fx = StoreFixtures.self
    private var lead: Actor { Actor(fx.lead) }
    private var alice: Actor { Actor(fx.alice) }
    private var bob: Actor { Actor(fx.bob) }

    func testPrivateViewsAreTheOwnersSharedOnesEveryones() throws {
        let store = try fx.teamStore()
        try store.saveView(NewSavedView(name: "打印机", base: .open, filter: "打印机", sort: .priority), by: alice, at: fx.monday10)
        try store.saveView(NewSavedView(name: "VPN", base: .open, filter: "vpn", isShared: true), by: lead, at: fx.monday10 + 1)
        XCTAssertEqual(try store.savedViews(visibleTo: "alice").map(\.name), ["打印机", "VPN"], "in the order they were saved")
        XCTAssertEqual(try store.savedViews(visibleTo: "bob").map(\.name), ["VPN"])
        let printer = try store.savedView(named: "打印机", visibleTo: "alice")
        XCTAssertEqual(printer.base, .open)
        XCTAssertEqual(printer.filter, "打印机")
        XCTAssertEqual(printer.sort, .priority)
        XCTAssertFalse(printer.isShared)
        XCTAssertEqual(printer.createdAt, fx.monday10)
        XCTAssertThrowsError(try store.savedView(named: "打印机", visibleTo: "bob")) { error in
            XCTAssertEqual((error as? WorkflowError)?.message, "no saved view named “打印机” (see: helpdesk view list)")
        }
    }

    func testANameInUseIsRefusedUnlessReplacedInPlace() throws {
        let store = try fx.teamStore()
        let first = try store.saveView(NewSavedView(name: "网络", base: .open, filter: "网络"), by: alice, at: fx.monday10)
        let error = thrownError { try store.saveView(NewSavedView(name: "网络", base: .mine), by: self.alice, at: self.fx.monday10) }
        XCTAssertEqual((error as? WorkflowError)?.message, "you already have a view named “网络”; choose another name or replace it")
        let replaced = try store.saveView(NewSavedView(name: "网络", base: .mine, filter: "vpn", sort: .updated), replacing: true,
                                          by: alice, at: fx.monday10 + 60)
        XCTAssertEqual(replaced.id, first.id, "the tab keeps its place")
        XCTAssertEqual(try store.savedViews(visibleTo: "alice"), [replaced])
        XCTAssertEqual(replaced.createdAt, fx.monday10)
        XCTAssertNoThrow(try store.saveView(NewSavedView(name: "网络", base: .open), by: bob, at: fx.monday10), "names are per owner")
    }

    func testOnlyLeadsShareAndTheRefusalIsAudited() throws {
        let store = try fx.teamStore()
        let error = thrownError { try store.saveView(NewSavedView(name: "VPN", base: .open, isShared: true), by: self.alice, at: self.fx.monday10) }
        XCTAssertEqual(error as? WorkflowError, .denied("only a lead can share saved views with the team"))
        XCTAssertEqual(try store.savedViews(visibleTo: "alice"), [])
        XCTAssertEqual(try store.deniedEvents().last?.newValue, "view save VPN")
        XCTAssertEqual(try store.deniedEvents().last?.actor, "alice")
    }

    func testASharedNameIsUniqueAcrossOwners() throws {
        let store = try fx.teamStore()
        try store.saveView(NewSavedView(name: "P1", base: .open, isShared: true), by: lead, at: fx.monday10)
        let error = thrownError { try store.saveView(NewSavedView(name: "P1", base: .open, isShared: true), by: Actor(self.fx.admin), at: self.fx.monday10) }
        XCTAssertEqual((error as? WorkflowError)?.message, "lilei already shares a view named “P1”; choose another name")
        // A private view of the same name is fine; the owner's own comes first, --shared picks the team's.
        let mine = try store.saveView(NewSavedView(name: "P1", base: .mine), by: alice, at: fx.monday10)
        XCTAssertEqual(try store.savedView(named: "P1", visibleTo: "alice").id, mine.id)
        XCTAssertEqual(try store.savedView(named: "P1", shared: true, visibleTo: "alice").owner, "lilei")
    }

    func testRemovingAndUnsharingFollowThePolicy() throws {
        let store = try fx.teamStore()
        let shared = try store.saveView(NewSavedView(name: "VPN", base: .open, filter: "vpn", isShared: true), by: lead, at: fx.monday10)
        let own = try store.saveView(NewSavedView(name: "mine P1", base: .mine), by: alice, at: fx.monday10)
        let agentError = thrownError { try store.removeSavedView(id: shared.id, by: self.alice, at: self.fx.monday10) }
        XCTAssertEqual(agentError as? WorkflowError,
                       .denied("“VPN” was shared by lilei; only its owner, a lead or an admin can change or remove it"))
        XCTAssertEqual(try store.deniedEvents().last?.newValue, "view remove VPN")
        let hidden = thrownError { try store.removeSavedView(id: own.id, by: self.bob, at: self.fx.monday10) }
        XCTAssertEqual((hidden as? WorkflowError)?.message, "there is no saved view #\(own.id) (see: helpdesk view list)",
                       "another engineer's private view is not even named")
        let unshared = try store.unshareSavedView(id: shared.id, by: Actor(fx.admin), at: fx.monday10 + 5)
        XCTAssertFalse(unshared.isShared)
        XCTAssertEqual(try store.savedViews(visibleTo: "bob"), [], "off the team's tabs")
        XCTAssertEqual(try store.savedViews(visibleTo: "lilei").map(\.name), ["VPN"], "still the owner's")
        XCTAssertEqual(try store.removeSavedView(id: own.id, by: alice, at: fx.monday10).name, "mine P1")
        XCTAssertEqual(try store.savedViews(visibleTo: "alice"), [])
        let log = try store.writer.read { db in try String.fetchAll(db, sql: "SELECT field FROM events WHERE field LIKE 'view.%' ORDER BY id") }
        XCTAssertEqual(log, ["view.shared", "view.unshared"], "shared views' changes are audited; private ones are personal")
    }

    func testOneEngineerKeepsAtMostTwentyViews() throws {
        let store = try fx.teamStore()
        for n in 1...SavedViewRules.viewsPerOwner {
            try store.saveView(NewSavedView(name: "v\(n)", base: .open), by: alice, at: fx.monday10)
        }
        let error = thrownError { try store.saveView(NewSavedView(name: "one more", base: .open), by: self.alice, at: self.fx.monday10) }
        XCTAssertEqual((error as? WorkflowError)?.message, "you have 20 saved views, the most one engineer may keep; remove one first")
        XCTAssertNoThrow(try store.saveView(NewSavedView(name: "v3", base: .mine), replacing: true, by: alice, at: fx.monday10))
    }

    func testCountsAreTheFilteredTotalsCappedLikeAFilteredPage() throws {
        let store = try fx.teamStore(options: StoreOptions(filteredTotalCap: 3, filterProbeRows: 2))
        for n in 1...5 { _ = try store.createTicket(fx.draft("打印机卡纸 \(n)"), by: alice, at: fx.monday10) }
        _ = try store.createTicket(fx.draft("VPN 连不上"), by: alice, at: fx.monday10)
        let printer = try store.saveView(NewSavedView(name: "打印机", base: .open, filter: "打印机"), by: alice, at: fx.monday10)
        let vpn = try store.saveView(NewSavedView(name: "VPN", base: .open, filter: "vpn"), by: alice, at: fx.monday10)
        let all = try store.saveView(NewSavedView(name: "everything", base: .open), by: alice, at: fx.monday10)
        let counts = try store.savedViewCounts([printer, vpn, all], login: "alice", now: fx.monday10)
        XCTAssertEqual(counts, [printer.id: 3, vpn.id: 1, all.id: 6], "filtered counts stop at the cap; unfiltered ones are exact")
        let page = try store.queue(printer.query(login: "alice", limit: 10, now: fx.monday10))
        XCTAssertEqual(page.rows.count, 5)
        XCTAssertTrue(page.rows.allSatisfy { $0.title.contains("打印机") })
    }

    func testTheMigrationAddsTheTable() throws {
        let store = try fx.teamStore()
        XCTAssertGreaterThanOrEqual(try store.schemaVersion(), 14)
        XCTAssertTrue(try store.writer.read { db in try db.tableExists("saved_views") })
    }
}
