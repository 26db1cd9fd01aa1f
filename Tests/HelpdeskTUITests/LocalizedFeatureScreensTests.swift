import Foundation
import HelpdeskCore
import HelpdeskStore
@testable import HelpdeskTUI
import XCTest

/// The screens of linked tickets, requester history, saved views, reply templates and the conflict
/// screen in Simplified Chinese: goldens at 120×40, a failure for any key looked up without a
/// Chinese entry, and a failure for English words drawn without going through `tr` at all.
final class LocalizedFeatureScreensTests: XCTestCase {
    private let now = Fixtures.now
    private let lin = Engineer(login: "lin", name: "林", role: .lead, tier: .l2)

    override func setUp() {
        super.setUp()
        L10n.resetMissing()
    }

    override func tearDown() {
        XCTAssertEqual(L10n.missing.sorted(), [], "interface strings without a Chinese entry (add them to Localization/Catalog+*.swift)")
        super.tearDown()
    }

    /// Words of four or more Latin letters on screen that are not data the fixture typed: a string
    /// drawn without `tr` shows up here even though no lookup recorded it missing.
    private func assertNoEnglish(_ lines: [String], data: Set<String>, file: StaticString = #filePath, line: UInt = #line) {
        let always: Set<String> = ["helpdesk", "Enter", "Ctrl", "Bksp", "PgDn", "PgUp", "Home", "Left", "Right"]
        var found: [String] = []
        for text in lines {
            for match in text.matches(of: /[A-Za-z]{4,}/) where !always.contains(String(match.0)) && !data.contains(String(match.0)) {
                found.append(String(match.0))
            }
        }
        XCTAssertEqual(found, [], "English drawn on a Chinese screen:\n" + lines.joined(separator: "\n"), file: file, line: line)
    }

    /// The parts of `lines` inside box borders: what a dialog drawn over the queue shows.
    private func boxed(_ lines: [String]) -> [String] {
        let borders: Set<Character> = ["│", "┌", "└", "├"]
        return lines.compactMap { line in
            guard let first = line.firstIndex(where: borders.contains), let last = line.lastIndex(where: borders.contains) else { return nil }
            return String(line[first...last])
        }
    }

    /// #1 outage parent of #2 printer, #2 related to #4 VPN; #3 resolved with a low score; all but #4 from 王伟.
    private func linkedStore() throws -> HelpdeskStore {
        let store = try HelpdeskStore.temporary()
        let admin = Engineer(login: "root_admin", name: "Admin", role: .admin, tier: .l2)
        try store.addEngineer(admin, by: Actor(admin), at: now)
        try store.addEngineer(lin, by: Actor(admin), at: now)
        let wang = Requester(name: "王伟", contact: "wang.wei@example.cn", organisation: "财务部")
        let li = Requester(name: "李娜", contact: "li.na@example.cn")
        let lead = Actor(lin)
        func add(_ title: String, _ who: Requester, hoursAgo: Double) throws -> Ticket {
            try store.createTicket(NewTicket(title: title, description: "详细描述：\(title)", requester: who, category: .network),
                                   by: lead, at: now.addingTimeInterval(-hoursAgo * 3_600))
        }
        let outage = try add("全楼网络中断，无法访问内网", wang, hoursAgo: 3)
        let printer = try add("三楼打印机脱机", wang, hoursAgo: 2)
        let mail = try add("邮箱无法登录，提示密码错误", wang, hoursAgo: 20 * 24)
        let vpn = try add("VPN 连不上", li, hoursAgo: 1)
        _ = try store.perform(.resolve("重置了密码"), on: mail.id, expectedVersion: nil, by: lead, at: now.addingTimeInterval(-19 * 86_400))
        try store.recordSurvey(ticketID: mail.id, score: 2, comment: "太慢了", by: lead, at: now.addingTimeInterval(-18 * 86_400))
        try store.linkTickets(outage.id, to: printer.id, kind: .parentOf, by: lead, at: now.addingTimeInterval(-3_000))
        try store.linkTickets(printer.id, to: vpn.id, kind: .related, by: lead, at: now.addingTimeInterval(-2_000))
        return store
    }

    /// The console over `store` as lin, in All open sorted by id, with ticket #2 selected.
    private func console(_ store: HelpdeskStore) -> (ConsoleApp, HeadlessTerminal) {
        let terminal = HeadlessTerminal(size: TerminalSize(rows: 40, cols: 120))
        let fixed = now
        let app = ConsoleApp(source: store, terminal: terminal,
                             configuration: ConsoleApp.Configuration(user: lin.login, role: lin.role, tier: lin.tier, timeZone: Fixtures.shanghai),
                             now: { fixed })
        app.start()
        app.handle(.char(Character(String(QueueTabs.viewOrder.firstIndex(of: .open)! + 1))))
        for _ in 0..<3 { app.handle(.char("s")) }
        app.handle(.char("g"))
        while app.state.selectedID != 2, app.state.cursor < app.state.total - 1 { app.handle(.char("j")) }
        return (app, terminal)
    }

