import HelpdeskCore
import HelpdeskTUI
import XCTest

final class ConsoleStateTests: XCTestCase {
    /// A state at 80×24 (20 visible rows) holding `count` tickets with ids 1…count, first page loaded.
    private func state(count: Int, role: Role = .lead) -> ConsoleState {
        var s = ConsoleState(user: "lin", role: role, size: TerminalSize(rows: 24, cols: 80))
        _ = s.apply(page(from: 0, of: count, size: s.pageSize))
        return s
    }

    private func page(from top: Int, of count: Int, size: Int) -> QueuePage {
        let ids = top < count ? Array(top..<min(count, top + size)) : []
        return QueuePage(rows: ids.map { Fixtures.row(Int64($0 + 1), .p3, .new, due: nil, assignee: nil, .other, "r", "t\($0 + 1)") }, total: count)
    }

    func testStartViewDependsOnRole() {
        XCTAssertEqual(state(count: 0, role: .agent).view, .mine)
        XCTAssertEqual(state(count: 0, role: .lead).view, .open)
        XCTAssertEqual(state(count: 0, role: .admin).view, .open)
    }

    func testMovingWithinThePageNeedsNoQuery() {
        var s = state(count: 50)
        XCTAssertEqual(s.selectedID, 1)
        XCTAssertEqual(s.update(with: .char("j")), [])
        XCTAssertEqual(s.update(with: .down), [])
        XCTAssertEqual(s.cursor, 2)
        XCTAssertEqual(s.selectedID, 3)
        XCTAssertEqual(s.update(with: .char("k")), [])
        XCTAssertEqual(s.selectedID, 2)
    }

    func testMovingPastTheTopOrBottomStops() {
        var s = state(count: 3)
        XCTAssertEqual(s.update(with: .up), [])
        XCTAssertEqual(s.cursor, 0)
        _ = s.update(with: .char("G"))
        _ = s.update(with: .char("j"))
        XCTAssertEqual(s.cursor, 2)
        XCTAssertEqual(s.selectedID, 3)
    }

    func testMovingOffThePageScrollsAndReloads() {
        var s = state(count: 50)
        for _ in 0..<19 { XCTAssertEqual(s.update(with: .char("j")), []) }
        XCTAssertEqual(s.update(with: .char("j")), [.reloadPage])
        XCTAssertEqual(s.top, 1)
        XCTAssertEqual(s.cursor, 20)
        XCTAssertEqual(s.pageQuery(now: Fixtures.now).offset, 1)
        XCTAssertEqual(s.pageQuery(now: Fixtures.now).limit, 20)
        _ = s.apply(page(from: 1, of: 50, size: 20))
        XCTAssertEqual(s.selectedID, 21)
    }

    func testPageDownPageUpAndEnds() {
        var s = state(count: 50)
        XCTAssertEqual(s.update(with: .pageDown), [.reloadPage])
        XCTAssertEqual(s.top, 20)
        XCTAssertEqual(s.cursor, 20)
        XCTAssertEqual(s.update(with: .char("G")), [.reloadPage])
        XCTAssertEqual(s.cursor, 49)
        XCTAssertEqual(s.top, 30)
        XCTAssertEqual(s.update(with: .pageUp), [.reloadPage])
        XCTAssertEqual(s.top, 10)
        XCTAssertEqual(s.cursor, 29)
        XCTAssertEqual(s.update(with: .home), [.reloadPage])
        XCTAssertEqual(s.cursor, 0)
        XCTAssertEqual(s.top, 0)
        XCTAssertEqual(s.update(with: .char("g")), [], "already at the top")
    }

    func testEmptyViewIgnoresMovement() {
        var s = state(count: 0)
        for key: Key in [.char("j"), .pageDown, .char("G"), .end] { XCTAssertEqual(s.update(with: key), []) }
        XCTAssertEqual(s.cursor, 0)
        XCTAssertNil(s.selectedID)
    }

    func testSelectionFollowsItsTicketAcrossRefreshes() {
        var s = state(count: 10)
        _ = s.update(with: .char("j"))
        _ = s.update(with: .char("j"))
        XCTAssertEqual(s.selectedID, 3)
        // Someone else's change moved ticket 3 to the top of the page.
        var rows = page(from: 0, of: 10, size: 20).rows
        let moved = rows.remove(at: 2)
        rows.insert(moved, at: 0)
        XCTAssertFalse(s.apply(QueuePage(rows: rows, total: 10)))
        XCTAssertEqual(s.cursor, 0)
        XCTAssertEqual(s.selectedID, 3)
    }

