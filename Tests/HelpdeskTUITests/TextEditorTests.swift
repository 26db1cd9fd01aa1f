import HelpdeskCore
@testable import HelpdeskTUI
import XCTest

final class TextEditorTests: XCTestCase {
    private func editor(_ text: String = "", cols: Int = 20, rows: Int = 6, limit: Int? = nil) -> TextEditor {
        TextEditor(text: text, viewport: TerminalSize(rows: rows, cols: cols), name: "The comment", limit: limit)
    }

    private func keys(for text: String) -> [Key] {
        text.map { $0 == "\n" ? .enter : .char($0) }
    }

    @discardableResult
    private func send(_ keys: [Key], to e: inout TextEditor) -> WidgetOutcome {
        var last = WidgetOutcome.editing
        for key in keys { last = e.handle(key) }
        return last
    }

    private func at(_ line: Int, _ index: Int) -> TextPosition { TextPosition(line: line, index: index) }

    private func draw(_ e: TextEditor, cols: Int = 20, rows: Int = 6) -> (lines: [String], cursor: CursorPosition?) {
        let terminal = HeadlessTerminal(size: TerminalSize(rows: rows, cols: cols))
        terminal.clear()
        terminal.showCursor(at: e.render(on: terminal, in: Rect(x: 0, y: 0, width: cols, height: rows)))
        terminal.refresh()
        return (terminal.text(), terminal.cursor)
    }

    // MARK: Soft wrap

    func testWrapNeverSplitsAWideCharacter() {
        let line = Array("打印机无法连接")
        XCTAssertEqual(SoftWrap.rows(of: line, width: 5), [0..<2, 2..<4, 4..<6, 6..<7])
        XCTAssertEqual(SoftWrap.rows(of: line, width: 6), [0..<3, 3..<6, 6..<7])
        for width in 2...9 {
            for row in SoftWrap.rows(of: line, width: width) {
                XCTAssertLessThanOrEqual(String(line[row]).displayWidth, width, "width \(width)")
            }
        }
    }

    func testWrapMovesEnglishWordsWholeAndKeepsClosingPunctuationDown() {
        XCTAssertEqual(SoftWrap.rows(of: Array("hello world"), width: 8), [0..<6, 6..<11])
        XCTAssertEqual(SoftWrap.rows(of: Array("中文English"), width: 8), [0..<2, 2..<9], "the Latin word moves down whole")
        XCTAssertEqual(SoftWrap.rows(of: Array("Englishman"), width: 6), [0..<6, 6..<10], "a word wider than the row is cut")
        XCTAssertEqual(SoftWrap.rows(of: Array("你好，世界"), width: 4), [0..<1, 1..<3, 3..<5, 5..<5],
                       "， stays with 好 rather than start a row")
        XCTAssertEqual(SoftWrap.rows(of: Array("abcd efg"), width: 4), [0..<5, 5..<8], "the space hangs")
        XCTAssertEqual(SoftWrap.rows(of: Array("abcd"), width: 4), [0..<4, 4..<4], "a full last row leaves room for the cursor")
        XCTAssertEqual(SoftWrap.rows(of: [], width: 4), [0..<0])
    }

    func testRenderWrapsChineseAtAnOddWidth() {
        let e = editor("打印机无法连接 ok", cols: 5, rows: 6)
        let screen = draw(e, cols: 5, rows: 6)
        XCTAssertEqual(Array(screen.lines.prefix(4)), ["打印", "机无", "法连", "接 ok"])
        XCTAssertEqual(screen.cursor, CursorPosition(y: 4, x: 0), "the cursor after a full last row goes to the next row")
    }

    // MARK: Cursor by display cell

    func testUpAndDownKeepTheDisplayColumnAcrossWideCharacters() {
        var e = editor("abcdef\n中文字\nabcdef")
        e.entry.buffer.moveCursor(to: at(0, 3))
        send([.down], to: &e)
        XCTAssertEqual(e.buffer.cursor, at(1, 1), "column 3 is the right half of 文: the cursor goes before it")
        send([.down], to: &e)
        XCTAssertEqual(e.buffer.cursor, at(2, 3), "the goal column is kept")
        send([.up, .up], to: &e)
        XCTAssertEqual(e.buffer.cursor, at(0, 3))
        send([.right, .down], to: &e)
        XCTAssertEqual(e.buffer.cursor, at(1, 2), "column 4 is after 文")
    }

