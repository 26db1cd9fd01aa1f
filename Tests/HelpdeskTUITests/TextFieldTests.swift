import HelpdeskCore
@testable import HelpdeskTUI
import XCTest

final class TextFieldTests: XCTestCase {
    @discardableResult
    private func type(_ text: String, into field: inout TextField) -> WidgetOutcome {
        var last = WidgetOutcome.editing
        for character in text { last = field.handle(.char(character)) }
        return last
    }

    private func draw(_ field: TextField, cols: Int = 30, rows: Int = 2) -> (lines: [String], cursor: CursorPosition?) {
        let terminal = HeadlessTerminal(size: TerminalSize(rows: rows, cols: cols))
        terminal.clear()
        terminal.showCursor(at: field.render(on: terminal, in: Rect(x: 0, y: 0, width: cols, height: rows)))
        terminal.refresh()
        return (terminal.text(), terminal.cursor)
    }

    func testEnterSubmitsWhatWasTyped() {
        var field = TextField(width: 30)
        type("打印机卡纸 paper jam", into: &field)
        XCTAssertEqual(field.handle(.enter), .submitted("打印机卡纸 paper jam"))
    }

    func testBackspaceTakesWholeChineseCharactersAndTheCursorMovesByCells() {
        var field = TextField(width: 30, prompt: "原因: ")
        type("网络中断", into: &field)
        XCTAssertEqual(draw(field).cursor, CursorPosition(y: 0, x: 14), "prompt 6 cells, four Han characters 8")
        _ = field.handle(.backspace)
        XCTAssertEqual(field.text, "网络中")
        _ = field.handle(.left)
        XCTAssertEqual(draw(field).cursor, CursorPosition(y: 0, x: 10))
        _ = field.handle(.backspace)
        XCTAssertEqual(field.text, "网中")
        XCTAssertEqual(draw(field).lines[0], "原因: 网中")
    }

    func testEditingKeysAndWordJumps() {
        var field = TextField(text: "重启 VPN 客户端", width: 40)
        _ = field.handle(.ctrlLeft)
        XCTAssertEqual(field.buffer.cursor.index, 7)
        _ = field.handle(.alt("b"))
        XCTAssertEqual(field.buffer.cursor.index, 3)
        _ = field.handle(.ctrl("k"))
        XCTAssertEqual(field.text, "重启 ")
        _ = field.handle(.ctrl("y"))
        _ = field.handle(.home)
        _ = field.handle(.alt("f"))
        XCTAssertEqual(field.buffer.cursor.index, 2)
        _ = field.handle(.ctrl("w"))
        XCTAssertEqual(field.text, " VPN 客户端")
        _ = field.handle(.end)
        _ = field.handle(.ctrl("u"))
        XCTAssertEqual(field.text, "")
        XCTAssertEqual(field.handle(.up), .editing, "keys the field does not use change nothing")
    }

    func testTabAndControlsInAField() {
        var field = TextField(text: "a\tb\nc", width: 20)
        XCTAssertEqual(field.text, "a b c", "a line break or tab in a one-line field is a space")
        _ = field.handle(.tab)
        _ = field.handle(.char("\u{1B}"))
        _ = field.handle(.char("\u{9B}"))
        XCTAssertEqual(field.text, "a b c ")
    }

    func testLongTextScrollsSidewaysToKeepTheCursorInView() {
        var field = TextField(width: 10)
        type("打印机无法连接网络问题", into: &field)
        XCTAssertEqual(draw(field, cols: 10).lines[0], "网络问题")
        XCTAssertEqual(draw(field, cols: 10).cursor, CursorPosition(y: 0, x: 8))
        _ = field.handle(.home)
        XCTAssertEqual(draw(field, cols: 10).lines[0], "打印机无法", "a wide character that does not fit is not cut")
        XCTAssertEqual(draw(field, cols: 10).cursor, CursorPosition(y: 0, x: 0))
        for _ in 0..<6 { _ = field.handle(.right) }
        XCTAssertEqual(draw(field, cols: 10).lines[0], "机无法连接", "scrolled just enough for 机无法连 and the cursor cell")
        XCTAssertEqual(draw(field, cols: 10).cursor, CursorPosition(y: 0, x: 8))
        _ = field.handle(.end)
        _ = field.handle(.ctrl("u"))
        type("ok", into: &field)
        XCTAssertEqual(draw(field, cols: 10).lines[0], "ok", "with the text gone, the view comes back to the start")
    }

