import HelpdeskCore
import HelpdeskStore
@testable import HelpdeskTUI
import XCTest

/// The knowledge-base pane as pure state: keys in, state and effects out, no terminal.
final class KBPaneStateTests: XCTestCase {
    /// A lead's console of `cols`×`rows` with the fixture queue loaded, ticket #1042 selected.
    private func state(cols: Int = 120, rows: Int = 40) -> ConsoleState {
        var s = ConsoleState(user: "lin", role: .lead, size: TerminalSize(rows: rows, cols: cols))
        let rows = Fixtures.rows.filter { $0.status.isOpen }
        _ = s.apply(QueuePage(rows: rows, total: rows.count))
        return s
    }

    private func hits(_ ids: [Int64]) -> [KBHit] {
        ids.map { id in
            let article = KBFixtures.articles.first { $0.id == id }!
            return KBHit(id: id, title: article.title, category: article.category, tags: article.tags, status: article.status,
                         snippet: String(article.body.prefix(30)), updatedAt: article.updatedAt)
        }
    }

    /// Opens the pane and answers its request with `ids`, showing the first article.
    private func opened(cols: Int = 120, rows: Int = 40, showing ids: [Int64] = [1, 2, 4]) -> ConsoleState {
        var s = state(cols: cols, rows: rows)
        _ = s.update(with: .char("K"))
        s.kb.apply(hits(ids), for: s.kbRequest!)
        s.kb.show(KBFixtures.articles.first { $0.id == ids.first })
        s.layOutKBArticle()
        return s
    }

    func testKOpensThePaneWithSuggestionsForTheSelectedTicket() throws {
        var s = state()
        XCTAssertNil(s.kbRequest, "closed: nothing to load")
        XCTAssertEqual(s.update(with: .char("K")), [])
        XCTAssertTrue(s.kb.isOpen)
        XCTAssertEqual(s.focus, .kb)
        XCTAssertTrue(s.kb.isTyping)
        XCTAssertEqual(s.layout.kbPlacement, .full)
        let visible = try XCTUnwrap(s.layout.kbPane?.visibleResults)
        XCTAssertEqual(visible, 17)
        XCTAssertEqual(s.kbRequest, .suggestions(ticketID: 1042, title: "全楼网络中断，无法访问内网和邮件", limit: visible))
    }

    func testF3OpensTooAndTheQueueKeepsItsPage() {
        var s = state()
        let queue = s.layout.queue
        _ = s.update(with: .function(3))
        XCTAssertTrue(s.kb.isOpen)
        XCTAssertEqual(s.layout.queue, queue, "the queue keeps its geometry under a full-screen pane")
        XCTAssertEqual(s.pageSize, 36)
    }

    func testTypingGoesToTheSearchBoxNotToCommands() {
        var s = state()
        _ = s.update(with: .char("K"))
        for c in "qjs/?K1\"(" { XCTAssertEqual(s.update(with: .char(c)), [], "\(c) is text") }
        XCTAssertEqual(s.kb.query, "qjs/?K1\"(")
        XCTAssertEqual(s.mode, .browse)
        XCTAssertEqual(s.view, .open, "1 did not switch views")
        XCTAssertEqual(s.sort, .due, "s did not sort")
        XCTAssertEqual(s.kbRequest, .search("qjs/?K1\"(", limit: 17))
        XCTAssertEqual(s.update(with: .ctrl("c")), [.quit], "Ctrl-C still quits")
    }

    func testBlankQueryFallsBackToSuggestions() {
        var s = state()
        _ = s.update(with: .char("K"))
        _ = s.update(with: .char(" "))
        _ = s.update(with: .char(" "))
        guard case .suggestions? = s.kbRequest else { return XCTFail("spaces are no search: \(String(describing: s.kbRequest))") }
    }