    func testGoalColumnSurvivesShortLinesAndResetsOnOtherKeys() {
        var e = editor("abcdefgh\nab\nabcdefgh")
        e.entry.buffer.moveCursor(to: at(0, 6))
        send([.down], to: &e)
        XCTAssertEqual(e.buffer.cursor, at(1, 2))
        send([.down], to: &e)
        XCTAssertEqual(e.buffer.cursor, at(2, 6))
        send([.up, .left, .down], to: &e)
        XCTAssertEqual(e.buffer.cursor, at(2, 1), "Left set a new goal column")
    }

    func testUpAndDownMoveByWrappedRows() {
        var e = editor("打印机无法连接问题", cols: 6)
        e.entry.buffer.moveCursor(to: at(0, 1))
        send([.down], to: &e)
        XCTAssertEqual(e.buffer.cursor, at(0, 4), "row 2 starts at 无; column 2 is 法")
        send([.down, .down], to: &e)
        XCTAssertEqual(e.buffer.cursor, at(0, 9), "the empty row after a full one holds only the end")
        send([.up], to: &e)
        XCTAssertEqual(e.buffer.cursor, at(0, 7), "back up to column 2 of the third row")
    }

    func testUpOnTheFirstRowGoesToTheStartAndDownOnTheLastToTheEnd() {
        var e = editor("first\nlast")
        e.entry.buffer.moveCursor(to: at(0, 3))
        send([.up], to: &e)
        XCTAssertEqual(e.buffer.cursor, .start)
        e.entry.buffer.moveCursor(to: at(1, 1))
        send([.down], to: &e)
        XCTAssertEqual(e.buffer.cursor, at(1, 4))
    }

    func testHomeEndAndWordJumpKeys() {
        var e = editor("请检查 VPN 设置\nsecond")
        e.entry.buffer.moveCursor(to: at(0, 5))
        send([.home], to: &e)
        XCTAssertEqual(e.buffer.cursor, at(0, 0))
        send([.ctrl("e")], to: &e)
        XCTAssertEqual(e.buffer.cursor, at(0, 10))
        send([.ctrl("a"), .ctrlRight], to: &e)
        XCTAssertEqual(e.buffer.cursor, at(0, 3))
        send([.alt("f")], to: &e)
        XCTAssertEqual(e.buffer.cursor, at(0, 7))
        send([.alt("f"), .alt("f")], to: &e)
        XCTAssertEqual(e.buffer.cursor, at(1, 6))
        send([.ctrlLeft, .alt("b")], to: &e)
        XCTAssertEqual(e.buffer.cursor, at(0, 8))
        send([.end], to: &e)
        XCTAssertEqual(e.buffer.cursor, at(0, 10))
    }

    // MARK: Editing keys

    func testTypingChineseWithEnterAndBackspace() {
        var e = editor()
        send(keys(for: "打印机\n坏了"), to: &e)
        XCTAssertEqual(e.text, "打印机\n坏了")
        send([.backspace, .backspace, .backspace], to: &e)
        XCTAssertEqual(e.text, "打印机")
        XCTAssertEqual(e.buffer.cursor, at(0, 3))
        send([.char("\u{1B}"), .char("\u{07}"), .tab, .char("x")], to: &e)
        XCTAssertEqual(e.text, "打印机  x", "controls ignored; the tab fills to column 8")
    }

