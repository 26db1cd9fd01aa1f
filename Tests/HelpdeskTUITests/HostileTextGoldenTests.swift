import HelpdeskCore
@testable import HelpdeskTUI
import XCTest

/// Queue, detail, timeline and knowledge base drawn with hostile text: every control character
/// shows as a symbol, nothing reaches the terminal raw, and the columns still line up.
final class HostileTextGoldenTests: XCTestCase {
    private func assertNothingUnsafe(_ terminal: HeadlessTerminal, file: StaticString = #filePath, line: UInt = #line) {
        for (y, text) in terminal.text().enumerated() {
            let bad = text.unicodeScalars.filter(HostileTextFixtures.isUnsafe)
            XCTAssertTrue(bad.isEmpty, "row \(y) carries \(bad.map { String($0.value, radix: 16) }): \(text)", file: file, line: line)
        }
    }

    func testQueueAndDetailShowEscapesAsSymbols() {
        let (app, terminal, _) = DetailFixtures.console(cols: 120, rows: 40, source: HostileTextFixtures.source())
        app.handle(.char("d"))
        assertGolden(terminal.text(), named: "hostile-queue-120x40")
        assertNothingUnsafe(terminal)
        let screen = terminal.text().joined(separator: "\n")
        XCTAssertTrue(screen.contains("␛]52;c;cm0gLXJmIH4=␇Reset"), "OSC 52 is shown, not obeyed")
        XCTAssertTrue(screen.contains("Mallory␛[2J␛[H"), screen)
        XCTAssertTrue(screen.contains("普通工单：显示器闪烁"), "plain text is untouched")
    }

    func testFocusedDetailWithHostileDescriptionAndTimeline() {
        let (app, terminal, _) = DetailFixtures.console(cols: 120, rows: 40, source: HostileTextFixtures.source())
        app.handle(.enter)
        assertGolden(terminal.text(), named: "hostile-detail-120x40")
        assertNothingUnsafe(terminal)
        let screen = terminal.text().joined(separator: "\n")
        XCTAssertTrue(screen.contains("invoice�fdp.exe"), "the RTL override is replaced: \(screen)")
        XCTAssertTrue(screen.contains("␛]8;;http://evil.example/␛\\点这里"), "the OSC 8 link is inert text")
    }

    func testKnowledgeBaseArticleWithHostileText() {
        let (app, terminal, _) = DetailFixtures.console(cols: 120, rows: 40, source: HostileTextFixtures.source())
        app.handle(.char("K"))
        app.type("密码")
        app.handle(.enter)
        assertGolden(terminal.text(), named: "hostile-kb-120x40")
        assertNothingUnsafe(terminal)
        XCTAssertTrue(terminal.text().joined().contains("␛]52;c;"), terminal.text().joined(separator: "\n"))
    }
}
