import HelpdeskCore
import HelpdeskStore
@testable import HelpdeskTUI
import XCTest

/// Clicks and the wheel, where the terminal reports them.
final class MouseTests: XCTestCase {
    private func state(cols: Int, rows: Int) -> ConsoleState {
        var s = ConsoleState(user: "lin", role: .lead, size: TerminalSize(rows: rows, cols: cols))
        let rows = Fixtures.rows.filter { $0.status.isOpen }
        _ = s.apply(QueuePage(rows: rows, total: rows.count))
        return s
    }

    /// The knowledge base open (a column at 200×50) with three results, the first article shown.
    private func withColumn(cols: Int = 200, rows: Int = 50) -> ConsoleState {
        var s = state(cols: cols, rows: rows)
        _ = s.update(with: .char("K"))
        let ids: [Int64] = [1, 2, 4]
        s.kb.apply(ids.map { id in
            let a = KBFixtures.articles.first { $0.id == id }!
            return KBHit(id: id, title: a.title, category: a.category, tags: a.tags, status: a.status, snippet: "", updatedAt: a.updatedAt)
        }, for: s.kbRequest!)
        s.kb.show(KBFixtures.articles[0])
        s.layOutKBArticle()
        return s
    }

    func testClickingTheQueueTakesFocusAndSelects() {
        var s = withColumn()
        XCTAssertEqual(s.focus, .kb)
        XCTAssertEqual(s.update(with: .mouse(y: 4, x: 20)), [.reloadPage])
        XCTAssertEqual(s.focus, .queue)
        XCTAssertEqual(s.selectedID, 1044, "row 4 is the third ticket")
        XCTAssertTrue(s.kb.isOpen)
        XCTAssertEqual(s.update(with: .mouse(y: 1, x: 20)), [], "the headings take focus but select nothing")
        XCTAssertEqual(s.selectedID, 1044)
    }

    func testClickingTheKnowledgeBaseFocusesItsParts() throws {
        var s = withColumn()
        _ = s.update(with: .mouse(y: 4, x: 20))
        let pane = try XCTUnwrap(s.layout.kbPane)
        _ = s.update(with: .mouse(y: pane.results.y + 2, x: pane.results.x + 4))
        XCTAssertEqual(s.focus, .kb)
        XCTAssertEqual(s.kb.selectedHit?.id, 2, "the second result's first row")
        _ = s.update(with: .mouse(y: pane.results.y + 5, x: pane.results.x + 4))
        XCTAssertEqual(s.kb.selectedHit?.id, 4, "the third result's snippet row")
        _ = s.update(with: .mouse(y: pane.article.y + 1, x: pane.article.x + 3))
        XCTAssertFalse(s.kb.isTyping, "a click in the article reads it")
        _ = s.update(with: .mouse(y: pane.search.y, x: pane.search.x + 5))
        XCTAssertTrue(s.kb.isTyping, "a click on the search box types there")
        _ = s.update(with: .mouse(y: pane.results.maxY - 1, x: pane.results.x))
        XCTAssertEqual(s.kb.selectedHit?.id, 4, "below the last result nothing changes")
    }

    func testClickingATabSwitchesViewsFromAnyPane() {
        var s = withColumn()
        let tabs = QueueTabs.layout(counts: s.counts, active: s.view, width: 200)
        XCTAssertEqual(s.update(with: .mouse(y: 0, x: tabs[4].x + 1)), [.reloadPage])
        XCTAssertEqual(s.view, .escalated)
    }

    func testClickingTheTicketFocusesItsDetail() throws {
        var s = withColumn()
        let detail = try XCTUnwrap(s.layout.detail)
        XCTAssertEqual(s.update(with: .mouse(y: detail.y + 2, x: detail.x + 2)), [.reloadPage])
        XCTAssertEqual(s.focus, .detail)
        XCTAssertTrue(s.kb.isOpen, "the column stays beside the ticket")
        _ = s.update(with: .char("j"))
        XCTAssertEqual(s.selectedID, 1042, "j now scrolls the ticket instead of moving in the queue")
    }

    func testLeavingAFullScreenPaneByKeyOrPaletteClosesIt() {
        var s = withColumn(cols: 120, rows: 40)
        XCTAssertEqual(s.layout.kbPlacement, .full)
        _ = s.update(with: .tab)
        XCTAssertFalse(s.kb.isTyping)
        _ = s.update(with: .tab)
        XCTAssertEqual(s.focus, .detail, "Tab while reading moves on to the ticket")
        XCTAssertFalse(s.kb.isOpen, "so the pane that would hide it closes")
        XCTAssertEqual(s.layout.kbPlacement, .hidden)

        var palette = withColumn(cols: 120, rows: 40)
        _ = palette.update(with: .ctrl("p"))
        for c in "switch" { _ = palette.update(with: .char(c)) }
        _ = palette.update(with: .enter)
        XCTAssertEqual(palette.focus, .detail)
        XCTAssertFalse(palette.kb.isOpen, "the same when the palette moves focus")
    }

    func testTheWheelMovesResultsWhileTypingAndScrollsWhileReading() {
        var s = withColumn()
        _ = s.update(with: .wheelDown)
        XCTAssertEqual(s.kb.selectedHit?.id, 2)
        _ = s.update(with: .wheelUp)
        XCTAssertEqual(s.kb.selectedHit?.id, 1)
        var queue = s
        _ = queue.update(with: .mouse(y: 2, x: 20))
        _ = queue.update(with: .wheelDown)
        XCTAssertEqual(queue.selectedID, 1043, "over the queue the wheel moves the ticket selection")
    }

    func testClicksOnATooSmallScreenDoNothing() {
        var s = state(cols: 70, rows: 20)
        XCTAssertEqual(s.update(with: .mouse(y: 3, x: 3)), [])
        XCTAssertEqual(s.focus, .queue)
    }
}