    func testSelectionStaysInPlaceWhenItsTicketLeaves() {
        var s = state(count: 10)
        _ = s.update(with: .char("j"))
        _ = s.update(with: .char("j"))
        let rows = page(from: 0, of: 10, size: 20).rows.filter { $0.id != 3 }
        _ = s.apply(QueuePage(rows: rows, total: 9))
        XCTAssertEqual(s.cursor, 2)
        XCTAssertEqual(s.selectedID, 4)
    }

    func testShrunkViewAsksForAnEarlierPage() {
        var s = state(count: 50)
        _ = s.update(with: .char("G"))
        XCTAssertTrue(s.apply(QueuePage(rows: [], total: 5)), "the old top is past the end")
        XCTAssertEqual(s.top, 0)
        XCTAssertFalse(s.apply(page(from: 0, of: 5, size: 20)))
        XCTAssertEqual(s.cursor, 4)
        XCTAssertEqual(s.selectedID, 5)
    }

    func testSwitchingViewsByNumberAndArrows() {
        var s = state(count: 30)
        _ = s.update(with: .pageDown)
        XCTAssertEqual(s.update(with: .char("4")), [.reloadPage])
        XCTAssertEqual(s.view, .atRisk)
        XCTAssertEqual(s.top, 0)
        XCTAssertEqual(s.cursor, 0)
        XCTAssertNil(s.selectedID)
        XCTAssertEqual(s.update(with: .char("4")), [], "already there")
        _ = s.update(with: .right)
        XCTAssertEqual(s.view, .escalated)
        _ = s.update(with: .char("7"))
        _ = s.update(with: .right)
        XCTAssertEqual(s.view, .mine, "Right wraps around")
        _ = s.update(with: .left)
        XCTAssertEqual(s.view, .resolved)
        XCTAssertEqual(s.update(with: .char("8")), [], "there is no view 8")
        XCTAssertEqual(s.view, .resolved)
    }

    func testSortCyclesThroughEveryOrderAndSaysSo() {
        var s = state(count: 5)
        var seen: [QueueSort] = []
        for _ in QueueSort.allCases {
            XCTAssertEqual(s.update(with: .char("s")), [.reloadPage])
            seen.append(s.sort)
        }
        XCTAssertEqual(seen, [.priority, .updated, .id, .due])
        XCTAssertEqual(s.message?.text, "Sorted by due")
        _ = s.update(with: .char("j"))
        XCTAssertNil(s.message, "the next key clears the message")
    }

    func testFilterTypingChineseAndBackspace() {
        var s = state(count: 5)
        XCTAssertEqual(s.update(with: .char("/")), [])
        XCTAssertEqual(s.mode, .filter)
        XCTAssertEqual(s.update(with: .char("打")), [.reloadPage])
        XCTAssertEqual(s.update(with: .char("印")), [.reloadPage])
        XCTAssertEqual(s.update(with: .char("q")), [.reloadPage], "q is text while filtering, not quit")
        XCTAssertEqual(s.filter, "打印q")
        XCTAssertEqual(s.pageQuery(now: Fixtures.now).filter, "打印q")
        _ = s.update(with: .backspace)
        _ = s.update(with: .backspace)
        XCTAssertEqual(s.filter, "打", "Backspace removes one whole CJK character")
        XCTAssertEqual(s.update(with: .enter), [])
        XCTAssertEqual(s.mode, .browse)
        XCTAssertEqual(s.filter, "打", "Enter keeps the filter")
    }

    func testBackspaceRemovesACombinedCharacterWhole() {
        var s = state(count: 5)
        _ = s.update(with: .char("/"))
        _ = s.update(with: .char("e"))
        _ = s.update(with: .char("\u{301}"))
        XCTAssertEqual(s.filter, "é")
        _ = s.update(with: .backspace)
        XCTAssertEqual(s.filter, "")
        XCTAssertEqual(s.update(with: .backspace), [], "Backspace on an empty filter leaves filter mode")
        XCTAssertEqual(s.mode, .browse)
    }

    func testEscapeClearsTheFilterInEitherMode() {
        var s = state(count: 5)
        _ = s.update(with: .char("/"))
        _ = s.update(with: .char("v"))
        XCTAssertEqual(s.update(with: .escape), [.reloadPage])
        XCTAssertEqual(s.filter, "")
        XCTAssertEqual(s.mode, .browse)
        XCTAssertEqual(s.update(with: .escape), [], "nothing to clear")
        _ = s.update(with: .char("/"))
        _ = s.update(with: .char("v"))
        _ = s.update(with: .enter)
        XCTAssertEqual(s.update(with: .escape), [.reloadPage], "Esc while browsing clears a kept filter")
        XCTAssertEqual(s.filter, "")
    }

    func testFilterLengthIsLimited() {
        var s = state(count: 5)
        _ = s.update(with: .char("/"))
        for _ in 0..<ConsoleState.filterLimit { _ = s.update(with: .char("x")) }
        XCTAssertEqual(s.update(with: .char("y")), [])
        XCTAssertEqual(s.filter.count, ConsoleState.filterLimit)
        XCTAssertEqual(s.message?.kind, .error)
    }