    func testKillKeys() {
        var e = editor("重启 the printer\nthen test")
        e.entry.buffer.moveCursor(to: at(0, 2))
        send([.ctrl("k")], to: &e)
        XCTAssertEqual(e.text, "重启\nthen test")
        send([.ctrl("k")], to: &e)
        XCTAssertEqual(e.text, "重启then test")
        send([.ctrl("e"), .ctrl("w")], to: &e)
        XCTAssertEqual(e.text, "重启then ")
        send([.ctrl("u")], to: &e)
        XCTAssertEqual(e.text, "")
        send([.ctrl("y")], to: &e)
        XCTAssertEqual(e.text, "重启then ")
        send([.home, .delete, .ctrl("d")], to: &e)
        XCTAssertEqual(e.text, "then ")
    }

    // MARK: Save and cancel

    func testSaveKeysSubmitTheText() {
        var e = editor()
        send(keys(for: "服务器宕机\nserver down"), to: &e)
        XCTAssertEqual(e.handle(.ctrl("s")), .submitted("服务器宕机\nserver down"))
        XCTAssertEqual(e.handle(.function(2)), .submitted("服务器宕机\nserver down"))
    }

    func testBlankTextIsNotSavedAndSaysWhy() {
        var e = editor()
        send([.char(" "), .enter], to: &e)
        XCTAssertEqual(e.handle(.ctrl("s")), .editing)
        XCTAssertEqual(e.message, "The comment is empty: type some text, or press Esc to cancel.")
        XCTAssertTrue(draw(e).lines.contains("The comment is empty"), "\(draw(e).lines)")
        send([.char("x")], to: &e)
        XCTAssertNil(e.message)
        var allowed = TextEditor(viewport: TerminalSize(rows: 4, cols: 20), allowsEmpty: true)
        XCTAssertEqual(allowed.handle(.ctrl("s")), .submitted(""))
    }

    func testEscapeWithoutChangesCancelsAtOnce() {
        var e = editor("原来的文字")
        XCTAssertEqual(e.handle(.escape), .cancelled)
        var undone = editor("原来的文字")
        send([.char("x"), .backspace], to: &undone)
        XCTAssertFalse(undone.hasChanges)
        XCTAssertEqual(undone.handle(.escape), .cancelled, "typed and deleted again: nothing to lose")
    }

    func testEscapeAfterTypingAsksAndAnyOtherKeyKeepsEditing() {
        var e = editor()
        send(keys(for: "草稿"), to: &e)
        XCTAssertEqual(e.handle(.escape), .confirmingDiscard)
        XCTAssertTrue(e.isConfirmingDiscard)
        XCTAssertEqual(draw(e, cols: 30).lines[5], "Discard typed text? y/n")
        XCTAssertNil(draw(e).cursor, "no cursor while asking")
        XCTAssertEqual(e.handle(.resize), .confirmingDiscard, "a resize is not an answer")
        XCTAssertEqual(e.handle(.char("n")), .editing)
        XCTAssertFalse(e.isConfirmingDiscard)
        XCTAssertEqual(e.text, "草稿", "the answer is not typed")
        XCTAssertEqual(e.handle(.escape), .confirmingDiscard)
        XCTAssertEqual(e.handle(.escape), .editing, "Esc again is any other key")
        XCTAssertEqual(e.handle(.escape), .confirmingDiscard)
        XCTAssertEqual(e.handle(.char("y")), .cancelled)
        var noQuestion = TextEditor(viewport: TerminalSize(rows: 4, cols: 20), confirmsDiscard: false)
        _ = noQuestion.handle(.char("a"))
        XCTAssertEqual(noQuestion.handle(.escape), .cancelled)
    }

    // MARK: Limits and pastes

    func testLimitMessageCountsAWholePaste() {
        var e = editor(limit: 5)
        send(keys(for: "打印机无法连接网络"), to: &e)
        XCTAssertEqual(e.text, "打印机无法")
        XCTAssertEqual(e.message, "The comment holds at most 5 characters; 4 more characters were not added.")
        XCTAssertEqual(draw(e, cols: 80).lines[5], "The comment holds at most 5 characters; 4 more characters were not added.")
        send([.left], to: &e)
        XCTAssertNil(e.message)
        send([.enter], to: &e)
        XCTAssertEqual(e.message, "The comment holds at most 5 characters; 1 more character was not added.")
        XCTAssertEqual(draw(e, cols: 80).lines[5].hasSuffix("1 more character was not added."), true)
    }

