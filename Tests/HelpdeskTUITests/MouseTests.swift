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

    private func withColumn() -> ConsoleState {
        var s = state(cols: 200, rows: 50)
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
        XCTAssertEqual(s.update(with: .mouse(y: 4, x: 20)), [])
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

    func testTheDetailPaneTakesFocusOnlyWithKeysOfItsOwn() throws {
        var s = withColumn()
        let detail = try XCTUnwrap(s.layout.detail)
        _ = s.update(with: .mouse(y: detail.y + 2, x: detail.x + 2))
        XCTAssertEqual(s.focus, .queue, "the standard keys have nothing for the detail pane alone")
        let registry = try CommandRegistry(CommandRegistry.standard.commands + [
            Command(.refresh, "Reload the ticket", keys: [.char("R")], panes: [.detail]),
        ])
        _ = s.update(with: .mouse(y: detail.y + 2, x: detail.x + 2), registry: registry)
        XCTAssertEqual(s.focus, .detail)
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