    func testQuitHelpAndRefresh() {
        var s = state(count: 5)
        XCTAssertEqual(s.update(with: .ctrl("r")), [.reloadAll])
        XCTAssertEqual(s.update(with: .char("?")), [])
        XCTAssertEqual(s.mode, .help)
        XCTAssertEqual(s.update(with: .char("q")), [], "q closes help first")
        XCTAssertEqual(s.mode, .browse)
        XCTAssertEqual(s.update(with: .char("q")), [.quit])
        XCTAssertEqual(s.update(with: .ctrl("c")), [.quit])
        XCTAssertEqual(s.update(with: .char("z")), [], "unbound keys do nothing")
    }

    func testHelpScrollsWithinItsLines() {
        var s = state(count: 5)
        _ = s.update(with: .char("?"))
        let count = CommandRegistry.standard.helpLines(for: s.focus).count
        let limit = s.helpScrollLimit(count: count)
        XCTAssertGreaterThan(limit, 0, "the queue has more keys than a small screen's rows")
        _ = s.update(with: .char("k"))
        XCTAssertEqual(s.helpScroll, 0, "no scrolling above the first line")
        _ = s.update(with: .char("j"))
        XCTAssertEqual(s.helpScroll, 1)
        _ = s.update(with: .char("G"))
        XCTAssertEqual(s.helpScroll, limit)
        _ = s.update(with: .pageDown)
        XCTAssertEqual(s.helpScroll, limit, "no scrolling past the last line")
        XCTAssertEqual(s.mode, .help)
        _ = s.update(with: .enter)
        XCTAssertEqual(s.mode, .browse)
        _ = s.update(with: .char("?"))
        XCTAssertEqual(s.helpScroll, 0, "help opens at the top again")
    }

    func testDetailToggleOnNarrowScreensShrinksThePage() {
        var s = state(count: 50)
        XCTAssertEqual(s.update(with: .char("d")), [.reloadPage])
        XCTAssertEqual(s.layout.detailPlacement, .below)
        XCTAssertEqual(s.pageSize, 11)
        XCTAssertEqual(s.update(with: .char("d")), [.reloadPage])
        XCTAssertEqual(s.layout.detailPlacement, .hidden)
        XCTAssertEqual(s.pageSize, 20)
    }

    func testDetailToggleOnWideScreensExplainsItself() {
        var s = ConsoleState(user: "lin", role: .lead, size: TerminalSize(rows: 50, cols: 200))
        XCTAssertEqual(s.update(with: .char("d")), [])
        XCTAssertEqual(s.layout.detailPlacement, .right)
        XCTAssertEqual(s.message?.text, "The detail pane is always shown at this width")
    }

    func testResizeKeepsTheCursorVisible() {
        var s = state(count: 50)
        for _ in 0..<15 { _ = s.update(with: .char("j")) }
        XCTAssertEqual(s.resize(to: TerminalSize(rows: 30, cols: 100)), [.reloadPage])
        XCTAssertEqual(s.pageSize, 26)
        XCTAssertEqual(s.resize(to: TerminalSize(rows: 24, cols: 80)), [.reloadPage])
        var small = s
        XCTAssertEqual(small.resize(to: TerminalSize(rows: 12, cols: 80)), [], "too small: nothing to load")
        XCTAssertTrue(small.layout.isTooSmall)
        XCTAssertEqual(small.update(with: .char("j")), [], "only quitting works when too small")
        XCTAssertEqual(small.update(with: .char("q")), [.quit])
        XCTAssertEqual(s.cursor, 15)
        XCTAssertTrue((s.top..<s.top + s.pageSize).contains(s.cursor))
    }

    func testClicksSelectRowsAndTabs() {
        var s = state(count: 5)
        XCTAssertEqual(s.update(with: .mouse(y: 4, x: 10)), [], "row 4 is the third ticket")
        XCTAssertEqual(s.selectedID, 3)
        XCTAssertEqual(s.update(with: .mouse(y: 15, x: 10)), [], "below the last ticket")
        XCTAssertEqual(s.selectedID, 3)
        let tabs = QueueTabs.layout(counts: s.counts, active: s.view, width: 80)
        XCTAssertEqual(s.update(with: .mouse(y: 0, x: tabs[4].x + 1)), [.reloadPage])
        XCTAssertEqual(s.view, .escalated)
    }

    func testWheelMovesTheSelection() {
        var s = state(count: 5)
        _ = s.update(with: .wheelDown)
        _ = s.update(with: .wheelDown)
        _ = s.update(with: .wheelUp)
        XCTAssertEqual(s.selectedID, 2)
    }
}
