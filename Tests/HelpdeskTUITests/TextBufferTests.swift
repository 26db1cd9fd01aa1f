@testable import HelpdeskTUI
import XCTest

final class TextBufferTests: XCTestCase {
    private func at(_ line: Int, _ index: Int) -> TextPosition { TextPosition(line: line, index: index) }

    func testChineseGoesInAndBackspaceTakesOneCharacterAtATime() {
        var b = TextBuffer()
        b.insert("打印机 broken")
        XCTAssertEqual(b.text, "打印机 broken")
        XCTAssertEqual(b.count, 10)
        b.moveCursor(to: at(0, 3))
        XCTAssertTrue(b.deleteBackward())
        XCTAssertEqual(b.text, "打印 broken")
        XCTAssertEqual(b.cursor, at(0, 2))
        XCTAssertEqual(b.column(of: b.cursor), 4, "two Han characters are four cells")
        b.moveToLineStart()
        XCTAssertFalse(b.deleteBackward(), "nothing before the start")
        XCTAssertTrue(b.deleteForward())
        XCTAssertEqual(b.text, "印 broken")
    }

    func testCodePointsArrivingOneByOneJoinTheirCharacter() {
        var b = TextBuffer()
        for scalar in ["e", "\u{301}", "👩", "\u{200D}", "💻", "🇨", "🇳"] { b.insert(Character(scalar)) }
        XCTAssertEqual(b.lines[0], ["é", "👩‍💻", "🇨🇳"])
        XCTAssertEqual(b.count, 3)
        b.deleteBackward()
        b.deleteBackward()
        XCTAssertEqual(b.text, "é")
    }

    func testLineBreaksSplitAndJoinLines() {
        var b = TextBuffer("第一行\r\nsecond\rthird")
        XCTAssertEqual(b.lines.count, 3)
        XCTAssertEqual(b.text, "第一行\nsecond\nthird")
        XCTAssertEqual(b.count, b.text.count)
        b.moveCursor(to: at(1, 0))
        b.deleteBackward()
        XCTAssertEqual(b.text, "第一行second\nthird")
        XCTAssertEqual(b.cursor, at(0, 3))
        b.moveToLineEnd()
        b.deleteForward()
        XCTAssertEqual(b.text, "第一行secondthird")
        XCTAssertEqual(b.count, 14)
        b.moveCursor(to: at(0, 3))
        b.insert("\n")
        XCTAssertEqual(b.lines.map { String($0) }, ["第一行", "secondthird"])
        XCTAssertEqual(b.cursor, at(1, 0))
    }

    func testControlCharactersNeverGoIn() {
        var b = TextBuffer()
        b.insert("\u{1B}[31mred\u{07}\u{9B}2J \u{202E}evil")
        XCTAssertEqual(b.text, "[31mred2J evil")
        var field = TextBuffer(allowsLineBreaks: false, tabWidth: 0)
        field.insert("a\tb\nc\u{2028}d")
        XCTAssertEqual(field.text, "a b c d")
        XCTAssertEqual(field.lines.count, 1)
    }

    func testTabsExpandToTheNextStopByDisplayColumn() {
        var b = TextBuffer(tabWidth: 4)
        b.insert("中\tx")
        XCTAssertEqual(b.text, "中  x", "中 takes two cells, so the stop at 4 is two spaces away")
        b.insert("\t")
        XCTAssertEqual(b.text, "中  x   ")
    }

    func testLimitRefusesGrowthAndCountsWhatWasRefused() {
        var b = TextBuffer(limit: 5)
        XCTAssertEqual(b.insert("打印机无法连接"), 2)
        XCTAssertEqual(b.text, "打印机无法")
        XCTAssertEqual(b.remaining, 0)
        XCTAssertFalse(b.insert("\n"), "a line break counts as a character")
        XCTAssertFalse(b.insert("\t"))
        b.insert("\u{301}")
        XCTAssertEqual(b.count, 5, "an accent joining the last character adds nothing")
        let long = TextBuffer("0123456789", limit: 5)
        XCTAssertEqual(long.text, "0123456789", "existing text past the limit is kept whole")
    }

    func testWordJumpsOverMixedChineseAndEnglish() {
        let b = TextBuffer("打印机printer坏了，请帮忙 fix it")
        var stops: [Int] = []
        var p = TextPosition.start
        while p != b.endPosition {
            p = b.wordEnd(after: p)
            stops.append(p.index)
        }
        XCTAssertEqual(stops, [3, 10, 12, 16, 20, 23])
        stops = []
        while p != .start {
            p = b.wordStart(before: p)
            stops.append(p.index)
        }
        XCTAssertEqual(stops, [21, 17, 13, 10, 3, 0])
    }

