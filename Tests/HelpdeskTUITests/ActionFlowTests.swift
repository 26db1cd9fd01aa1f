import HelpdeskCore
@testable import HelpdeskTUI
import XCTest

/// Key sequences on the console, and the store call each one ends in.
final class ActionFlowTests: XCTestCase {
    private let lin = Actor(login: "lin", role: .lead, tier: .l2)
    private let alice = Actor(login: "alice", role: .agent, tier: .l1)
    /// Keys that select #1043 in lin's "All open" view (#1042, #1052, #1043, …).
    private let toPrinter: [Key] = [.char("j"), .char("j")]

    func testTakeAssignsTheSelectedTicketAndKeepsTheSelection() {
        let (app, terminal, source) = DetailFixtures.console()
        app.type(toPrinter + [.char("t")])
        XCTAssertEqual(source.recordedCalls, [.perform(.take, id: 1043, expectedVersion: 1, actor: lin)])
        XCTAssertEqual(app.state.message, ConsoleState.Message("You took #1043"))
        XCTAssertEqual(app.state.selectedID, 1043, "the selection stays on the ticket")
        XCTAssertEqual(app.state.detail?.ticket.assignee, "lin", "the detail shows the change at once")
        XCTAssertEqual(app.state.detail?.ticket.status, .assigned)
        XCTAssertTrue(terminal.text().joined().contains("You took #1043"))
    }

    func testATicketTakenOutOfTheViewStaysSelectedUntilTheUserMoves() {
        let (app, terminal, source) = DetailFixtures.console()
        app.type([.char("2"), .char("j"), .char("t")])
        XCTAssertEqual(app.state.selectedID, 1043, "the taken ticket is still the one being worked")
        XCTAssertFalse(terminal.text().contains { $0.contains("#1043 ") && $0.contains("Printer") }, "it left Unassigned")
        app.handle(.char("r"))
        app.type("马上来")
        app.handle(.ctrl("s"))
        XCTAssertEqual(source.recordedCalls.last, .perform(.reply("马上来"), id: 1043, expectedVersion: 2, actor: lin),
                       "the next action is on the taken ticket, not on the row that moved into its place")
        app.handle(.char("j"))
        XCTAssertEqual(app.state.selectedID, app.state.rows[app.state.cursor - app.state.top].id)
        XCTAssertEqual(app.state.selectedID, 1049, "j lands on the ticket that moved up into its place")
    }

    func testReplyWithChineseTextGoesThroughPerform() {
        let (app, terminal, source) = DetailFixtures.console()
        app.handle(.char("r"))
        app.type("王先生您好，网络已恢复。")
        app.handle(.enter)
        app.type("请确认。")
        app.handle(.ctrl("s"))
        XCTAssertEqual(source.recordedCalls, [.perform(.reply("王先生您好，网络已恢复。\n请确认。"), id: 1042, expectedVersion: 7, actor: lin)])
        XCTAssertNil(app.state.flow)
        XCTAssertEqual(app.state.message?.text, "Reply added to #1042")
        XCTAssertEqual(app.state.detail?.ticket.version, 8)
        app.type([.enter, .char("G")])
        XCTAssertTrue(terminal.text().contains { $0.contains("请确认。") }, "the new reply is at the end of the timeline")
    }

    func testInternalNoteSavesWithF2() {
        let (app, _, source) = DetailFixtures.console()
        app.handle(.char("n"))
        app.type("已通知厂商")
        app.handle(.function(2))
        XCTAssertEqual(source.recordedCalls, [.perform(.note("已通知厂商"), id: 1042, expectedVersion: 7, actor: lin)])
    }

