import Foundation
import HelpdeskCore
@testable import HelpdeskTUI
import XCTest

/// The lead's keys end to end on the in-memory source: marking, reassigning the marked, moving
/// an engineer's tickets, the board, notices and SLA sweeps.
final class TeamConsoleTests: XCTestCase {
    private let lin = Actor(login: "lin", role: .lead, tier: .l2)

    /// lin's "All open" by due: #1042 (pinned), #1052, #1043, #1048, #1044, …
    private func markThree(_ app: ConsoleApp) {
        app.type([.char("j"), .char(" "), .char(" "), .char("j"), .char(" ")])
    }

    func testSpaceMarksMovesDownAndUnmarks() {
        let (app, terminal, _) = DetailFixtures.console()
        markThree(app)
        XCTAssertEqual(app.state.team.markedIDs, [1043, 1044, 1052])
        XCTAssertEqual(app.state.team.marked[1043], 1, "the version seen is kept for the reassignment")
        XCTAssertEqual(app.state.selectedID, 1045, "Space moves down after marking")
        XCTAssertEqual(app.state.message?.text, "3 marked: a reassigns them, u clears")
        XCTAssertTrue(terminal.text().contains { $0.contains("*") && $0.contains("#1043") }, "marked rows show a mark")
        XCTAssertTrue(terminal.text().last?.contains("3 marked") ?? false)
        app.type([.char("k"), .char(" ")])
        XCTAssertEqual(app.state.team.markedIDs, [1043, 1052], "Space on a marked ticket unmarks it")
        app.handle(.char("u"))
        XCTAssertTrue(app.state.team.marked.isEmpty)
        XCTAssertEqual(app.state.message?.text, "Cleared 2 marks")
        app.handle(.pageDown)
        XCTAssertEqual(app.state.cursor, app.state.total - 1, "PgDn still pages")
    }

    func testReassigningMarkedTicketsAsksAReasonAndAssignsEachOne() {
        let (app, terminal, source) = DetailFixtures.console()
        markThree(app)
        app.handle(.char("a"))
        guard case let .pick(picker)? = app.state.flow?.step else { return XCTFail("the ranked team opens") }
        XCTAssertEqual(picker.title, "Reassign 3 tickets")
        XCTAssertTrue(terminal.text().contains { $0.contains("eligible for") }, "each engineer with the engine's explanation")
        XCTAssertTrue(terminal.text().contains { $0.contains("erin: inactive") }, "ineligible ones shown with the reason")
        app.type("bob")
        app.handle(.enter)
        app.handle(.enter)
        guard case let .prompt(prompt)? = app.state.flow?.step else { return XCTFail("the reason prompt stays open") }
        XCTAssertTrue(prompt.isRequired, "#1044 is alice's: the reason is required")
        XCTAssertTrue(terminal.text().contains { $0.contains("is empty") })
        XCTAssertTrue(source.recordedCalls.isEmpty)
        app.type("alice 病假")
        app.handle(.enter)
        let assign = TicketAction.assign(to: "bob", reason: "alice 病假")
        XCTAssertEqual(source.recordedCalls, [1043, 1044, 1052].map { .perform(assign, id: $0, expectedVersion: 1, actor: lin) })
        XCTAssertEqual(app.state.message, ConsoleState.Message("3 reassigned to bob"))
        XCTAssertTrue(app.state.team.marked.isEmpty, "done marks are cleared")
        XCTAssertEqual(source.storedTicket(1044)?.assignee, "bob")
    }

    func testAConflictOnOneTicketIsReportedAndTheOthersGoThrough() {
        let (app, _, source) = DetailFixtures.console()
        markThree(app)
        source.update(id: 1044) { $0.title = "邮箱无法登录 (edited)" }
        app.handle(.char("a"))
        app.type("dave")
        app.handle(.enter)
        app.type("rebalance")
        app.handle(.enter)
        XCTAssertEqual(source.storedTicket(1043)?.assignee, "dave")
        XCTAssertEqual(source.storedTicket(1052)?.assignee, "dave")
        XCTAssertEqual(source.storedTicket(1044)?.assignee, "alice", "changed since it was marked: refused, not overwritten")
        XCTAssertEqual(app.state.message?.kind, .error)
        XCTAssertTrue(app.state.message?.text.hasPrefix("2 reassigned to dave, 1 refused: #1044 ") ?? false, app.state.message?.text ?? "")
    }

    func testAgentsMayNeitherOpenTheBoardNorReassign() {
        let (app, _, source) = DetailFixtures.console(user: "alice")
        app.handle(.char("B"))
        XCTAssertNil(app.state.team.board)
        XCTAssertEqual(app.state.message?.text, "Only leads and admins see the team board; ask your lead who has what")
        app.type([.char(" "), .char("a")])
        XCTAssertNil(app.state.flow)
        XCTAssertEqual(app.state.message?.text, "Only a lead can reassign tickets; use t to take a ticket yourself")
        XCTAssertEqual(source.recordedCalls.filter { if case .denied = $0 { return true } else { return false } },
                       [.denied(actor: "alice", ticketID: nil, action: "team board"),
                        .denied(actor: "alice", ticketID: nil, action: "reassign marked tickets")],
                       "both refusals are audited")
        XCTAssertTrue(source.teamData.sweeps.isEmpty, "agents' consoles do not sweep for SLA alerts")
    }

