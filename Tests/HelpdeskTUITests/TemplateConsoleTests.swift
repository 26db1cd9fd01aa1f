import Foundation
import HelpdeskCore
@testable import HelpdeskTUI
import XCTest

/// Ctrl-T in the reply editor: the templates over the reply, inserting one, and going back.
final class TemplateConsoleTests: XCTestCase {
    static let templates: [ReplyTemplate] = [
        ReplyTemplate(id: 1, title: "Password reset done", body: "Hello {requester}, your password is reset ({ticket}).",
                      author: "lin", createdAt: Fixtures.minutes(-600)),
        ReplyTemplate(id: 2, title: "VPN 排查", body: "{requester}，您好：\n关于“{title}”（{category}），预计 {due} 前解决。\n{engineer}",
                      author: "lin", createdAt: Fixtures.minutes(-600)),
        ReplyTemplate(id: 3, title: "We are looking into it", body: "Hello {requester}, we are looking into {ticket}. Expected: {due}.",
                      author: "lin", createdAt: Fixtures.minutes(-600)),
        ReplyTemplate(id: 4, title: "密码重置", body: "{requester}，您好：密码已重置，请登录后修改。",
                      author: "lin", createdAt: Fixtures.minutes(-600)),
    ]

    private func console(cols: Int = 120, rows: Int = 40, templates: [ReplyTemplate] = templates) -> (ConsoleApp, HeadlessTerminal, InMemoryDataSource) {
        let source = DetailFixtures.source()
        source.setTemplates(templates)
        return DetailFixtures.console(cols: cols, rows: rows, source: source)
    }

    /// What Enter inserts for #1042, computed the way the console must.
    private func rendered(_ template: ReplyTemplate) -> String {
        let (due, zone) = ReplyTemplate.resolutionDue(of: DetailFixtures.outage, sla: .standard)
        return template.render(for: DetailFixtures.outage, engineer: "Lin Wei 林伟", due: due, now: Fixtures.now, timeZone: zone)
    }

    private func replyText(_ app: ConsoleApp) -> String? {
        guard case let .prompt(prompt)? = app.state.flow?.step else { return nil }
        return prompt.text
    }

    func testCtrlTAsksForTheTemplatesOfTheTicketBeingAnswered() {
        let (app, _, _) = console()
        app.handle(.char("r"))
        var state = app.state
        XCTAssertEqual(state.update(with: .ctrl("t")), [.replyTemplates(ticketID: 1042)])
        state.showTemplates(Self.templates, ticketID: 1043, engineer: "x", sla: .standard, now: Fixtures.now)
        XCTAssertNil(state.flow?.templates, "templates for another ticket are not opened over this reply")
        state.showTemplates(Self.templates, ticketID: 1042, engineer: "x", sla: .standard, now: Fixtures.now)
        XCTAssertEqual(state.flow?.templates?.entries.count, 4)
    }

    func testEnterInsertsTheRenderedTemplateAtTheCursorAndCtrlSSendsIt() {
        let (app, terminal, source) = console()
        app.handle(.char("r"))
        app.type("王先生：")
        app.handle(.enter)
        app.handle(.ctrl("t"))
        XCTAssertNotNil(app.state.flow?.templates, "the templates are open over the reply")
        XCTAssertTrue(terminal.text().contains { $0.contains("Reply templates") })
        app.type("vpn")
        XCTAssertEqual(app.state.flow?.templates?.highlighted?.choice.template.id, 2)
        app.handle(.enter)
        XCTAssertNil(app.state.flow?.templates)
        let vpn = rendered(Self.templates[1])
        XCTAssertTrue(vpn.contains("王伟，您好") && vpn.contains("全楼网络中断") && vpn.contains("（网络）") && vpn.hasSuffix("Lin Wei 林伟"), vpn)
        XCTAssertFalse(vpn.contains("{"), "every placeholder is filled: \(vpn)")
        XCTAssertEqual(replyText(app), "王先生：\n" + vpn)
        XCTAssertEqual(app.state.message?.text, "Inserted template “VPN 排查”")
        app.type("谢谢")
        app.handle(.ctrl("s"))
        XCTAssertEqual(source.recordedCalls.last, .perform(.reply("王先生：\n" + vpn + "谢谢"), id: 1042, expectedVersion: 7,
                                                           actor: Actor(login: "lin", role: .lead, tier: .l2)))
    }