    func testTenThousandCharacterPasteCompletes() {
        let paste = String(String(repeating: "网络故障 network down，请尽快处理 ", count: 500).prefix(10_000))
        var oneLine = editor(cols: 60, rows: 12)
        let started = Date()
        send(keys(for: paste), to: &oneLine)
        let oneLineSeconds = Date().timeIntervalSince(started)
        XCTAssertEqual(oneLine.buffer.count, 10_000)
        XCTAssertEqual(oneLine.text, paste)
        let screen = draw(oneLine, cols: 60, rows: 12)
        XCTAssertNotNil(screen.cursor)
        XCTAssertEqual(screen.lines[11], "Ln 1/1  Col \(paste.displayWidth + 1)  10000 characters")

        let lines = (0..<500).map { "第\($0)行：printer offline" }.joined(separator: "\n")
        var manyLines = editor(cols: 60, rows: 12)
        let again = Date()
        send(keys(for: lines), to: &manyLines)
        let manySeconds = Date().timeIntervalSince(again)
        XCTAssertEqual(manyLines.text, lines)
        XCTAssertEqual(draw(manyLines, cols: 60, rows: 12).lines[10], "第499行：printer offline")
        print("TextEditor: 10,000-character line in \(String(format: "%.2f", oneLineSeconds)) s; \(lines.count) characters in 500 lines in \(String(format: "%.2f", manySeconds)) s")
    }

