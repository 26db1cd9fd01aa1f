import Foundation
import HelpdeskCore
import HelpdeskStore
@testable import HelpdeskTUI
import XCTest

/// Linked and merged tickets and the requester history in the console, over a real store.
final class LinkConsoleTests: XCTestCase {
    private let now = Fixtures.now
    private var store: HelpdeskStore!
    private let lin = Engineer(login: "lin", name: "林", role: .lead, tier: .l2)
    private let alice = Engineer(login: "alice", name: "Alice", role: .agent, tier: .l1)

    override func setUpWithError() throws {
        store = try HelpdeskStore.temporary()
        let admin = Engineer(login: "root_admin", name: "Admin", role: .admin, tier: .l2)
        try store.addEngineer(admin, by: Actor(admin), at: now)
        try store.addEngineer(lin, by: Actor(admin), at: now)
        try store.addEngineer(alice, by: Actor(admin), at: now)
        let wang = Requester(name: "王伟", contact: "wang.wei@example.cn", organisation: "财务部")
        let li = Requester(name: "李娜", contact: "li.na@example.cn")
        let lead = Actor(lin)
        func add(_ title: String, _ who: Requester, hoursAgo: Double) throws -> Ticket {
            try store.createTicket(NewTicket(title: title, description: "详细描述：\(title)", requester: who, category: .network),
                                   by: lead, at: now.addingTimeInterval(-hoursAgo * 3_600))
        }
        let outage = try add("全楼网络中断，无法访问内网", wang, hoursAgo: 3)        // #1
        let printer = try add("三楼打印机脱机", wang, hoursAgo: 2)                   // #2
        let mail = try add("邮箱无法登录，提示密码错误", wang, hoursAgo: 20 * 24)    // #3
        let vpn = try add("VPN 连不上 from home", li, hoursAgo: 1)                  // #4
        _ = try store.perform(.resolve("重置了密码"), on: mail.id, expectedVersion: nil, by: lead, at: now.addingTimeInterval(-19 * 86_400))
        try store.recordSurvey(ticketID: mail.id, score: 2, comment: "太慢了", by: lead, at: now.addingTimeInterval(-18 * 86_400))
        try store.linkTickets(outage.id, to: printer.id, kind: .parentOf, by: lead, at: now.addingTimeInterval(-3_000))
        try store.linkTickets(printer.id, to: vpn.id, kind: .related, by: lead, at: now.addingTimeInterval(-2_000))
        _ = try store.perform(.reply("请先重启 VPN 客户端"), on: vpn.id, expectedVersion: nil, by: lead, at: now.addingTimeInterval(-1_800))
    }

    private func console(cols: Int = 120, rows: Int = 40, selecting id: Int64, as who: Engineer? = nil) -> (ConsoleApp, HeadlessTerminal) {
        let user = who ?? lin
        let terminal = HeadlessTerminal(size: TerminalSize(rows: rows, cols: cols))
        let fixed = now
        let app = ConsoleApp(source: store, terminal: terminal,
                             configuration: ConsoleApp.Configuration(user: user.login, role: user.role, tier: user.tier,
                                                                     timeZone: Fixtures.shanghai),
                             now: { fixed })
        app.start()
        app.handle(.char(Character(String(QueueTabs.viewOrder.firstIndex(of: .open)! + 1))))
        app.handle(.char("s"))   // by priority
        app.handle(.char("s"))   // by updated
        app.handle(.char("s"))   // by id
        app.handle(.char("g"))
        while app.state.selectedID != id, app.state.cursor < app.state.total - 1 { app.handle(.char("j")) }
        XCTAssertEqual(app.state.selectedID, id)
        return (app, terminal)
    }

    private func screen(_ terminal: HeadlessTerminal) -> String { terminal.text().joined(separator: "\n") }

    func testDetailListsLinksWithTheLinkedTicketsStatus() {
        let (app, terminal) = console(selecting: 2)
        app.handle(.enter)
        let text = screen(terminal)
        XCTAssertTrue(text.contains("child of #1 new · 全楼网络中断"), text)
        XCTAssertTrue(text.contains("related to #4 new · VPN 连不上"), text)
        assertGolden(terminal.text(), named: "links-detail-120x40")
    }

    func testRequesterHistoryListsOpenFirstAndOpensATicket() {
        let (app, terminal) = console(selecting: 2)
        app.handle(.char("h"))
        let view = try? XCTUnwrap(app.state.requesterHistory)
        XCTAssertEqual(view?.history.tickets.map(\.id), [2, 1, 3], "open newest first, then the resolved one")
        XCTAssertEqual(view?.cursor, 0, "starts on the ticket it came from")
        let text = screen(terminal)
        XCTAssertTrue(text.contains("王伟 <wang.wei@example.cn> · 财务部"), text)
        XCTAssertTrue(text.contains("3 tickets · 2 open · satisfaction 2.0/5"), text)
        assertGolden(terminal.text(), named: "requester-history-120x40")
        app.handle(.char("G"))
        app.handle(.enter)
        XCTAssertNil(app.state.requesterHistory)
        XCTAssertEqual(app.state.selectedID, 3, "resolved #3 is not in All open, yet it is shown")
        XCTAssertEqual(app.state.detail?.ticket.id, 3)
        XCTAssertEqual(app.state.focus, .detail)
    }

