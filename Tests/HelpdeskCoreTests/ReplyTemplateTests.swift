import Foundation
import XCTest
@testable import HelpdeskCore

final class ReplyTemplateTests: XCTestCase {
    private let fx = CoreFixture.self
    private let shanghai = TimeZone(identifier: "Asia/Shanghai")!

    private func template(_ body: String, title: String = "t") -> ReplyTemplate {
        ReplyTemplate(id: 1, title: title, body: body, author: "chen.jie", createdAt: fx.t0)
    }

    /// 2026-01-01 10:00 in Shanghai (02:00 UTC), a Thursday.
    private var morning: Date { fx.t0.addingTimeInterval(2 * 3600) }

    func testEveryPlaceholderIsFilledInEnglish() {
        var ticket = fx.ticket(title: "Printer offline")
        ticket.requester = Requester(name: "Alice Brown", contact: "alice@example.com")
        ticket.category = .hardware
        let due = fx.t0.addingTimeInterval(9 * 3600)  // 17:00 in Shanghai, same day
        let text = template("Hi {requester}, re {ticket} \"{title}\" ({category}): due {due}. {engineer}")
            .render(for: ticket, engineer: "Chen Jie", due: due, now: morning, timeZone: shanghai)
        XCTAssertEqual(text, "Hi Alice Brown, re #7 \"Printer offline\" (hardware): due today 17:00. Chen Jie")
    }

    func testChineseBodyGetsChineseWordsAndCJKValues() {
        let ticket = fx.ticket()  // 王芳, "VPN 连不上", network
        let due = fx.t0.addingTimeInterval(25 * 3600)  // 2026-01-02 09:00 Shanghai
        let text = template("{requester}，您好！工单{ticket}（{title}，{category}类）预计{due}前解决。——{engineer}")
            .render(for: ticket, engineer: "陈杰", due: due, now: morning, timeZone: shanghai)
        XCTAssertEqual(text, "王芳，您好！工单#7（VPN 连不上，网络类）预计明天 09:00前解决。——陈杰")
    }

    func testDueFurtherAwayAndInAnotherYear() {
        let later = fx.t0.addingTimeInterval(6 * 86_400 + 9 * 3600)  // Wed 2026-01-07 17:00 Shanghai
        XCTAssertEqual(ReplyTemplate.dueText(later, now: morning, timeZone: shanghai, chinese: false), "Wed 7 Jan 17:00")
        XCTAssertEqual(ReplyTemplate.dueText(later, now: morning, timeZone: shanghai, chinese: true), "1月7日 17:00")
        let nextYear = fx.t0.addingTimeInterval(366 * 86_400)
        XCTAssertEqual(ReplyTemplate.dueText(nextYear, now: morning, timeZone: shanghai, chinese: true), "2027年1月2日 08:00")
        XCTAssertEqual(ReplyTemplate.dueText(nextYear, now: morning, timeZone: shanghai, chinese: false), "Sat 2 Jan 2027 08:00")
        // The same instant is a different day in another desk's zone.
        let utc = TimeZone(identifier: "UTC")!
        XCTAssertEqual(ReplyTemplate.dueText(fx.t0.addingTimeInterval(23 * 3600), now: fx.t0, timeZone: utc, chinese: false), "today 23:00")
        XCTAssertEqual(ReplyTemplate.dueText(fx.t0.addingTimeInterval(23 * 3600), now: fx.t0, timeZone: shanghai, chinese: false), "tomorrow 07:00")
    }

    func testMissingDueSaysSoInTheBodysLanguage() {
        let ticket = fx.ticket()
        XCTAssertEqual(template("Expected: {due}").render(for: ticket, engineer: "x", due: nil, now: morning, timeZone: shanghai),
                       "Expected: to be confirmed")
        XCTAssertEqual(template("预计：{due}").render(for: ticket, engineer: "x", due: nil, now: morning, timeZone: shanghai),
                       "预计：待定")
    }