    func testWrapsKeptBetweenKeysMatchAFreshWrapAfterAnyEdit() {
        // A fixed pseudo-random walk over every editing key, at a width that wraps a lot.
        var e = editor("起点 start", cols: 7, rows: 4)
        let pool: [Key] = [.char("中"), .char("文"), .char("a"), .char("b"), .char(" "), .char("，"), .char("\u{301}"),
                           .enter, .backspace, .delete, .left, .right, .up, .down, .home, .end, .tab, .ctrl("w"),
                           .ctrl("k"), .ctrl("u"), .ctrl("y"), .alt("d"), .ctrlLeft, .ctrlRight, .pageUp, .pageDown]
        var seed: UInt64 = 42
        for step in 0..<3_000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            _ = e.handle(pool[Int(seed >> 33) % pool.count])
            for (line, kept) in e.memo.lines {
                XCTAssertEqual(kept, SoftWrap.wrap(e.buffer.lines[line], width: 7), "line \(line) after step \(step)")
            }
            XCTAssertNotNil(draw(e, cols: 7, rows: 4).cursor, "step \(step)")
        }
        XCTAssertEqual(e.buffer.count, e.text.count)
    }

    func testRewrapAfterAnEditEqualsAFreshWrap() {
        let text = Array("打印机 printer 无法连接，请 check the cable 然后重启 again and again")
        for width in [4, 5, 9, 13] {
            let old = SoftWrap.wrap(text, width: width)
            for index in stride(from: 0, to: text.count, by: 3) {
                var inserted = text
                inserted.insert(contentsOf: Array("新 new"), at: index)
                XCTAssertEqual(SoftWrap.rewrap(old, inserted, width: width, editedAt: index), SoftWrap.wrap(inserted, width: width))
                var removed = text
                removed.removeSubrange(index..<min(text.count, index + 4))
                XCTAssertEqual(SoftWrap.rewrap(old, removed, width: width, editedAt: index), SoftWrap.wrap(removed, width: width))
            }
        }
    }

    func testOpeningALongBodyAndTypingAtItsEnd() {
        let body = (0..<20_000).map { "第\($0)行 日志 log line with some detail" }.joined(separator: "\n")
        let started = Date()
        var e = TextEditor(text: body, viewport: TerminalSize(rows: 30, cols: 100))
        _ = e.handle(.char("完"))
        let frame = draw(e, cols: 100, rows: 30)
        print("TextEditor: opened \(body.count) characters, typed and drew in \(String(format: "%.2f", Date().timeIntervalSince(started))) s")
        XCTAssertEqual(e.buffer.count, body.count + 1)
        XCTAssertEqual(frame.lines[28], "第19999行 日志 log line with some detail完")
        XCTAssertEqual(frame.cursor, CursorPosition(y: 28, x: 42))
    }

    // MARK: Scrolling and rendering

    func testScrollKeepsTheCursorInViewAndPagesMoveTogether() {
        let text = (1...20).map { "第\($0)行" }.joined(separator: "\n")
        var e = editor(text, cols: 20, rows: 5)
        XCTAssertEqual(Array(draw(e, rows: 5).lines.prefix(4)), ["第17行", "第18行", "第19行", "第20行"])
        XCTAssertEqual(draw(e, rows: 5).cursor, CursorPosition(y: 3, x: 6))
        send([.up, .up, .up], to: &e)
        XCTAssertEqual(draw(e, rows: 5).lines[0], "第17行", "moving inside the view does not scroll")
        send([.up], to: &e)
        XCTAssertEqual(draw(e, rows: 5).lines[0], "第16行")
        XCTAssertEqual(draw(e, rows: 5).cursor?.y, 0)
        send([.pageUp], to: &e)
        XCTAssertEqual(draw(e, rows: 5).lines[0], "第13行")
        XCTAssertEqual(e.buffer.cursor.line, 12)
        send([.pageDown], to: &e)
        XCTAssertEqual(draw(e, rows: 5).lines[0], "第16行")
        send([.pageDown, .pageDown, .pageDown], to: &e)
        XCTAssertEqual(e.buffer.cursor, at(19, 4), "past the last row: the end of the text")
        XCTAssertEqual(draw(e, rows: 5).lines[3], "第20行")
    }

    func testDeletingAtTheEndPullsTheViewBackDown() {
        let text = (1...10).map { "line \($0)" }.joined(separator: "\n")
        var e = editor(text, cols: 20, rows: 4)
        XCTAssertEqual(draw(e, rows: 4).lines[0], "line 8")
        send(Array(repeating: .backspace, count: 8), to: &e)
        XCTAssertEqual(Array(draw(e, rows: 4).lines.prefix(3)), ["line 7", "line 8", "line 9"])
    }

    func testRenderShowsPlaceholderStatusAndCursor() {
        let empty = TextEditor(viewport: TerminalSize(rows: 4, cols: 30), placeholder: "写下处理过程…")
        let screen = draw(empty, cols: 30, rows: 4)
        XCTAssertEqual(screen.lines, ["写下处理过程…", "", "", "Ln 1/1  Col 1  0 characters"])
        XCTAssertEqual(screen.cursor, CursorPosition(y: 0, x: 0))
        var e = TextEditor(text: "重启路由器\nok", viewport: TerminalSize(rows: 4, cols: 40), limit: 100)
        _ = e.handle(.up)
        let edited = draw(e, cols: 40, rows: 4)
        XCTAssertEqual(edited.lines, ["重启路由器", "ok", "", "Ln 1/2  Col 3  8/100 characters"])
        XCTAssertEqual(edited.cursor, CursorPosition(y: 0, x: 2), "column 2 from \"ok\" lands before 启")
    }

    func testRenderInARectOtherThanTheViewportStillShowsTheCursor() {
        let text = (1...30).map { "row \($0)" }.joined(separator: "\n")
        let e = editor(text, cols: 40, rows: 20)
        let screen = draw(e, cols: 40, rows: 5)
        XCTAssertEqual(screen.lines[3], "row 30")
        XCTAssertEqual(screen.cursor, CursorPosition(y: 3, x: 6))
    }

    func testOneRowEditorShowsTheQuestionInsteadOfText() {
        var e = editor("x", cols: 40, rows: 1)
        _ = e.handle(.char("y"))
        XCTAssertEqual(draw(e, cols: 40, rows: 1).lines, ["xy"])
        _ = e.handle(.escape)
        XCTAssertEqual(draw(e, cols: 40, rows: 1).lines, ["Discard typed text? y/n"])
    }
}
