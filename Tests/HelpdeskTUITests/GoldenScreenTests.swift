import HelpdeskCore
@testable import HelpdeskTUI
import XCTest

/// Whole screens rendered through the headless terminal and compared with Goldens/*.txt.
final class GoldenScreenTests: XCTestCase {
    func testOpenQueueAt120x40() {
        let (_, terminal) = Fixtures.console(cols: 120, rows: 40)
        assertGolden(terminal.text(), named: "queue-open-120x40")
        assertTitlesAligned(terminal, width: 120)
    }

    func testOpenQueueAt80x24() {
        let (_, terminal) = Fixtures.console(cols: 80, rows: 24)
        assertGolden(terminal.text(), named: "queue-open-80x24")
        assertTitlesAligned(terminal, width: 80)
    }

    func testAgentStartsOnOwnTickets() {
        let (_, terminal) = Fixtures.console(cols: 120, rows: 40, user: "alice", role: .agent)
        assertGolden(terminal.text(), named: "queue-mine-120x40")
    }

    func testChineseFilterAt80x24() {
        let (app, terminal) = Fixtures.console(cols: 80, rows: 24)
        for key: Key in [.char("/"), .char("打"), .char("印")] { app.handle(key) }
        assertGolden(terminal.text(), named: "filter-chinese-80x24")
    }

    func testDetailBelowQueueAt80x24() {
        let (app, terminal) = Fixtures.console(cols: 80, rows: 24)
        app.handle(.char("d"))
        app.handle(.char("j"))
        assertGolden(terminal.text(), named: "detail-below-80x24")
    }

    func testDetailBesideQueueAt200x50() {
        let (_, terminal) = Fixtures.console(cols: 200, rows: 50)
        assertGolden(terminal.text(), named: "detail-right-200x50")
    }

    func testHelpOverlayAt120x40() {
        let (app, terminal) = Fixtures.console(cols: 120, rows: 40)
        app.handle(.char("?"))
        assertGolden(terminal.text(), named: "help-120x40")
    }

    /// More keys than rows: the overlay scrolls to its last line, which names the last command, then any other key closes it.
    func testHelpOverlayScrollsToEveryKey() {
        let (app, terminal) = Fixtures.console(cols: 120, rows: 40)
        app.handle(.char("?"))
        app.handle(.char("G"))
        assertGolden(terminal.text(), named: "help-end-120x40")
        let last = CommandRegistry.standard.helpLines(for: .queue).last!
        XCTAssertTrue(terminal.text().joined(separator: "\n").contains(String(last.title.prefix(30))), "the last key is reachable: \(last.title)")
        app.handle(.char("x"))
        XCTAssertEqual(app.state.mode, .browse)
        XCTAssertEqual(app.state.helpScroll, 0)
    }

    func testTooSmallScreen() {
        let (_, terminal) = Fixtures.console(cols: 70, rows: 20)
        assertGolden(terminal.text(), named: "too-small-70x20")
    }

    /// Every title starts in the same cell, whatever mix of Chinese and English precedes it.
    private func assertTitlesAligned(_ terminal: HeadlessTerminal, width: Int, file: StaticString = #filePath, line: UInt = #line) {
        let columns = QueueColumns.compute(width: width)
        guard let title = columns.first(where: { $0.column == .title }),
              let requester = columns.first(where: { $0.column == .requester }) else {
            return XCTFail("no title column", file: file, line: line)
        }
        var checked = 0
        for y in 2..<terminal.size.rows - 2 {
            guard terminal.text()[y].contains("#10") else { continue }
            let before = terminal.screen.cell(y: y, x: title.x - 1)
            let start = terminal.screen.cell(y: y, x: title.x)
            let requesterStart = terminal.screen.cell(y: y, x: requester.x)
            XCTAssertEqual(before?.isContinuation, false, "row \(y): a wide character spills into the title gap", file: file, line: line)
            XCTAssertEqual(start?.isContinuation, false, "row \(y): title does not start on its column", file: file, line: line)
            XCTAssertNotEqual(start?.character, " ", "row \(y): title does not start on its column", file: file, line: line)
            XCTAssertNotEqual(requesterStart?.character, " ", "row \(y): requester does not start on its column", file: file, line: line)
            checked += 1
        }
        XCTAssertGreaterThanOrEqual(checked, 5, "too few ticket rows checked", file: file, line: line)
    }
}
