import HelpdeskCore
@testable import HelpdeskTUI
import XCTest

/// The knowledge-base pane and the palette drawn whole, with Chinese articles and marked matches.
final class KBGoldenScreenTests: XCTestCase {
    func testSearchOverTheWholeBodyAt120x40() {
        let (app, terminal, _) = KBFixtures.consoleWithKB(cols: 120, rows: 40)
        for key: Key in [.char("打"), .char("印")] { app.handle(key) }
        assertGolden(terminal.text(), named: "kb-search-120x40")
        XCTAssertTrue(marked(terminal).contains("打印"), "matches in results and article are marked: \(marked(terminal))")
    }

    func testSuggestionsInTheThirdColumnAt200x50() {
        let (app, terminal, _) = KBFixtures.consoleWithKB(cols: 200, rows: 50)
        XCTAssertEqual(app.state.layout.kbPlacement, .column)
        assertGolden(terminal.text(), named: "kb-suggest-200x50")
        let words = marked(terminal)
        XCTAssertTrue(words.contains("网络") && words.contains("全楼"), "the title's words are marked: \(words)")
    }

    func testReadingAnArticleAt120x40() {
        let (app, terminal, _) = KBFixtures.consoleWithKB(cols: 120, rows: 40)
        for key: Key in [.char("v"), .char("p"), .char("n"), .enter] { app.handle(key) }
        XCTAssertFalse(app.state.kb.isTyping)
        assertGolden(terminal.text(), named: "kb-read-120x40")
    }

    func testPaletteAt120x40() {
        let (app, terminal) = Fixtures.console(cols: 120, rows: 40)
        for key: Key in [.char(":"), .char("k"), .char("b")] { app.handle(key) }
        assertGolden(terminal.text(), named: "palette-120x40")
    }

    /// Every run of cells drawn in the match style, as text.
    private func marked(_ terminal: HeadlessTerminal) -> [String] {
        var runs: [String] = []
        for y in 0..<terminal.size.rows {
            var run = ""
            for x in 0..<terminal.size.cols {
                guard let cell = terminal.screen.cell(y: y, x: x) else { continue }
                if cell.style.role == .match {
                    if !cell.isContinuation { run.append(cell.character) }
                } else if !run.isEmpty {
                    runs.append(run)
                    run = ""
                }
            }
            if !run.isEmpty { runs.append(run) }
        }
        return runs
    }
}