    func testRequesterHistoryFitsANarrowScreen() {
        let (app, terminal) = console(cols: 80, rows: 24, selecting: 1)
        app.handle(.char("h"))
        XCTAssertNotNil(app.state.requesterHistory)
        assertGolden(terminal.text(), named: "requester-history-80x24")
        app.handle(.escape)
        XCTAssertNil(app.state.requesterHistory)
        XCTAssertEqual(app.state.selectedID, 1)
    }

    func testMergeShowsTheSourceInTheTargetsTimeline() throws {
        let (app, terminal) = console(selecting: 4)
        app.handle(.char("m"))
        for c in "#2" { app.handle(.char(c)) }
        app.handle(.enter)
        guard case let .confirm(question)? = app.state.flow?.step else { return XCTFail("expected the merge question") }
        XCTAssertEqual(question.title, "Merge #4 into #2?")
        app.handle(.char("y"))
        XCTAssertEqual(app.state.message?.text, "#4 merged into #2: its history shows in #2's timeline")
        XCTAssertEqual(try store.ticket(id: 4).status, .closed)
        XCTAssertEqual(app.state.detail?.ticket.id, 2)
        app.handle(.enter)
        app.handle(.char("G"))
        let text = screen(terminal)
        XCTAssertTrue(text.contains("[#4]"), text)
        XCTAssertTrue(text.contains("请先重启 VPN 客户端") || app.state.detail?.timeline.contains { if case let .comment(c) = $0 { c.ticketID == 4 } else { false } } == true)
        XCTAssertTrue(text.contains("李娜 <li.na@example.cn> · requester of #4 (merged)") || app.state.detail?.contacts.count == 1)
    }

    func testAnAgentCannotMergeSomeoneElsesTicketAndTheRefusalIsAudited() throws {
        let (app, _) = console(selecting: 4, as: alice)
        app.handle(.char("m"))
        XCTAssertNil(app.state.flow)
        XCTAssertEqual(app.state.message?.text, "Cannot merge #4: not allowed: #4 is unassigned; only a lead can merge tickets, or an agent who owns both")
        XCTAssertEqual(try store.deniedEvents().last?.actor, "alice")
    }

    func testLinkFormRefusesItselfAndLinksAsParent() throws {
        let (app, _) = console(selecting: 4)
        app.handle(.char("&"))
        app.handle(.char("j"))
        app.handle(.char("j"))   // child of
        app.handle(.enter)
        app.handle(.char("4"))
        app.handle(.enter)
        XCTAssertEqual(app.state.message?.text, "#4 is this ticket; type the number of the other one")
        app.handle(.backspace)
        app.handle(.char("1"))
        app.handle(.enter)
        XCTAssertNil(app.state.flow)
        XCTAssertEqual(app.state.message?.text, "#4 child of #1")
        XCTAssertEqual(try store.links(ticketID: 1).filter { $0.relation == .child }.map(\.id), [2, 4])
    }

    func testResolvingAParentOffersToResolveItsOpenChildren() throws {
        let (app, _) = console(selecting: 1)
        app.handle(.char("R"))
        for c in "核心交换机重启" { app.handle(.char(c)) }
        app.handle(.ctrl("s"))
        guard case let .confirm(question)? = app.state.flow?.step else { return XCTFail("expected the children question") }
        XCTAssertEqual(question.title, "Also resolve 1 open child (#2)? y/n")
        app.handle(.char("y"))
        XCTAssertEqual(app.state.message?.text, "Also resolved #2")
        XCTAssertEqual(try store.ticket(id: 2).status, .resolved)
        XCTAssertEqual(try store.ticket(id: 2).resolution, "核心交换机重启")
        XCTAssertEqual(app.state.flow?.kind, .knowledgeBase, "the article offer follows")
    }

    func testDecliningLeavesChildrenOpen() throws {
        let (app, _) = console(selecting: 1)
        app.handle(.char("R"))
        for c in "fixed" { app.handle(.char(c)) }
        app.handle(.ctrl("s"))
        app.handle(.char("n"))
        XCTAssertEqual(app.state.message?.text, "Left open: #2")
        XCTAssertEqual(try store.ticket(id: 2).status, .new)
        XCTAssertEqual(app.state.flow?.kind, .knowledgeBase)
    }
}