    func testEscGoesBackToTheReplyUntouched() {
        let (app, _, source) = console()
        app.handle(.char("r"))
        app.type("hello")
        app.handle(.ctrl("t"))
        app.type("密码")
        XCTAssertEqual(app.state.flow?.templates?.highlighted?.choice.template.title, "密码重置")
        app.handle(.escape)
        XCTAssertNil(app.state.flow?.templates)
        XCTAssertEqual(replyText(app), "hello")
        app.handle(.ctrl("t"))
        app.handle(.ctrl("t"))
        XCTAssertNil(app.state.flow?.templates, "Ctrl-T closes the templates again")
        app.handle(.escape)
        XCTAssertNil(app.state.flow?.templates)
        guard case let .prompt(prompt)? = app.state.flow?.step, case let .block(editor) = prompt.input else {
            return XCTFail("the reply is still open")
        }
        XCTAssertTrue(editor.isConfirmingDiscard, "Esc in the reply itself still asks before discarding")
        XCTAssertTrue(source.recordedCalls.isEmpty)
    }

    func testNoTemplatesSaysHowToAddThemAndOtherEditorsIgnoreCtrlT() {
        let (app, _, _) = console(templates: [])
        app.handle(.char("r"))
        app.handle(.ctrl("t"))
        XCTAssertNil(app.state.flow?.templates)
        XCTAssertEqual(app.state.message?.text, "No reply templates yet; a lead adds them with: helpdesk template add --title T --body-file F")
        app.handle(.escape)
        let (other, _, _) = console()
        other.handle(.char("n"))
        var state = other.state
        XCTAssertEqual(state.update(with: .ctrl("t")), [], "an internal note is not a reply to the requester")
        other.handle(.ctrl("t"))
        XCTAssertNil(other.state.flow?.templates)
    }

    func testAFailedLoadIsShownAndTheReplyIsKept() {
        let (app, _, source) = console()
        app.handle(.char("r"))
        app.type("draft")
        var state = app.state
        let runner = ActionRunner(source: source, actor: Actor(login: "lin", role: .lead, tier: .l2), timeZone: Fixtures.shanghai,
                                  now: { Fixtures.now })
        source.fail(with: "disk I/O error")
        let wrote = runner.run([.replyTemplates(ticketID: 1042)], on: &state)
        source.fail(with: nil)
        XCTAssertFalse(wrote, "nothing was written, so nothing needs reloading")
        XCTAssertNil(state.flow?.templates)
        XCTAssertEqual(state.message, ConsoleState.Message("Cannot load the reply templates: disk I/O error", kind: .error))
        guard case let .prompt(prompt)? = state.flow?.step else { return XCTFail("the reply is still open") }
        XCTAssertEqual(prompt.text, "draft")
    }

    func testChooserRanksTitlesByFuzzyMatchThenText() {
        let choices = Self.templates.map { TemplateChooser.Choice(template: $0, text: rendered($0)) }
        var chooser = TemplateChooser(choices: choices)
        XCTAssertEqual(chooser.entries.map(\.choice.template.id), [1, 2, 3, 4], "all, in their order, before typing")
        for key: Key in [.char("p"), .char("w")] { _ = chooser.handle(key) }
        XCTAssertEqual(chooser.entries.first?.choice.template.id, 1, "pw picks out Password")
        _ = chooser.handle(.ctrl("u"))
        for character in "expected" { _ = chooser.handle(.char(character)) }
        XCTAssertEqual(chooser.entries.map(\.choice.template.id), [3], "found in the text only")
        _ = chooser.handle(.ctrl("u"))
        for character in "您好" { _ = chooser.handle(.char(character)) }
        XCTAssertEqual(chooser.entries.map(\.choice.template.id), [2, 4], "found in the rendered Chinese replies")
        _ = chooser.handle(.ctrl("u"))
        for character in "zzz" { _ = chooser.handle(.char(character)) }
        XCTAssertTrue(chooser.entries.isEmpty)
        XCTAssertEqual(chooser.handle(.enter), .pending, "Enter on nothing inserts nothing")
        XCTAssertEqual(chooser.handle(.escape), .cancelled)
    }

    func testInsertIsOnePasteAtTheCursorWithinTheLimit() {
        var editor = TextEditor(text: "Hello world", viewport: TerminalSize(rows: 6, cols: 40))
        for _ in 0..<5 { _ = editor.handle(.left) }
        editor.insert("dear\n")
        XCTAssertEqual(editor.text, "Hello dear\nworld")
        XCTAssertEqual(editor.buffer.cursor, TextPosition(line: 1, index: 0))
        var short = TextEditor(text: "ab", viewport: TerminalSize(rows: 6, cols: 40), limit: 5)
        short.insert("cdefg\nh")
        XCTAssertEqual(short.text, "abcde")
        XCTAssertEqual(short.message, "The text holds at most 5 characters; 4 more characters were not added.")
    }

    func testGoldenTemplatesOverTheReply() {
        let (app, terminal, _) = console(cols: 100, rows: 30)
        app.handle(.char("r"))
        app.type("王先生：")
        app.handle(.enter)
        assertGolden(terminal.text(), named: "reply-editor-templates-hint-100x30")
        app.handle(.ctrl("t"))
        app.type("vpn")
        assertGolden(terminal.text(), named: "reply-templates-100x30")
    }
}