    func testResolutionDueFollowsTheSLAAndPausesWithTheClock() {
        let sla = SLAConfiguration.standard
        var ticket = fx.ticket(status: .inProgress, assignee: "zhang.wei")
        let running = ReplyTemplate.resolutionDue(of: ticket, sla: sla)
        XCTAssertEqual(running.due, sla.deadlines(for: ticket).resolutionDue)
        XCTAssertNotNil(running.due)
        XCTAssertEqual(running.timeZone.identifier, "Asia/Shanghai")
        ticket.status = .pendingCustomer
        ticket.pausedSince = fx.t1
        XCTAssertNil(ReplyTemplate.resolutionDue(of: ticket, sla: sla).due, "a paused clock has no deadline to promise")
    }

    func testPlaceholdersIgnoreCaseBracesEscapeAndCodeStaysAsWritten() {
        let ticket = fx.ticket()
        let text = template("{Ticket} {{ticket}} {} { \"a\": 1 } {ticket").render(for: ticket, engineer: "x", due: nil, now: morning,
                                                                                   timeZone: shanghai)
        XCTAssertEqual(text, "#7 {ticket} {} { \"a\": 1 } {ticket")
        XCTAssertEqual(template("{due} {ticket} {TICKET} {requester}").placeholders, [.due, .ticket, .requester])
    }

    func testRenderedTicketTextCannotCarryControlCharacters() {
        var ticket = fx.ticket(title: "evil\u{1B}[2Jtitle")
        ticket.requester.name = "Bob\u{07}"
        let text = template("{requester}: {title}").render(for: ticket, engineer: "x", due: nil, now: morning, timeZone: shanghai)
        XCTAssertFalse(text.unicodeScalars.contains { $0.value < 0x20 }, text)
    }

    func testUnknownPlaceholderIsRefusedWithTheKnownOnes() {
        XCTAssertThrowsError(try ReplyTemplate.validated(title: "VPN", body: "Dear {customer}, see {ticket} and {客户} {customer}")) { error in
            let message = "\(error)"
            XCTAssertTrue(message.contains("unknown placeholders {customer}, {客户};"), message)
            for placeholder in ReplyPlaceholder.allCases { XCTAssertTrue(message.contains(placeholder.token), message) }
        }
        XCTAssertEqual(ReplyTemplate.unknownPlaceholders(in: "{Requester} {{x}} {a b}"), [])
    }

    func testTitleAndBodyAreCheckedAndTrimmed() throws {
        let checked = try ReplyTemplate.validated(title: "  密码重置 ", body: "\n{requester}，您好\n")
        XCTAssertEqual(checked.title, "密码重置")
        XCTAssertEqual(checked.body, "{requester}，您好")
        XCTAssertThrowsError(try ReplyTemplate.validated(title: " ", body: "x"))
        XCTAssertThrowsError(try ReplyTemplate.validated(title: "t", body: "  \n"))
        XCTAssertThrowsError(try ReplyTemplate.validated(title: "two\nlines", body: "x"))
        XCTAssertThrowsError(try ReplyTemplate.validated(title: "t", body: String(repeating: "长", count: ReplyTemplate.bodyLimit + 1)))
    }

    func testDemoTemplatesAreValidAndUseEveryPlaceholder() throws {
        let demo = DemoGenerator(now: fx.t0).replyTemplates()
        XCTAssertGreaterThanOrEqual(demo.count, 4)
        var used = Set<ReplyPlaceholder>()
        for (title, body) in demo {
            _ = try ReplyTemplate.validated(title: title, body: body)
            used.formUnion(template(body).placeholders)
        }
        XCTAssertEqual(used, Set(ReplyPlaceholder.allCases))
        XCTAssertTrue(demo.contains { ReplyTemplate.containsHan($0.body) } && demo.contains { !ReplyTemplate.containsHan($0.body) })
    }

    func testOnlyLeadsAndAdminsManageTemplates() {
        XCTAssertThrowsError(try AccessPolicy.check(.manageTemplates, by: fx.agent))
        XCTAssertNoThrow(try AccessPolicy.check(.manageTemplates, by: fx.lead))
        XCTAssertNoThrow(try AccessPolicy.check(.manageTemplates, by: fx.admin))
    }
}