    func testLimitRefusesAndSaysHowMuchWasLeftOut() {
        var field = TextField(width: 80, name: "The reason", limit: 5)
        type("设备故障需要更换", into: &field)
        XCTAssertEqual(field.text, "设备故障需")
        XCTAssertEqual(field.message, "The reason holds at most 5 characters; 3 more characters were not added.")
        XCTAssertEqual(draw(field, cols: 80).lines, ["设备故障需", "The reason holds at most 5 characters; 3 more characters were not added."])
        _ = field.handle(.backspace)
        XCTAssertNil(field.message)
        type("要", into: &field)
        XCTAssertEqual(field.text, "设备故障要")
        XCTAssertNil(field.message)
    }

    func testPlaceholderAndHint() {
        let field = TextField(width: 30, prompt: "> ", placeholder: "搜索知识库", hint: "Enter search · Esc close")
        XCTAssertEqual(draw(field).lines, ["> 搜索知识库", "Enter search · Esc close"])
        XCTAssertEqual(draw(field).cursor, CursorPosition(y: 0, x: 2))
        XCTAssertEqual(draw(field).lines.count, 2)
    }

    func testEscapeFlow() {
        var unchanged = TextField(text: "原文", width: 20)
        XCTAssertEqual(unchanged.handle(.escape), .cancelled)

        var field = TextField(width: 40)
        type("半句话", into: &field)
        XCTAssertEqual(field.handle(.escape), .confirmingDiscard)
        XCTAssertEqual(draw(field, cols: 80).lines[1], "Discard typed text? y/n")
        XCTAssertNil(draw(field, cols: 80).cursor)
        XCTAssertEqual(field.handle(.char("x")), .editing)
        XCTAssertEqual(field.text, "半句话")
        XCTAssertEqual(field.handle(.escape), .confirmingDiscard)
        XCTAssertEqual(field.handle(.char("是")), .cancelled)

        var search = TextField(width: 20, confirmsDiscard: false)
        type("vpn", into: &search)
        XCTAssertEqual(search.handle(.escape), .cancelled, "a search box closes at once")
    }

    func testOneRowFieldShowsMessagesInPlaceOfText() {
        var field = TextField(width: 60, prompt: "标题: ", allowsEmpty: false)
        XCTAssertEqual(field.handle(.enter), .editing)
        XCTAssertEqual(draw(field, cols: 60, rows: 1).lines, ["标题: The text is empty: type some text, or press Esc to can"])
        XCTAssertNil(draw(field, cols: 60, rows: 1).cursor)
        type("x", into: &field)
        XCTAssertEqual(draw(field, cols: 60, rows: 1).lines, ["标题: x"])
        XCTAssertEqual(field.handle(.enter), .submitted("x"))
    }

    func testWidthChangeKeepsTheCursorVisible() {
        var field = TextField(text: String(repeating: "长", count: 30), width: 70)
        XCTAssertEqual(field.scrollStart, 0)
        field.width = 21
        XCTAssertEqual(field.scrollStart, 20, "ten characters fit before the cursor cell")
        XCTAssertEqual(draw(field, cols: 21, rows: 1).cursor, CursorPosition(y: 0, x: 20))
    }

    func testTenThousandCharacterPasteIntoAField() {
        var field = TextField(width: 40)
        let paste = String(String(repeating: "路由器 router 重启 ", count: 700).prefix(10_000))
        let started = Date()
        type(paste, into: &field)
        print("TextField: 10,000 characters in \(String(format: "%.2f", Date().timeIntervalSince(started))) s")
        XCTAssertEqual(field.text, paste)
        XCTAssertNotNil(draw(field, cols: 40).cursor)
    }
}