    func testBackspaceCtrlUAndEscape() {
        var s = state()
        _ = s.update(with: .char("K"))
        for c in "网络打印" { _ = s.update(with: .char(c)) }
        _ = s.update(with: .backspace)
        XCTAssertEqual(s.kb.query, "网络打", "Backspace removes one whole Chinese character")
        _ = s.update(with: .ctrl("u"))
        XCTAssertEqual(s.kb.query, "")
        _ = s.update(with: .char("v"))
        XCTAssertEqual(s.update(with: .escape), [])
        XCTAssertEqual(s.kb.query, "", "Esc clears a search first")
        XCTAssertTrue(s.kb.isOpen)
        _ = s.update(with: .escape)
        XCTAssertFalse(s.kb.isOpen, "then closes the full-screen pane")
        XCTAssertEqual(s.focus, .queue)
        XCTAssertEqual(s.layout.kbPlacement, .hidden)
        XCTAssertEqual(s.update(with: .char("j")), [], "the queue has its keys back")
        XCTAssertEqual(s.selectedID, 1043)
    }

    func testQueryLengthIsLimited() {
        var s = state()
        _ = s.update(with: .char("K"))
        for _ in 0..<KBPaneState.queryLimit { _ = s.update(with: .char("网")) }
        _ = s.update(with: .char("x"))
        XCTAssertEqual(s.kb.query.count, KBPaneState.queryLimit)
        XCTAssertEqual(s.message?.kind, .error)
    }

    func testTheColumnStaysWhenLeavingOnAWideScreen() {
        var s = state(cols: 200, rows: 50)
        let queueAlone = s.layout.queue.width
        _ = s.update(with: .char("K"))
        XCTAssertEqual(s.layout.kbPlacement, .column)
        XCTAssertLessThan(s.layout.queue.width, queueAlone)
        _ = s.update(with: .escape)
        XCTAssertTrue(s.kb.isOpen, "the column keeps suggesting for the selected ticket")
        XCTAssertEqual(s.focus, .queue)
        _ = s.update(with: .char("j"))
        XCTAssertEqual(s.kbRequest, .suggestions(ticketID: 1043, title: "Printer on 3rd floor jams every morning", limit: 9))
        _ = s.update(with: .char("K"))
        XCTAssertEqual(s.focus, .kb, "K from the queue focuses the open column")
        _ = s.update(with: .function(3))
        XCTAssertFalse(s.kb.isOpen, "F3 closes it, even while typing")
        XCTAssertEqual(s.layout.queue.width, queueAlone)
    }

    func testShrinkingTheScreenClosesAColumnTheUserLeft() {
        var left = state(cols: 200, rows: 50)
        _ = left.update(with: .char("K"))
        _ = left.update(with: .escape)
        _ = left.resize(to: TerminalSize(rows: 40, cols: 120))
        XCTAssertFalse(left.kb.isOpen, "it would otherwise cover the queue being worked in")
        XCTAssertEqual(left.layout.kbPlacement, .hidden)

        var focused = state(cols: 200, rows: 50)
        _ = focused.update(with: .char("K"))
        _ = focused.resize(to: TerminalSize(rows: 40, cols: 120))
        XCTAssertEqual(focused.layout.kbPlacement, .full, "a focused pane takes the whole body")
        _ = focused.resize(to: TerminalSize(rows: 50, cols: 220))
        XCTAssertEqual(focused.layout.kbPlacement, .column)
    }

    func testResultsAreChosenWithArrowsAndReadAfterEnter() {
        var s = opened()
        XCTAssertEqual(s.kb.selectedHit?.id, 1)
        _ = s.update(with: .down)
        _ = s.update(with: .down)
        _ = s.update(with: .down)
        XCTAssertEqual(s.kb.selectedHit?.id, 4, "stops at the last result")
        _ = s.update(with: .up)
        XCTAssertEqual(s.kb.selectedHit?.id, 2)
        _ = s.update(with: .home)
        XCTAssertEqual(s.kb.cursor, 0)
        _ = s.update(with: .enter)
        XCTAssertFalse(s.kb.isTyping, "Enter moves into the article")
        _ = s.update(with: .char("]"))
        XCTAssertEqual(s.kb.selectedHit?.id, 2)
        _ = s.update(with: .left)
        XCTAssertEqual(s.kb.selectedHit?.id, 1)
        _ = s.update(with: .right)
        XCTAssertEqual(s.kb.selectedHit?.id, 2)
        _ = s.update(with: .char("["))
        XCTAssertEqual(s.kb.selectedHit?.id, 1)
        _ = s.update(with: .char("/"))
        XCTAssertTrue(s.kb.isTyping, "/ goes back to the search box")
    }

