import Foundation
import HelpdeskCore
import HelpdeskStore
@testable import HelpdeskTUI
import XCTest

/// Text being typed is kept in the store as it is typed and offered back on the next start.
final class DraftKeeperTests: XCTestCase {
    func testTypingIsKeptAtMostHalfASecondBehind() {
        let (app, _, source) = DetailFixtures.console()
        app.handle(.char("n"))
        app.type("查过")
        XCTAssertEqual(source.storedDraft("lin", 1042, "note"), "查", "the first key is written at once")
        XCTAssertEqual(source.draftWrites, 1, "the next keys within half a second are not a write each")
        usleep(600_000)
        app.tick()
        XCTAssertEqual(source.storedDraft("lin", 1042, "note"), "查过", "an idle tick writes what was typed since")
        XCTAssertEqual(source.draftWrites, 2)
        app.tick()
        XCTAssertEqual(source.draftWrites, 2, "nothing new, nothing written")
    }

    /// The escalation asks twice; a console that dies at the second prompt keeps both texts.
    func testAnEscalationKeepsItsDetailsWhileTheRequestersDataIsTyped() {
        let (app, _, source) = DetailFixtures.console()
        app.handle(.char("e"))
        app.type("重启无效")
        app.handle(.ctrl("s"))
        app.type("错误码 0x5")
        usleep(600_000)
        app.tick()
        XCTAssertEqual(source.storedDraft("lin", 1042, "escalate"),
                       "重启无效\n\n" + DraftKeeper.requesterDataHeading + "\n错误码 0x5",
                       "the details answered at the first prompt are not dropped at the second")
    }

    func testTheNextStartOffersTheDraftBack() {
        let source = DetailFixtures.source()
        try? source.saveDraft(login: "lin", ticketID: 1042, kind: "reply", body: "您好，\n网络已恢复", at: Fixtures.now)
        try? source.saveDraft(login: "alice", ticketID: 1042, kind: "note", body: "not lin's", at: Fixtures.now)
        let (app, _, _) = DetailFixtures.console(source: source)
        XCTAssertEqual(app.state.message?.text, "Unsent draft: reply on #1042; open it on the ticket to continue")
        app.handle(.char("n"))
        guard case let .prompt(note)? = app.state.flow?.step else { return XCTFail("no prompt") }
        XCTAssertEqual(note.text, "", "alice's draft is hers")
        app.type([.escape])
        app.handle(.char("r"))
        guard case let .prompt(reply)? = app.state.flow?.step else { return XCTFail("no prompt") }
        XCTAssertEqual(reply.text, "您好，\n网络已恢复")
    }

    func testSendingOrDiscardingRemovesTheDraft() {
        let (app, _, source) = DetailFixtures.console()
        app.handle(.char("r"))
        app.type("已恢复")
        XCTAssertNotNil(source.storedDraft("lin", 1042, "reply"))
        app.handle(.ctrl("s"))
        XCTAssertEqual(app.state.message?.text, "Reply added to #1042")
        XCTAssertNil(source.storedDraft("lin", 1042, "reply"), "a sent reply leaves no draft")

        app.handle(.char("n"))
        app.type("半句话")
        usleep(600_000)
        app.tick()
        XCTAssertEqual(source.storedDraft("lin", 1042, "note"), "半句话")
        app.handle(.escape)
        app.handle(.char("y"))
        XCTAssertNil(source.storedDraft("lin", 1042, "note"), "text the user chose to throw away is not kept")
    }

    func testAConflictKeepsTheDraftInTheStore() throws {
        let (app, _, source) = DetailFixtures.console()
        app.handle(.char("r"))
        app.type("稍等")
        _ = try source.perform(.note("x"), on: 1042, expectedVersion: 7, by: Actor(login: "alice", role: .agent), at: Fixtures.now)
        app.handle(.ctrl("s"))
        XCTAssertNotNil(app.state.conflict)
        app.handle(.escape)
        XCTAssertEqual(source.storedDraft("lin", 1042, "reply"), "稍等", "cancelled on the conflict screen: kept for the next start too")
    }

    func testAFailingStoreIsReportedNotFatal() {
        let (app, _, source) = DetailFixtures.console()
        app.handle(.char("n"))
        source.fail(with: "disk full")
        app.type("x")
        XCTAssertEqual(app.state.message?.text, "Cannot keep your draft: disk full")
        XCTAssertNotNil(app.state.flow, "the prompt stays open")
    }
}
