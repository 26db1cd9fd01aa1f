import HelpdeskCore
@testable import HelpdeskTUI
import XCTest

final class CommandPaletteTests: XCTestCase {
    private func state(cols: Int = 120, rows: Int = 40) -> ConsoleState {
        var s = ConsoleState(user: "lin", role: .lead, size: TerminalSize(rows: rows, cols: cols))
        let rows = Fixtures.rows.filter { $0.status.isOpen }
        _ = s.apply(QueuePage(rows: rows, total: rows.count))
        return s
    }

    private func type(_ text: String, into s: inout ConsoleState) {
        for c in text { _ = s.update(with: .char(c)) }
    }

    func testColonOpensItOverTheFocusedPane() {
        var s = state()
        XCTAssertEqual(s.update(with: .char(":")), [])
        XCTAssertEqual(s.palette, CommandPalette(pane: .queue))
        let titles = s.palette!.entries(in: .standard).map(\.title)
        XCTAssertEqual(titles.first, "Move down", "an empty query lists everything in registry order")
        XCTAssertFalse(titles.contains { $0.hasPrefix("Command palette") }, "the palette does not offer itself")
        XCTAssertTrue(titles.contains("View: Escalated"), "one entry per view")
        XCTAssertFalse(titles.contains("Scroll the article down"), "only the queue's commands")
    }

    func testTypedLettersRankCommandsAndEnterRunsTheFirst() {
        var s = state()
        _ = s.update(with: .char(":"))
        type("sort", into: &s)
        XCTAssertEqual(s.palette?.entries(in: .standard).first?.id, .cycleSort)
        XCTAssertEqual(s.update(with: .enter), [.reloadPage], "the same effect as pressing s")
        XCTAssertNil(s.palette)
        XCTAssertEqual(s.sort, .priority)
        XCTAssertEqual(s.message?.text, "Sorted by priority")
    }

    func testIdsMatchToo() {
        var s = state()
        _ = s.update(with: .ctrl("p"))
        type("refresh", into: &s)
        XCTAssertEqual(s.palette?.entries(in: .standard).first?.title, "Reload now")
        XCTAssertEqual(s.update(with: .enter), [.reloadAll])
    }

    func testChoosingAViewRunsTheViewsNumber() {
        var s = state()
        _ = s.update(with: .char(":"))
        type("escal", into: &s)
        XCTAssertEqual(s.palette?.entries(in: .standard).first?.title, "Escalate to second line (L2) with details",
                       "a word start beats the same letters later on")
        _ = s.update(with: .ctrl("u"))
        type("vesc", into: &s)
        XCTAssertEqual(s.palette?.entries(in: .standard).first?.title, "View: Escalated")
        XCTAssertEqual(s.update(with: .enter), [.reloadPage])
        XCTAssertEqual(s.view, .escalated)
    }

    func testArrowsChooseWithinTheList() {
        var s = state()
        _ = s.update(with: .char(":"))
        type("view", into: &s)
        let count = s.palette!.entries(in: .standard).count
        XCTAssertGreaterThan(count, 3)
        _ = s.update(with: .up)
        XCTAssertEqual(s.palette?.cursor, 0, "no further up than the first")
        for _ in 0..<(count + 5) { _ = s.update(with: .down) }
        XCTAssertEqual(s.palette?.cursor, count - 1, "no further down than the last")
        _ = s.update(with: .ctrl("p"))
        XCTAssertEqual(s.palette?.cursor, count - 2)
        _ = s.update(with: .char("x"))
        XCTAssertEqual(s.palette?.cursor, 0, "typing starts again at the best match")
    }

    func testEscBackspaceAndNoMatchCloseWithoutRunning() {
        var s = state()
        _ = s.update(with: .char(":"))
        type("q", into: &s)
        XCTAssertNotNil(s.palette, "q is text in the palette, not quit")
        XCTAssertEqual(s.update(with: .escape), [])
        XCTAssertNil(s.palette)

        _ = s.update(with: .char(":"))
        type("zzz", into: &s)
        XCTAssertEqual(s.palette?.entries(in: .standard), [])
        XCTAssertEqual(s.update(with: .enter), [], "nothing to run")
        XCTAssertNil(s.palette)

        _ = s.update(with: .char(":"))
        _ = s.update(with: .char("a"))
        _ = s.update(with: .backspace)
        XCTAssertNotNil(s.palette)
        _ = s.update(with: .backspace)
        XCTAssertNil(s.palette, "Backspace on an empty query closes it")
        XCTAssertEqual(s.view, .open)
        XCTAssertEqual(s.sort, .due)
    }

    func testCtrlCQuitsFromThePalette() {
        var s = state()
        _ = s.update(with: .char(":"))
        XCTAssertEqual(s.update(with: .ctrl("c")), [.quit])
    }

    func testFromTheKnowledgeBaseItOffersItsCommands() {
        var s = state()
        _ = s.update(with: .char("K"))
        _ = s.update(with: .ctrl("p"))
        XCTAssertEqual(s.palette?.pane, .kb)
        let ids = s.palette!.entries(in: .standard).map(\.id)
        XCTAssertTrue(ids.contains(.kbLink))
        XCTAssertFalse(ids.contains(.moveDown))
        XCTAssertFalse(ids.contains(.filter), "the queue filter is not a knowledge-base command")
        type("leave", into: &s)
        _ = s.update(with: .enter)
        XCTAssertFalse(s.kb.isOpen, "runs as Esc would in the pane")
    }

    func testClicksRunAnEntryOrCloseThePalette() {
        var s = state()
        _ = s.update(with: .char(":"))
        type("sort", into: &s)
        let frame = CommandPalette.frame(in: s.layout)
        XCTAssertEqual(s.update(with: .mouse(y: frame.list.y, x: frame.list.x + 2)), [.reloadPage])
        XCTAssertNil(s.palette)
        XCTAssertEqual(s.sort, .priority)

        _ = s.update(with: .char(":"))
        XCTAssertEqual(s.update(with: .mouse(y: frame.inputY, x: frame.list.x)), [], "a click on the query does nothing")
        XCTAssertNotNil(s.palette)
        XCTAssertEqual(s.update(with: .mouse(y: s.layout.rows - 1, x: 0)), [])
        XCTAssertNil(s.palette, "a click outside closes it")
    }

    func testTheListScrollsToKeepTheCursorInView() {
        var palette = CommandPalette(pane: .queue)
        palette.cursor = 3
        XCTAssertEqual(palette.top(visible: 10), 0)
        palette.cursor = 14
        XCTAssertEqual(palette.top(visible: 10), 5)
        XCTAssertEqual(CommandPalette.frame(in: Layout.compute(cols: 80, rows: 24)).list.height, 15)
    }
}
