import Foundation
import HelpdeskCore
import HelpdeskStore
@testable import HelpdeskTUI
import XCTest

/// The knowledge-base pane inside the running console: what it asks the data source, and when.
final class KBConsoleTests: XCTestCase {
    func testEveryKeystrokeSearchesForTheVisibleCountOnly() {
        let (app, _, source) = KBFixtures.consoleWithKB(cols: 120, rows: 40)
        XCTAssertEqual(source.knowledgeBase.calls.first, "suggest 全楼网络中断，无法访问内网和邮件 17")
        source.knowledgeBase.clearCalls()
        app.handle(.char("打"))
        app.handle(.char("印"))
        let searches = source.knowledgeBase.calls.filter { $0.hasPrefix("search") }
        XCTAssertEqual(searches, ["search 打 17", "search 打印 17"])
        XCTAssertTrue(source.knowledgeBase.calls.contains("article 1"), "the best match is opened")
    }

    func testNothingIsQueriedAgainWhenNothingChanged() {
        let (app, _, source) = KBFixtures.consoleWithKB(cols: 120, rows: 40)
        app.handle(.char("v"))
        source.knowledgeBase.clearCalls()
        app.tick()
        app.tick()
        app.handle(.enter)
        app.handle(.char("j"))
        XCTAssertEqual(source.knowledgeBase.calls, [], "ticks and scrolling need no query")
    }

    func testSuggestionsFollowTheSelectedTicketInTheColumn() {
        let (app, terminal, source) = KBFixtures.consoleWithKB(cols: 200, rows: 50)
        app.handle(.escape)
        XCTAssertEqual(app.state.focus, .queue)
        source.knowledgeBase.clearCalls()
        app.handle(.char("j"))
        XCTAssertEqual(source.knowledgeBase.calls.first, "suggest Phishing e-mail reported by 12 users 钓鱼邮件 9")
        XCTAssertTrue(terminal.text()[2].contains("Suggested for #1052"), terminal.text()[2])
    }

    func testLinkingGoesToTheSourceAndShowsAtOnce() {
        let (app, terminal, source) = KBFixtures.consoleWithKB(cols: 120, rows: 40)
        app.handle(.function(5))
        let linked = source.knowledgeBase.linkList
        XCTAssertEqual(linked.map(\.ticket), [1042])
        XCTAssertEqual(linked.map(\.article), [4])
        XCTAssertEqual(linked.map(\.by), ["lin"])
        XCTAssertTrue(terminal.text().last?.contains("Linked article #4 to #1042") ?? false, terminal.text().last ?? "")
        XCTAssertTrue(terminal.text()[3].contains("✓"), "the result is marked as linked: \(terminal.text()[3])")
        XCTAssertTrue(terminal.text().joined().contains("linked to #1042"))
        app.handle(.function(5))
        XCTAssertEqual(source.knowledgeBase.linkList.count, 1, "a second press does not link again")
    }

    func testFailuresAreReportedAndRecoverOnTheNextChange() {
        let source = KBFixtures.source()
        let (app, terminal) = Fixtures.console(cols: 120, rows: 40, source: source)
        source.knowledgeBase.fail(with: "database is locked")
        app.handle(.char("K"))
        XCTAssertTrue(terminal.text().last?.contains("cannot search the knowledge base: database is locked") ?? false,
                      terminal.text().last ?? "")
        XCTAssertEqual(app.state.kb.hits, [])
        source.knowledgeBase.fail(with: nil)
        app.tick()
        XCTAssertEqual(app.state.kb.hits, [], "a failed request is not retried on every tick")
        source.update(id: 1042) { $0.tags.append("kb") }
        app.tick()
        XCTAssertEqual(app.state.kb.hits.first?.id, 4, "a change in the database loads the pane again")
    }

    func testClosedPaneAsksNothing() {
        let (app, _, source) = KBFixtures.consoleWithKB(cols: 120, rows: 40)
        app.handle(.function(3))
        source.knowledgeBase.clearCalls()
        app.handle(.char("j"))
        app.tick()
        XCTAssertEqual(source.knowledgeBase.calls, [])
    }

    func testTheRealStoreAcceptsAnythingTypedAndRecordsTheLink() throws {
        let store = try HelpdeskStore.temporary()
        let now = Fixtures.now
        let admin = Engineer(login: "lin", name: "Lin", role: .admin, tier: .l2)
        try store.addEngineer(admin, by: Actor(admin), at: now)
        let ticket = try store.createTicket(NewTicket(title: "三楼打印机脱机", description: "打印机显示脱机",
                                                      requester: Requester(name: "王伟", contact: "wang@example.cn")),
                                            by: Actor(admin), at: now)
        for article in KBFixtures.articles {
            _ = try store.addArticle(title: article.title, body: article.body, category: article.category, tags: article.tags,
                                     author: "lin", at: now, status: article.status)
        }
        let terminal = HeadlessTerminal(size: TerminalSize(rows: 40, cols: 120))
        let app = ConsoleApp(source: store, terminal: terminal,
                             configuration: ConsoleApp.Configuration(user: "lin", role: .admin, timeZone: Fixtures.shanghai),
                             now: { now })
        app.start()
        app.handle(.char("K"))
        XCTAssertEqual(app.state.kb.hits.first?.title, "打印机脱机的处理方法", "suggested from the ticket's title")
        for query in ["\"", "(", "AND", "NOT vpn", "*", "title:", "网", "网络", "打印机", "vpn\"\"", "a:b", "NEAR(", "^", "'"] {
            app.handle(.ctrl("u"))
            for c in query { app.handle(.char(c)) }
            XCTAssertNotEqual(app.state.message?.kind, .error, "query \(query): \(app.state.message?.text ?? "")")
        }
        app.handle(.ctrl("u"))
        for c in "网络" { app.handle(.char(c)) }
        XCTAssertEqual(Set(app.state.kb.hits.map(\.title)), ["网络很慢的排查步骤", "全楼断网应急预案"], "two Chinese characters find articles")
        app.handle(.function(5))
        let linked = try store.linkedArticles(ticketID: ticket.id)
        XCTAssertEqual(linked.map(\.title), [app.state.kb.selectedHit?.title])
        XCTAssertEqual(try store.events(ticketID: ticket.id).last?.field, "kb_link")
    }
}