    func testStatusPickerOffersOnlyLegalMovesAndAsksForTheTextATargetNeeds() throws {
        let (app, _, source) = DetailFixtures.console()
        app.handle(.char("S"))
        guard case let .pick(picker)? = app.state.flow?.step else { return XCTFail("no picker") }
        XCTAssertEqual(picker.items.map(\.value), Lifecycle.nextStatuses(from: .inProgress).map { .status($0) })
        app.type("res")
        app.handle(.enter)
        guard case let .prompt(prompt)? = app.state.flow?.step else { return XCTFail("no prompt for the resolution") }
        XCTAssertTrue(prompt.isMultiLine)
        XCTAssertTrue(source.recordedCalls.isEmpty, "nothing is saved before the last step")
        app.type("更换了电源模块")
        app.handle(.ctrl("s"))
        XCTAssertEqual(source.recordedCalls, [.perform(.changeStatus(.resolved, text: "更换了电源模块"), id: 1042, expectedVersion: 7, actor: lin)])
        guard case .pick? = app.state.flow?.step, app.state.flow?.kind == .knowledgeBase else {
            return XCTFail("resolving offers a knowledge-base article")
        }
    }

    func testStatusWithoutTextIsOneStep() {
        let (app, _, source) = DetailFixtures.console()
        app.type([.char("S"), .enter])
        XCTAssertEqual(source.recordedCalls, [.perform(.changeStatus(.pendingCustomer, text: nil), id: 1042, expectedVersion: 7, actor: lin)])
        XCTAssertEqual(app.state.message?.text, "#1042 is now pending")
    }

    func testPickingAssignedInTheStatusPickerOpensTheAssignPicker() {
        let (app, _, source) = DetailFixtures.console()
        app.type(toPrinter + [.char("S"), .enter])
        XCTAssertEqual(app.state.flow?.kind, .assign)
        XCTAssertTrue(source.recordedCalls.isEmpty)
    }

    func testResolveThenCreateAKnowledgeBaseArticle() {
        let (app, _, source) = DetailFixtures.console()
        app.handle(.char("R"))
        app.type("更换交换机电源模块后恢复")
        app.handle(.ctrl("s"))
        app.handle(.enter)
        guard case let .prompt(title)? = app.state.flow?.step else { return XCTFail("no title prompt") }
        XCTAssertEqual(title.text, DetailFixtures.outage.title, "the title is prefilled from the ticket")
        app.handle(.enter)
        guard case let .prompt(body)? = app.state.flow?.step else { return XCTFail("no body prompt") }
        XCTAssertTrue(body.text.hasPrefix("Problem\n全楼网络中断"))
        XCTAssertTrue(body.text.hasSuffix("Solution\n更换交换机电源模块后恢复"))
        app.handle(.ctrl("s"))
        XCTAssertEqual(source.recordedCalls.last, .article(title: DetailFixtures.outage.title, body: body.text, category: .network,
                                                           tags: ["outage", "floor3"], author: "lin"))
        XCTAssertEqual(app.state.message?.text, "Knowledge-base article #1 written from #1042 and linked to it")
        XCTAssertNil(app.state.flow)
    }

    func testResolveWithXAndSkipTheArticle() {
        let (app, _, source) = DetailFixtures.console()
        app.handle(.char("x"))
        app.type("done")
        app.type([.ctrl("s"), .char("j"), .enter])
        XCTAssertEqual(source.recordedCalls.count, 1)
        XCTAssertEqual(app.state.message?.text, "No knowledge-base article written for #1042")
    }

    func testAssignPickerRanksTheTeamAndALeadMayGiveAReason() {
        let (app, _, source) = DetailFixtures.console()
        app.type(toPrinter + [.char("a")])
        guard case let .pick(picker)? = app.state.flow?.step else { return XCTFail("no picker") }
        XCTAssertEqual(picker.items.map(\.label).first, "Dave Chen 陈达", "the engine's pick comes first")
        XCTAssertEqual(picker.items.first?.detail, "dave: hardware, L1, load 0/8")
        XCTAssertEqual(picker.items.last?.detail, "erin: inactive")
        XCTAssertTrue(picker.items.last?.isDimmed ?? false, "ineligible engineers are dimmed")
        XCTAssertTrue(picker.note?.hasPrefix("Suggested: dave") ?? false)
        app.handle(.enter)
        app.handle(.enter)
        XCTAssertEqual(source.recordedCalls, [.perform(.assign(to: "dave", reason: nil), id: 1043, expectedVersion: 1, actor: lin)])
        XCTAssertEqual(app.state.message?.text, "#1043 assigned to dave")
    }