    func testWordClasses() {
        XCTAssertEqual(TextBuffer.wordClass(of: "打"), .han)
        XCTAssertEqual(TextBuffer.wordClass(of: "か"), .han)
        XCTAssertEqual(TextBuffer.wordClass(of: "a"), .word)
        XCTAssertEqual(TextBuffer.wordClass(of: "７"), .word)
        XCTAssertEqual(TextBuffer.wordClass(of: "，"), .punctuation)
        XCTAssertEqual(TextBuffer.wordClass(of: "\u{3000}"), .space)
    }

    func testWordJumpsCrossLineBreaks() {
        var b = TextBuffer("foo\n  bar")
        b.moveCursor(to: at(0, 3))
        b.moveWordRight()
        XCTAssertEqual(b.cursor, at(1, 5))
        b.moveCursor(to: at(1, 2))
        b.moveWordLeft()
        XCTAssertEqual(b.cursor, at(0, 0))
    }

    func testKillCommandsAndYank() {
        var b = TextBuffer("请重启 the printer\n第二行")
        b.moveCursor(to: at(0, 3))
        XCTAssertTrue(b.killToLineEnd())
        XCTAssertEqual(b.text, "请重启\n第二行")
        XCTAssertEqual(b.killed, " the printer")
        XCTAssertTrue(b.killToLineEnd(), "at the end of a line, Ctrl-K joins the next")
        XCTAssertEqual(b.text, "请重启第二行")
        XCTAssertEqual(b.killed, "\n")
        b.moveCursor(to: at(0, 4))
        XCTAssertTrue(b.killToLineStart())
        XCTAssertEqual(b.text, "二行")
        XCTAssertEqual(b.killed, "请重启第")
        XCTAssertFalse(b.killToLineStart(), "nothing before the cursor")
        b.moveToLineEnd()
        XCTAssertEqual(b.yank(), 0)
        XCTAssertEqual(b.text, "二行请重启第")
        b.insert(" now ok")
        XCTAssertTrue(b.deleteWordBackward())
        XCTAssertEqual(b.text, "二行请重启第 now ")
        b.deleteWordBackward()
        b.deleteWordBackward()
        XCTAssertEqual(b.text, "", "the Han run is one word")
        XCTAssertFalse(b.deleteWordBackward())
        b.insert("fix it")
        b.moveToLineStart()
        XCTAssertTrue(b.deleteWordForward())
        XCTAssertEqual(b.text, " it")
    }

    func testDeleteAcrossLinesKeepsTheCount() {
        var b = TextBuffer("一二三\nabc\n四五六")
        let removed = b.delete(from: at(2, 1), to: at(0, 2))
        XCTAssertEqual(removed, "三\nabc\n四")
        XCTAssertEqual(b.text, "一二五六")
        XCTAssertEqual(b.count, 4)
        XCTAssertEqual(b.cursor, at(0, 2))
        XCTAssertEqual(b.delete(from: b.cursor, to: b.cursor), "")
    }

    func testRevisionMovesWithEditsOnly() {
        var b = TextBuffer("abc")
        XCTAssertEqual(b.revision, 0)
        b.moveLeft()
        b.moveWordLeft()
        XCTAssertEqual(b.revision, 0)
        b.insert("x")
        XCTAssertEqual(b.revision, 1)
        b.deleteBackward()
        XCTAssertEqual(b.revision, 2)
    }

    func testCursorMovesClampAndWrapAroundLines() {
        var b = TextBuffer("ab\ncd")
        b.moveCursor(to: at(9, 9))
        XCTAssertEqual(b.cursor, at(1, 2))
        b.moveCursor(to: at(1, 0))
        b.moveLeft()
        XCTAssertEqual(b.cursor, at(0, 2))
        b.moveRight()
        XCTAssertEqual(b.cursor, at(1, 0))
        b.moveCursor(to: .start)
        b.moveLeft()
        XCTAssertEqual(b.cursor, .start)
        XCTAssertTrue(TextBuffer(" \n\u{3000}").isBlank)
        XCTAssertFalse(b.isBlank)
    }

    func testTenThousandCharacterPasteOneLineAndManyLines() {
        var b = TextBuffer()
        let line = String(String(repeating: "网络故障 network down ", count: 600).prefix(10_000))
        let started = Date()
        for character in line { b.insert(character) }
        var lines = TextBuffer()
        for i in 0..<1_000 { lines.insert("第\(i)行 line\n") }
        let seconds = Date().timeIntervalSince(started)
        XCTAssertEqual(b.count, 10_000)
        XCTAssertEqual(b.text, line)
        XCTAssertEqual(lines.lines.count, 1_001)
        XCTAssertEqual(lines.count, lines.text.count)
        print("TextBuffer: 10,000 typed characters and 1,000 pasted lines in \(String(format: "%.3f", seconds)) s")
    }
}
