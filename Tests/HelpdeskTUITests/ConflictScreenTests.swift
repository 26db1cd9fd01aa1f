import Foundation
import HelpdeskCore
@testable import HelpdeskTUI
import XCTest

/// Two engineers on one ticket: the second save meets the conflict screen, never a blind overwrite.
final class ConflictScreenTests: XCTestCase {
    private let lin = Actor(login: "lin", role: .lead, tier: .l2)
    private let alice = Actor(login: "alice", role: .agent, tier: .l1)

    /// lin types a reply on #1042 (version 7); alice meanwhile puts it on hold and notes why.
    private func conflictOnReply() throws -> (ConsoleApp, HeadlessTerminal, InMemoryDataSource) {
        let (app, terminal, source) = DetailFixtures.console()
        app.handle(.char("r"))
        app.type("已恢复，请确认")
        _ = try source.perform(.changeStatus(.pendingCustomer, text: nil), on: 1042, expectedVersion: 7, by: alice, at: Fixtures.now)
        _ = try source.perform(.note("等用户回电"), on: 1042, expectedVersion: 8, by: alice, at: Fixtures.now)
        app.handle(.ctrl("s"))
        return (app, terminal, source)
    }

    func testTheScreenShowsWhoChangedWhatSinceYourVersion() throws {
        let (app, _, source) = try conflictOnReply()
        let screen = try XCTUnwrap(app.state.conflict)
        XCTAssertNil(app.state.flow)
        XCTAssertEqual(screen.headline, "alice saved #1042 after you opened it (you had version 7, it is now 9)")
        XCTAssertEqual(screen.changeLines, ["09:00 alice  status in_progress → pending_customer", "09:00 alice  note added"])
        XCTAssertEqual(screen.yourChange, "your reply: 已恢复，请确认")
        XCTAssertEqual(screen.merge, .apply(.reply("已恢复，请确认")))
        XCTAssertEqual(screen.selected, .merge)
        XCTAssertEqual(source.storedTicket(1042)?.version, 9, "nothing of lin's was saved")
        app.handle(.char("x"))
        XCTAssertNotNil(app.state.conflict, "other keys do nothing: the screen waits for a choice")
    }

    func testMergeAddsTheReplyToTheTicketAsItIsNow() throws {
        let (app, _, source) = try conflictOnReply()
        app.handle(.char("m"))
        XCTAssertNil(app.state.conflict)
        XCTAssertEqual(source.recordedCalls.last, .perform(.reply("已恢复，请确认"), id: 1042, expectedVersion: 9, actor: lin))
        XCTAssertEqual(source.storedTicket(1042)?.status, .pendingCustomer, "alice's change stays")
        XCTAssertEqual(app.state.message?.text, "Reply added to #1042")
        app.handle(.char("r"))
        guard case let .prompt(prompt)? = app.state.flow?.step else { return XCTFail("no prompt") }
        XCTAssertEqual(prompt.text, "", "a merged reply leaves no draft")
    }

    func testRetryReopensTheFormWithYourTextOnTheReloadedTicket() throws {
        let (app, _, source) = try conflictOnReply()
        app.handle(.char("r"))
        XCTAssertNil(app.state.conflict)
        guard case let .prompt(prompt)? = app.state.flow?.step else { return XCTFail("no prompt") }
        XCTAssertEqual(prompt.text, "已恢复，请确认")
        XCTAssertEqual(app.state.flow?.ticket?.version, 9, "the form is based on the ticket as it is now")
        app.type("。")
        app.handle(.ctrl("s"))
        XCTAssertEqual(source.recordedCalls.last, .perform(.reply("已恢复，请确认。"), id: 1042, expectedVersion: 9, actor: lin))
    }

    func testCancelKeepsTheTextAsADraft() throws {
        let (app, _, source) = try conflictOnReply()
        let calls = source.recordedCalls.count
        app.handle(.escape)
        XCTAssertNil(app.state.conflict)
        XCTAssertEqual(source.recordedCalls.count, calls, "cancel saves nothing")
        XCTAssertEqual(app.state.message?.text, "Not saved; your reply on #1042 is kept as a draft (open it again to send)")
        app.handle(.char("r"))
        guard case let .prompt(prompt)? = app.state.flow?.step else { return XCTFail("no prompt") }
        XCTAssertEqual(prompt.text, "已恢复，请确认")
    }

    func testAStatusChangeThatNoLongerMakesSenseCannotBeMerged() throws {
        let (app, _, source) = DetailFixtures.console()
        app.handle(.char("R"))
        app.type("更换交换机端口")
        _ = try source.perform(.resolve("alice 已处理"), on: 1042, expectedVersion: 7, by: alice, at: Fixtures.now)
        app.handle(.ctrl("s"))
        let screen = try XCTUnwrap(app.state.conflict)
        XCTAssertEqual(screen.merge, .refuse("#1042 is already resolved"))
        XCTAssertEqual(screen.selected, .retry, "Merge is not offered first when it cannot work")
        XCTAssertEqual(screen.mergeLine, "Merge is not possible: #1042 is already resolved")
        let calls = source.recordedCalls.count
        app.handle(.char("m"))
        XCTAssertNotNil(app.state.conflict, "the screen stays")
        XCTAssertEqual(app.state.message, ConsoleState.Message("Cannot merge: #1042 is already resolved", kind: .error))
        XCTAssertEqual(source.recordedCalls.count, calls, "nothing is overwritten")
        app.handle(.right)
        XCTAssertEqual(app.state.conflict?.selected, .cancel)
        app.handle(.enter)
        XCTAssertNil(app.state.conflict)
        XCTAssertEqual(source.storedTicket(1042)?.resolution, "alice 已处理")
    }

    func testAMergeThatConflictsAgainOpensTheScreenAgain() throws {
        let (app, _, source) = try conflictOnReply()
        _ = try source.perform(.note("又一条"), on: 1042, expectedVersion: 9, by: alice, at: Fixtures.now)
        app.handle(.char("m"))
        let screen = try XCTUnwrap(app.state.conflict)
        XCTAssertEqual(screen.expected, 9)
        XCTAssertEqual(screen.current.version, 10)
        XCTAssertEqual(screen.changeLines, ["09:00 alice  note added"])
    }

    func testGoldenConflictScreen() throws {
        let (app, terminal, _) = try conflictOnReply()
        assertGolden(terminal.text(), named: "conflict-reply-120x40")
        app.handle(.right)
        XCTAssertEqual(app.state.conflict?.selected, .retry)
    }
}