    func testAssignPickerPassesOverEngineersOffShift() {
        let source = DetailFixtures.source()
        source.teamData.onShift = Set(source.team.map(\.login)).subtracting(["dave"])
        let (app, _, _) = DetailFixtures.console(source: source)
        app.type(toPrinter + [.char("a")])
        guard case let .pick(picker)? = app.state.flow?.step else { return XCTFail("no picker") }
        XCTAssertNotEqual(picker.items.first?.detail, "dave: hardware, L1, load 0/8", "dave is off shift")
        let dave = picker.items.first { $0.detail.hasPrefix("dave:") }
        XCTAssertEqual(dave?.detail, "dave: off shift")
        XCTAssertTrue(dave?.isDimmed ?? false)
    }

    func testEscalatingThroughTheStatusPickerAsksForTheRequestersDataToo() {
        let (app, _, source) = DetailFixtures.console()
        app.handle(.char("S"))
        guard case let .pick(picker)? = app.state.flow?.step,
              let index = picker.items.firstIndex(where: { $0.value == .status(.escalated) }) else { return XCTFail("no escalated choice") }
        for _ in 0..<index { app.handle(.down) }
        app.handle(.enter)
        app.type("重启无效")
        app.handle(.ctrl("s"))
        XCTAssertTrue(source.recordedCalls.isEmpty)
        app.type("错误码 0x5")
        app.handle(.ctrl("s"))
        XCTAssertEqual(source.recordedCalls, [.perform(.escalate(details: "重启无效", requesterData: "错误码 0x5"),
                                                       id: 1042, expectedVersion: 7, actor: lin)])
    }

    func testReassigningNeedsAReason() {
        let (app, _, source) = DetailFixtures.console()
        app.handle(.char("a"))
        app.type("bob")
        app.handle(.enter)
        app.handle(.enter)
        XCTAssertTrue(source.recordedCalls.isEmpty, "an empty reason for reassigning is refused")
        app.type("二线接手")
        app.handle(.enter)
        XCTAssertEqual(source.recordedCalls, [.perform(.assign(to: "bob", reason: "二线接手"), id: 1042, expectedVersion: 7, actor: lin)])
    }

    func testEscalateTakesMultiLineDetails() {
        let (app, _, source) = DetailFixtures.console()
        app.handle(.char("e"))
        app.type("已重启交换机")
        app.handle(.enter)
        app.type("Ping loss 30%")
        app.handle(.ctrl("s"))
        XCTAssertTrue(source.recordedCalls.isEmpty, "the requester's data is asked for next")
        app.handle(.ctrl("s"))
        XCTAssertTrue(source.recordedCalls.isEmpty, "empty requester data is refused")
        app.type("截图: ping.png")
        app.handle(.ctrl("s"))
        XCTAssertEqual(source.recordedCalls, [.perform(.escalate(details: "已重启交换机\nPing loss 30%", requesterData: "截图: ping.png"),
                                                       id: 1042, expectedVersion: 7, actor: lin)])
        XCTAssertEqual(app.state.message?.text, "#1042 escalated to L2")
    }

    func testReopenAResolvedTicketWithAReason() {
        let (app, _, source) = DetailFixtures.console()
        app.type([.char("7"), .char("o")])
        app.type("打印仍然失败")
        app.handle(.enter)
        XCTAssertEqual(source.recordedCalls, [.perform(.reopen(reason: "打印仍然失败"), id: 1051, expectedVersion: 1, actor: lin)])
    }