    func testTicketDetailWithLinks() throws {
        try L10n.with(.zh) {
            let (app, terminal) = console(try linkedStore())
            app.handle(.enter)
            let text = terminal.text()
            XCTAssertTrue(text.contains { $0.contains("关联") && $0.contains("父工单 #1 新建") }, text.joined(separator: "\n"))
            XCTAssertTrue(text.contains { $0.contains("相关 #4 新建") })
            assertGolden(text, named: "zh-links-detail-120x40")
            // The priority reason is stored as Core worded it when the ticket was created.
            assertNoEnglish(text, data: ["wang", "example", "impact", "urgency", "medium"])
        }
    }

    func testRequesterHistoryList() throws {
        try L10n.with(.zh) {
            let (app, terminal) = console(try linkedStore())
            app.handle(.char("h"))
            XCTAssertNotNil(app.state.requesterHistory)
            let text = terminal.text()
            XCTAssertTrue(text.contains { $0.contains("3 张工单 · 2 张未结 · 满意度 2.0/5") }, text.joined(separator: "\n"))
            XCTAssertTrue(text.contains { $0.contains("优先级") && $0.contains("评分") }, "the headings are Chinese and fit")
            assertGolden(text, named: "zh-requester-history-120x40")
            assertNoEnglish(text, data: ["wang", "example"])
        }
    }

    func testSavedViewDialogAndTab() {
        L10n.with(.zh) {
            let (app, terminal) = Fixtures.console(cols: 120, rows: 40, source: Fixtures.source())
            app.handle(.char("/"))
            app.type("打印机")
            app.handle(.enter)
            app.handle(.char("s"))
            app.handle(.char("v"))
            app.type("打印机")
            XCTAssertTrue(terminal.text().contains { $0.contains("全部未结 · “打印机” · 按") }, terminal.text().joined(separator: "\n"))
            assertGolden(terminal.text(), named: "zh-saved-view-dialog-120x40")
            assertNoEnglish(terminal.text(), data: ["alice"])
            app.handle(.enter)
            XCTAssertEqual(app.state.saved.dialog?.step, .share)
            assertGolden(terminal.text(), named: "zh-saved-view-share-120x40")
            assertNoEnglish(terminal.text(), data: ["alice"])
            app.handle(.char("n"))
            XCTAssertEqual(app.state.message?.text, "已将“打印机”保存为标签页 8")
            XCTAssertTrue(terminal.text()[0].contains("8 打印机 1"), terminal.text()[0])
            assertGolden(terminal.text(), named: "zh-saved-view-tab-120x40")
            assertNoEnglish(terminal.text(), data: ["alice"])
        }
    }

    func testTemplateChooserOverTheReplyEditor() {
        L10n.with(.zh) {
            let source = DetailFixtures.source()
            source.setTemplates(TemplateConsoleTests.templates)
            let (app, terminal, _) = DetailFixtures.console(cols: 120, rows: 40, source: source)
            app.handle(.char("r"))
            app.type("王先生：")
            app.handle(.enter)
            XCTAssertTrue(terminal.text().contains { $0.contains("Ctrl-T 模板") }, "the editor offers the templates in Chinese")
            app.handle(.ctrl("t"))
            app.type("vpn")
            let text = terminal.text()
            XCTAssertTrue(text.contains { $0.contains("回复模板") }, text.joined(separator: "\n"))
            assertGolden(text, named: "zh-reply-templates-120x40")
            assertNoEnglish(boxed(text), data: ["requester", "title", "category"])
        }
    }

    func testConflictScreen() throws {
        try L10n.with(.zh) {
            let alice = Actor(login: "alice", role: .agent, tier: .l1)
            let (app, terminal, source) = DetailFixtures.console(cols: 120, rows: 40)
            app.handle(.char("r"))
            app.type("已恢复，请确认")
            _ = try source.perform(.changeStatus(.pendingCustomer, text: nil), on: 1042, expectedVersion: 7, by: alice, at: Fixtures.now)
            _ = try source.perform(.note("等用户回电"), on: 1042, expectedVersion: 8, by: alice, at: Fixtures.now)
            app.handle(.ctrl("s"))
            let screen = try XCTUnwrap(app.state.conflict)
            XCTAssertEqual(screen.changeLines, ["09:00 alice  状态 处理中 → 等待客户", "09:00 alice  添加了备注"])
            assertGolden(terminal.text(), named: "zh-conflict-reply-120x40")
            assertNoEnglish(boxed(terminal.text()), data: ["alice"])
        }
    }
}
