import HelpdeskTUI
import XCTest

final class CellGridTests: XCTestCase {
    private func grid(_ cols: Int = 10) -> CellGrid { CellGrid(size: TerminalSize(rows: 2, cols: cols)) }

    func testWideCharactersTakeTwoCells() {
        var g = grid()
        XCTAssertEqual(g.put("打印ab", y: 0, x: 0, style: .normal), 6)
        XCTAssertEqual(g.cell(y: 0, x: 0)?.character, "打")
        XCTAssertEqual(g.cell(y: 0, x: 1)?.isContinuation, true)
        XCTAssertEqual(g.cell(y: 0, x: 2)?.character, "印")
        XCTAssertEqual(g.cell(y: 0, x: 4)?.character, "a")
        XCTAssertEqual(g.text()[0], "打印ab")
    }

    func testWideCharacterNeverStraddlesTheEdge() {
        var g = grid(5)
        XCTAssertEqual(g.put("ab打印", y: 0, x: 0, style: .normal), 5)
        XCTAssertEqual(g.text(trimmingTrailingSpaces: false)[0], "ab打 ", "印 does not fit in the last column")
        var limited = grid()
        limited.put("打印机", y: 0, x: 0, style: .normal, maxColumns: 3)
        XCTAssertEqual(limited.text()[0], "打", "maxColumns clips the same way")
        XCTAssertEqual(limited.cell(y: 0, x: 3)?.character, " ")
    }

    func testOverwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var g = grid()
        g.put("打印", y: 0, x: 0, style: .normal)
        g.put("x", y: 0, x: 1, style: .normal)
        XCTAssertEqual(g.text()[0], " x印", "the left half of 打 is blanked")
        g.put("y", y: 0, x: 2, style: .normal)
        XCTAssertEqual(g.text()[0], " xy", "the continuation of 印 is blanked")
        XCTAssertEqual(g.cell(y: 0, x: 3)?.isContinuation, false)
    }

    func testControlCharactersAreMadeVisible() {
        var g = grid(20)
        g.put("\u{1B}[31mred\u{07}", y: 0, x: 0, style: .normal)
        XCTAssertEqual(g.text()[0], "␛[31mred␇")
        g.put(Cell("\u{1B}"), y: 1, x: 0)
        XCTAssertEqual(g.cell(y: 1, x: 0)?.character, "␛")
        for y in 0..<2 {
            for x in 0..<20 {
                let scalars = g.cell(y: y, x: x)!.character.unicodeScalars
                XCTAssertFalse(scalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
            }
        }
    }

    func testWritesOutsideTheGridAreIgnored() {
        var g = grid()
        XCTAssertEqual(g.put("x", y: 5, x: 0, style: .normal), 0)
        XCTAssertEqual(g.put("x", y: 0, x: 10, style: .normal), 0)
        XCTAssertEqual(g.put("x", y: -1, x: 0, style: .normal), 0)
        XCTAssertEqual(g.put("x", y: 0, x: -1, style: .normal), 0)
        XCTAssertEqual(g.text(), ["", ""])
    }

    func testStylesAreKeptPerCell() {
        var g = grid()
        g.fill(y: 1, x: 0, width: 10, style: Style(.statusBar))
        g.put("P1", y: 1, x: 2, style: Style(.priorityP1, .bold))
        XCTAssertEqual(g.cell(y: 1, x: 0)?.style, Style(.statusBar))
        XCTAssertEqual(g.cell(y: 1, x: 3)?.style, Style(.priorityP1, .bold))
        g.restyle(y: 1, x: 2, width: 2, style: Style(.selection))
        XCTAssertEqual(g.cell(y: 1, x: 2), Cell("P", style: Style(.selection)))
    }

    func testHeadlessTerminalShowsOnlyRefreshedFrames() {
        let t = HeadlessTerminal(size: TerminalSize(rows: 1, cols: 10), keys: [.char("a")])
        t.put("draft", y: 0, x: 0)
        XCTAssertEqual(t.text(), [""], "nothing shows before refresh")
        t.refresh()
        XCTAssertEqual(t.text(), ["draft"])
        XCTAssertEqual(t.readKey(timeoutMilliseconds: 0), .char("a"))
        XCTAssertNil(t.readKey(timeoutMilliseconds: 0))
        XCTAssertEqual(t.idleReads, 1)
        t.resize(to: TerminalSize(rows: 3, cols: 4))
        XCTAssertEqual(t.size, TerminalSize(rows: 3, cols: 4))
        XCTAssertEqual(t.readKey(timeoutMilliseconds: 0), .resize)
    }
}