    func testLogTimeParsesDurationsAndRefusesNonsense() {
        let (app, _, source) = DetailFixtures.console()
        app.handle(.char("l"))
        app.type("soon")
        app.handle(.enter)
        XCTAssertEqual(app.state.message?.kind, .error)
        XCTAssertNotNil(app.state.flow, "the prompt stays for a second try")
        app.type([Key](repeating: .backspace, count: 4))
        app.type("1h30m")
        app.handle(.enter)
        app.type("排查交换机")
        app.handle(.enter)
        XCTAssertEqual(source.recordedCalls, [.perform(.logTime(minutes: 90, note: "排查交换机"), id: 1042, expectedVersion: 7, actor: lin)])
    }

    func testImpactAndUrgencyArePickedFromTheCurrentLevels() {
        let (app, _, source) = DetailFixtures.console()
        app.handle(.char("i"))
        guard case let .pick(impact)? = app.state.flow?.step else { return XCTFail("no picker") }
        XCTAssertEqual(impact.highlighted?.value, .level(.critical), "the current impact is highlighted")
        app.type([.char("k"), .enter, .char("j"), .enter])
        XCTAssertEqual(source.recordedCalls, [.perform(.setImpactUrgency(impact: .high, urgency: .critical), id: 1042, expectedVersion: 7, actor: lin)])
    }

    func testTagsAreSplitOnCommasSpacesAndChinesePunctuation() {
        let (app, _, source) = DetailFixtures.console()
        app.handle(.char("#"))
        guard case let .prompt(prompt)? = app.state.flow?.step else { return XCTFail("no prompt") }
        XCTAssertEqual(prompt.text, "outage, floor3", "the current tags are there to edit")
        app.handle(.ctrl("u"))
        app.type("网络，floor3 vpn、交换机")
        app.handle(.enter)
        XCTAssertEqual(source.recordedCalls, [.perform(.setTags(["网络", "floor3", "vpn", "交换机"]), id: 1042, expectedVersion: 7, actor: lin)])
    }

    func testMajorIncidentAsksFirst() {
        let (app, terminal, source) = DetailFixtures.console()
        app.handle(.char("M"))
        XCTAssertTrue(terminal.text().contains { $0.contains("Clear the major-incident flag of #1042?") })
        app.handle(.char("n"))
        XCTAssertTrue(source.recordedCalls.isEmpty, "no is no")
        app.type([.char("M"), .char("y")])
        XCTAssertEqual(source.recordedCalls, [.perform(.setMajorIncident(false), id: 1042, expectedVersion: 7, actor: lin)])
    }

    func testNewTicketForm() {
        let (app, terminal, source) = DetailFixtures.console()
        app.handle(.char("c"))
        app.type("三楼打印机卡纸")
        app.handle(.enter)
        app.type("李娜")
        app.handle(.enter)
        app.type("li.na@corp.example.cn")
        app.handle(.enter)
        app.handle(.enter)
        app.type("hard")
        app.handle(.enter)
        app.type([.enter, .char("j"), .enter])
        XCTAssertTrue(terminal.text().contains { $0.contains("Requester") && $0.contains("李娜") }, "the form shows what was entered")
        app.type("每天早上第一份文件卡纸")
        app.handle(.ctrl("s"))
        let draft = NewTicket(title: "三楼打印机卡纸", description: "每天早上第一份文件卡纸",
                              requester: Requester(name: "李娜", contact: "li.na@corp.example.cn"),
                              channel: .phone, category: .hardware, impact: .medium, urgency: .high)
        XCTAssertEqual(source.recordedCalls, [.create(draft, actor: lin)])
        XCTAssertEqual(app.state.message?.text, "Created #1053 (P2, unassigned)")
    }

    func testEscapeCancelsAPickerWithoutAStoreCall() {
        let (app, _, source) = DetailFixtures.console()
        app.type([.char("S"), .escape])
        XCTAssertNil(app.state.flow)
        XCTAssertTrue(source.recordedCalls.isEmpty)
        XCTAssertEqual(app.state.message?.text, "Cancelled: status #1042")
    }
}