    func testEnterWithoutResultsStaysInTheSearchBox() {
        var s = opened(showing: [])
        _ = s.update(with: .enter)
        XCTAssertTrue(s.kb.isTyping)
    }

    func testReadingScrollsWithinTheArticle() throws {
        var s = opened(cols: 200, rows: 24, showing: [1])
        let height = try XCTUnwrap(s.layout.kbPane?.article.height)
        let lines = s.kb.articleLines.count
        XCTAssertGreaterThan(lines, height, "the article is longer than its window here")
        _ = s.update(with: .enter)
        _ = s.update(with: .char("j"))
        XCTAssertEqual(s.kb.articleTop, 1)
        _ = s.update(with: .char("k"))
        _ = s.update(with: .char("k"))
        XCTAssertEqual(s.kb.articleTop, 0, "no scrolling above the title")
        _ = s.update(with: .char("G"))
        XCTAssertEqual(s.kb.articleTop, lines - height, "the end fills the window")
        _ = s.update(with: .char(" "))
        XCTAssertEqual(s.kb.articleTop, lines - height)
        _ = s.update(with: .char("g"))
        XCTAssertEqual(s.kb.articleTop, 0)
        _ = s.update(with: .wheelDown)
        XCTAssertEqual(s.kb.articleTop, 1, "the wheel scrolls the article while reading")
    }

    func testLinkNeedsAnArticleAndATicket() {
        var s = opened()
        XCTAssertEqual(s.update(with: .function(5)), [.linkArticle(articleID: 1, ticketID: 1042)])
        s.kb.markLinked(1, ticket: 1042)
        XCTAssertEqual(s.update(with: .function(5)), [], "already linked")
        XCTAssertEqual(s.message?.text, "Article #1 is already linked to #1042")
        _ = s.update(with: .enter)
        _ = s.update(with: .char("]"))
        XCTAssertEqual(s.update(with: .char("L")), [.linkArticle(articleID: 2, ticketID: 1042)], "L links while reading")

        var empty = opened(showing: [])
        XCTAssertEqual(empty.update(with: .function(5)), [])
        XCTAssertEqual(empty.message?.kind, .error)

        var noTicket = ConsoleState(user: "lin", role: .lead, size: TerminalSize(rows: 40, cols: 120))
        _ = noTicket.update(with: .char("K"))
        _ = noTicket.update(with: .char("v"))
        noTicket.kb.apply(hits([3]), for: noTicket.kbRequest!)
        XCTAssertEqual(noTicket.update(with: .function(5)), [])
        XCTAssertEqual(noTicket.message?.text, "Select a ticket in the queue to link the article to")
    }

    func testFreshResultsKeepTheSelectedArticle() {
        var s = opened(showing: [1, 2, 4])
        _ = s.update(with: .down)
        s.kb.apply(hits([4, 2, 1]), for: s.kbRequest!)
        XCTAssertEqual(s.kb.selectedHit?.id, 2, "the selection follows its article")
        s.kb.apply(hits([5]), for: s.kbRequest!)
        XCTAssertEqual(s.kb.cursor, 0, "and stays in range when its article is gone")
        s.kb.apply([], for: s.kbRequest!)
        XCTAssertNil(s.kb.article, "no results, no article")
    }

    func testTypingSelectsTheBestMatchAgain() {
        var s = opened()
        _ = s.update(with: .down)
        _ = s.update(with: .char("网"))
        XCTAssertEqual(s.kb.cursor, 0)
    }

    func testHighlightTermsFollowTheRequest() {
        XCTAssertEqual(KBRequest.search("VPN  打印", limit: 5).highlightTerms, ["vpn", "打印"])
        XCTAssertEqual(KBRequest.suggestions(ticketID: 1, title: "全楼网络中断", limit: 5).highlightTerms,
                       ["全楼", "楼网", "网络", "络中", "中断"])
    }
}
