import Foundation
@testable import HelpdeskTUI
import XCTest

/// The real curses path, headless: newterm on /dev/null, the screen read back with mvwinnwstr.
final class NCursesTerminalTests: XCTestCase {
    private func terminal(environment: [String: String] = ["TERM": "xterm-256color"], term: String = "xterm-256color") throws -> NCursesTerminal {
        try NCursesTerminal(theme: .standard, device: .files(input: "/dev/null", output: "/dev/null", term: term),
                            environment: environment)
    }

    func testDrawsChineseAndEmojiThroughCurses() throws {
        let t = try terminal()
        defer { t.close() }
        XCTAssertGreaterThanOrEqual(t.size.cols, 80)
        t.put("打印机 printer 😀 ok", y: 0, x: 0, style: Style(.priorityP1))
        t.put("王伟", y: 1, x: 3, style: .normal)
        t.refresh()
        XCTAssertEqual(t.cursesRow(0), "打印机 printer 😀 ok")
        XCTAssertEqual(t.cursesRow(1), "   王伟")
    }

    func testEscapeSequencesArriveAsVisibleText() throws {
        let t = try terminal()
        defer { t.close() }
        t.put("\u{1B}]52;c;cm0=\u{07}\u{9B}2J", y: 0, x: 0)
        t.refresh()
        XCTAssertEqual(t.cursesRow(0), "␛]52;c;cm0=␇�2J")
    }

    func testOnlyChangedRowsAreRedrawnButTheScreenStaysRight() throws {
        let t = try terminal()
        defer { t.close() }
        t.put("first", y: 0, x: 0)
        t.put("second", y: 1, x: 0)
        t.refresh()
        t.clear()
        t.put("first", y: 0, x: 0)
        t.put("变了", y: 1, x: 0)
        t.refresh()
        XCTAssertEqual(t.cursesRow(0), "first")
        XCTAssertEqual(t.cursesRow(1), "变了")
    }

    func testColourSupportAndTheme() throws {
        let colour = try terminal()
        XCTAssertEqual(colour.colorSupport, .extended)
        XCTAssertEqual(colour.theme, Theme.standard)
        colour.close()
        let noColor = try terminal(environment: ["TERM": "xterm-256color", "NO_COLOR": "1"])
        XCTAssertEqual(noColor.colorSupport, .none)
        XCTAssertEqual(noColor.theme, Theme.mono)
        noColor.close()
        let vt100 = try terminal(environment: ["TERM": "vt100"], term: "vt100")
        XCTAssertEqual(vt100.colorSupport, .none)
        vt100.close()
    }

    func testNoInputMeansNoKey() throws {
        let t = try terminal()
        defer { t.close() }
        XCTAssertNil(t.readKey(timeoutMilliseconds: 0))
        XCTAssertNil(t.pendingSignal())
    }

    func testUnknownTerminalTypeIsAClearError() {
        XCTAssertThrowsError(try terminal(term: "no-such-terminal-9000")) { error in
            XCTAssertTrue(String(describing: error).contains("“no-such-terminal-9000” is unknown to curses"), "\(error)")
        }
    }

    func testCloseTwiceIsHarmless() throws {
        let t = try terminal()
        t.close()
        t.close()
        t.refresh()
        XCTAssertNil(t.readKey(timeoutMilliseconds: 0))
    }
}
