import HelpdeskCore
@testable import HelpdeskTUI
import XCTest

/// Actions that Core or the store refuse: the reason in the error colour, nothing lost.
final class ActionRefusalTests: XCTestCase {
    private let lin = Actor(login: "lin", role: .lead, tier: .l2)

    /// The style of the first cell of `text` on the bottom two rows.
    private func style(of text: String, in terminal: HeadlessTerminal) -> Style? {
        let lines = terminal.text()
        for y in (lines.count - 2)..<lines.count {
            guard let range = lines[y].range(of: text) else { continue }
            return terminal.screen.cell(y: y, x: DisplayWidth.width(of: lines[y][..<range.lowerBound]))?.style
        }
        return nil
    }

    func testAnAgentCannotAssignToOthersAndIsToldWhy() {
        let (app, terminal, source) = DetailFixtures.console(user: "alice")
        app.type([.char("3"), .char("j"), .char("j"), .char("a")])
        XCTAssertNil(app.state.flow, "no picker opens")
        XCTAssertEqual(source.recordedCalls, [.denied(actor: "alice", ticketID: 1043, action: "assign")])
        let text = "Cannot assign #1043: not allowed: only a lead can assign tickets to other engineers; use take to assign yourself"
        XCTAssertEqual(app.state.message, ConsoleState.Message(text, kind: .error))
        XCTAssertEqual(style(of: "Cannot assign", in: terminal), Style(.error))
    }

    func testAnAgentCannotReplyOnSomeoneElsesTicket() {
        let (app, _, source) = DetailFixtures.console(user: "alice")
        // All open: #1042 (alice), #1052, #1043, #1048 (carol).
        app.type([.char("3"), .char("j"), .char("j"), .char("j"), .char("r")])
        XCTAssertNil(app.state.flow, "the prompt does not open only to be refused later")
        XCTAssertEqual(source.recordedCalls, [.denied(actor: "alice", ticketID: 1048, action: "reply on")],
                       "the refusal is in the audit log, as the store's own refusals are")
        XCTAssertEqual(app.state.message?.kind, .error)
        XCTAssertTrue(app.state.message?.text.hasPrefix("Cannot reply on #1048: not allowed: #1048 is assigned to carol") ?? false)
    }

    func testIllegalMovesAreRefusedBeforeAnythingIsTyped() {
        let (app, _, source) = DetailFixtures.console()
        app.handle(.char("o"))
        XCTAssertNil(app.state.flow)
        XCTAssertTrue(source.recordedCalls.isEmpty, "an illegal move is not a denied permission: nothing to audit")
        XCTAssertEqual(app.state.message?.text,
                       "Cannot reopen #1042: an in_progress ticket cannot move to reopened (from in_progress it can go to: pending_customer, escalated, resolved, cancelled)")
    }

    func testCoreRefusalFromTheStoreShowsInTheErrorColour() {
        let (app, terminal, source) = DetailFixtures.console()
        app.handle(.char("l"))
        app.type("2000")
        app.handle(.enter)
        app.handle(.enter)
        XCTAssertEqual(source.recordedCalls.count, 1, "the call was made; Core refused it")
        XCTAssertEqual(app.state.message?.text,
                       "Cannot log time on #1042: logged time must be between 1 minute and 24 hours, not 2000 minutes")
        XCTAssertEqual(style(of: "Cannot log time", in: terminal), Style(.error))
        XCTAssertEqual(source.storedTicket(1042)?.version, 7, "nothing was saved")
    }

    func testAConcurrentChangeIsAConflictAndTheTextIsKept() {
        let (app, _, source) = DetailFixtures.console()
        app.handle(.char("r"))
        app.type("已恢复")
        // Another engineer saves the ticket while the reply is being typed.
        source.update(id: 1042) { $0.tags = ["outage"] }
        app.handle(.ctrl("s"))
        XCTAssertEqual(source.recordedCalls, [.perform(.reply("已恢复"), id: 1042, expectedVersion: 7, actor: lin)])
        XCTAssertEqual(app.state.message?.kind, .error)
        XCTAssertEqual(app.state.conflict?.headline, "zhao.min saved #1042 after you opened it (you had version 7, it is now 8)")
        XCTAssertEqual(app.state.detail?.ticket.version, 8, "the detail is reloaded to show the change")
        app.handle(.escape)
        XCTAssertNil(app.state.conflict, "cancelling the conflict screen keeps the text as a draft")
        app.handle(.char("r"))
        guard case let .prompt(prompt)? = app.state.flow?.step else { return XCTFail("no prompt") }
        XCTAssertEqual(prompt.text, "已恢复", "the refused reply comes back for the next try")
        app.handle(.ctrl("s"))
        XCTAssertEqual(source.recordedCalls.last, .perform(.reply("已恢复"), id: 1042, expectedVersion: 8, actor: lin))
        XCTAssertEqual(app.state.message?.text, "Reply added to #1042")
        app.handle(.char("r"))
        guard case let .prompt(fresh)? = app.state.flow?.step else { return XCTFail("no prompt") }
        XCTAssertEqual(fresh.text, "", "a sent reply leaves no draft behind")
    }

    func testDiscardingTypedTextAsksFirst() {
        let (app, _, source) = DetailFixtures.console()
        app.handle(.char("n"))
        app.type("半句话")
        app.handle(.escape)
        XCTAssertNotNil(app.state.flow, "Esc after typing asks before throwing the text away")
        app.handle(.char("y"))
        XCTAssertNil(app.state.flow)
        XCTAssertTrue(source.recordedCalls.isEmpty)
        app.handle(.char("n"))
        guard case let .prompt(prompt)? = app.state.flow?.step else { return XCTFail("no prompt") }
        XCTAssertEqual(prompt.text, "", "discarded text is gone")
    }

    func testNoTicketSelected() {
        let (app, _, source) = DetailFixtures.console(user: "dave")
        XCTAssertNil(app.state.selectedID, "dave has no tickets of his own")
        app.handle(.char("r"))
        XCTAssertEqual(app.state.message, ConsoleState.Message("No ticket selected", kind: .error))
        XCTAssertTrue(source.recordedCalls.isEmpty)
    }
}