    func testBoardShowsTheTeamAndMovesAllOfOneEngineersTickets() {
        let (app, terminal, source) = DetailFixtures.console()
        source.teamData.onShift = ["bob", "dave", "lin"]
        app.handle(.function(4))
        let board = try? XCTUnwrap(app.state.team.board)
        XCTAssertEqual(app.state.focus, .board)
        XCTAssertEqual(board?.rows.map(\.engineer.login), ["alice", "bob", "carol", "dave", "frank", "lin"])
        XCTAssertEqual(board?.rows.first?.loadText, "4/8")
        XCTAssertFalse(board?.rows[2].isOnShift ?? true, "carol is not on a shift")
        XCTAssertEqual(board?.unassigned.map(\.id), [1052, 1043, 1049, 1047])
        XCTAssertTrue(terminal.text().contains { $0.contains("Team (6)") })
        app.handle(.char("m"))
        guard case .prompt? = app.state.flow?.step else { return XCTFail("a reason is asked first") }
        app.type("alice 病假")
        app.handle(.enter)
        guard case let .confirm(question)? = app.state.flow?.step else { return XCTFail("then a confirmation") }
        XCTAssertTrue(question.text.hasPrefix("Move alice's 4 open tickets"), question.text)
        app.handle(.char("y"))
        let targets = source.recordedCalls.compactMap { call -> String? in
            guard case let .perform(.assign(to, reason), _, _, _) = call else { return nil }
            XCTAssertEqual(reason, "alice 病假")
            return to
        }
        XCTAssertFalse(targets.isEmpty)
        XCTAssertFalse(targets.contains("alice"))
        XCTAssertFalse(targets.contains("carol"), "off shift")
        XCTAssertTrue(app.state.message?.text.hasPrefix("alice: ") ?? false, app.state.message?.text ?? "")
        let summary = app.state.message?.text ?? "-"
        XCTAssertTrue(terminal.text().contains { $0.contains(summary) }, "the whole summary is on screen: \(summary)")
        XCTAssertEqual(app.state.team.board?.rows.first?.openTickets, 4 - targets.count, "the board reloads after the move")
    }

    func testBoardKeysMoveBetweenListsAndMarkTickets() {
        let (app, _, source) = DetailFixtures.console()
        app.handle(.char("B"))
        app.handle(.char(" "))
        XCTAssertEqual(app.state.message?.kind, .error, "Space on an engineer explains itself")
        app.handle(.tab)
        XCTAssertEqual(app.state.team.board?.section, .unassigned)
        app.type([.char(" "), .char(" ")])
        XCTAssertEqual(app.state.team.markedIDs, [1043, 1052])
        app.handle(.char("r"))
        XCTAssertNil(app.state.flow, "single-ticket actions wait until the board is closed")
        app.handle(.char("a"))
        app.type("dave")
        app.handle(.enter)
        app.handle(.enter)
        XCTAssertEqual(source.recordedCalls.count, 2, "unassigned tickets need no reason")
        app.handle(.escape)
        XCTAssertNil(app.state.team.board)
        XCTAssertEqual(app.state.focus, .queue)
    }

    func testNoticesShowInTheStatusBarAndNMarksThemRead() {
        let source = DetailFixtures.source()
        source.teamData.add(Notice(id: 7, recipient: "lin", ticketID: 1043, kind: .assigned,
                                   text: "#1043 P2 assigned to you by wang.fang (值班调整): Printer", createdAt: Fixtures.now))
        source.teamData.add(Notice(id: 8, recipient: "alice", ticketID: 1044, kind: .assigned, text: "not lin's", createdAt: Fixtures.now))
        let (app, terminal, _) = DetailFixtures.console(source: source)
        XCTAssertTrue(terminal.text().last?.contains("1 new notice (N)") ?? false)
        app.handle(.char("N"))
        XCTAssertTrue(terminal.text().contains { $0.contains("assigned to you by wang.fang (值班调整)") })
        XCTAssertNotNil(source.teamData.notices[0].readAt, "opening the list marks them read")
        XCTAssertNil(source.teamData.notices[1].readAt, "others' notices are untouched")
        app.handle(.char("j"))
        XCTAssertNil(app.state.team.noticeList, "any key closes the list")
        XCTAssertEqual(app.state.selectedID, 1042, "and does nothing else")
        XCTAssertFalse(terminal.text().last?.contains("notice") ?? true)
        app.handle(.char("N"))
        XCTAssertEqual(app.state.message?.text, "No new notices")
    }

    func testLeadConsolesSweepForSLAAlertsToTheShiftLead() {
        let source = DetailFixtures.source()
        source.teamData.shiftLead = "lin"
        source.teamData.pendingAlerts = [Notice(id: 1, recipient: "lin", ticketID: 1052, kind: .breached,
                                                text: "#1052 P2 breached its SLA (unassigned): Phishing", createdAt: Fixtures.now)]
        let (app, terminal, _) = DetailFixtures.console(source: source)
        XCTAssertEqual(source.teamData.sweeps.count, 1)
        XCTAssertEqual(source.teamData.sweeps.first?.1, "lin", "the shift lead from the source")
        XCTAssertEqual(app.state.team.notices.map(\.ticketID), [1052], "a sweep that wrote notices reloads them")
        XCTAssertTrue(terminal.text().last?.contains("1 new notice") ?? false)
        app.tick()
        XCTAssertEqual(source.teamData.sweeps.count, 1, "not again before the counts interval")
    }
}
