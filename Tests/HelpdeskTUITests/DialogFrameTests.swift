import HelpdeskCore
@testable import HelpdeskTUI
import XCTest

final class DialogFrameTests: XCTestCase {
    func testPlacesTheBoxCentredAndShrinksItToFit() {
        let frame = DialogFrame(title: "添加备注", footer: TextEditor.keyHints)
        let placed = frame.place(content: TerminalSize(rows: 4, cols: 20), in: Rect(x: 0, y: 0, width: 40, height: 12))
        XCTAssertEqual(placed.box, Rect(x: 8, y: 3, width: 24, height: 6))
        XCTAssertEqual(placed.content, Rect(x: 10, y: 4, width: 20, height: 4))
        XCTAssertEqual(placed.contentSize, TerminalSize(rows: 4, cols: 20))
        let squeezed = frame.place(content: TerminalSize(rows: 30, cols: 100), in: Rect(x: 2, y: 1, width: 40, height: 12))
        XCTAssertEqual(squeezed.box, Rect(x: 2, y: 1, width: 40, height: 12))
        XCTAssertEqual(squeezed.content, Rect(x: 4, y: 2, width: 36, height: 10))
    }

    func testDrawsBorderTitleFooterAndTheEditorInside() {
        let terminal = HeadlessTerminal(size: TerminalSize(rows: 9, cols: 40))
        terminal.clear()
        terminal.put(String(repeating: "#", count: 40), y: 3, x: 0)
        let frame = DialogFrame(title: "添加备注 #1042", footer: TextEditor.keyHints)
        let size = TerminalSize(rows: 4, cols: 32)
        let editor = TextEditor(text: "已重启交换机\nswitch rebooted", viewport: size)
        let cursor = frame.render(content: size, in: Rect(x: 0, y: 0, width: 40, height: 9), on: terminal) { rect in
            editor.render(on: terminal, in: rect)
        }
        terminal.showCursor(at: cursor)
        terminal.refresh()
        XCTAssertEqual(terminal.text(), [
            "",
            "  ┌─ 添加备注 #1042 ─────────────────┐",
            "  │ 已重启交换机                     │",
            "##│ switch rebooted                  │##",
            "  │                                  │",
            "  │ Ln 2/2  Col 16  22 characters    │",
            "  └─ Ctrl-S/F2 save · Esc cancel ────┘",
            "",
            "",
        ], "the box blanks what was under it, and only that")
        XCTAssertEqual(terminal.cursor, CursorPosition(y: 3, x: 19), "after \"switch rebooted\"")
    }

    func testLabelsTooLongForTheBoxAreCut() {
        let terminal = HeadlessTerminal(size: TerminalSize(rows: 4, cols: 16))
        terminal.clear()
        let frame = DialogFrame(title: "一个很长很长的标题", footer: TextField.keyHints)
        frame.render(frame.place(content: TerminalSize(rows: 1, cols: 12), in: Rect(x: 0, y: 0, width: 16, height: 4)), on: terminal)
        terminal.refresh()
        XCTAssertEqual(terminal.text(), ["┌─ 一个很长… ──┐", "│              │", "└─ Enter sub… ─┘", ""])
    }
}
