import Foundation
import HelpdeskCore
@testable import HelpdeskTUI
import XCTest

final class TextFormatTests: XCTestCase {
    private func countdown(_ seconds: TimeInterval) -> String {
        SLACountdown.text(due: Fixtures.now.addingTimeInterval(seconds), now: Fixtures.now)
    }

    func testCountdownFormats() {
        XCTAssertEqual(countdown(35 * 60), "35m")
        XCTAssertEqual(countdown(35 * 60 + 59), "35m", "time left rounds down")
        XCTAssertEqual(countdown(30), "0m")
        XCTAssertEqual(countdown(125 * 60), "2h05m")
        XCTAssertEqual(countdown(60 * 60), "1h00m")
        XCTAssertEqual(countdown(76 * 3600), "3d04h")
        XCTAssertEqual(countdown(-80 * 60), "-1h20m")
        XCTAssertEqual(countdown(-30), "-1m", "an overdue ticket never reads -0m")
        XCTAssertEqual(countdown(0), "-1m", "due now is breached")
        XCTAssertEqual(countdown(-49 * 3600), "-2d01h")
        XCTAssertEqual(countdown(239 * 3600), "9d23h")
        XCTAssertEqual(countdown(-240 * 3600), "-10d", "from ten days on, days only")
        XCTAssertEqual(countdown(-(272 * 24 + 21) * 3600), "-272d")
        XCTAssertLessThanOrEqual(countdown(-9999 * 86400).count, 7, "fits the SLA column")
    }

    func testCountdownStates() {
        let row = Fixtures.row(1, .p1, .new, due: 30, risk: 10, assignee: nil, .other, "r", "t")
        XCTAssertEqual(SLACountdown.state(of: row, now: Fixtures.now), .ok)
        XCTAssertEqual(SLACountdown.state(of: row, now: Fixtures.minutes(10)), .atRisk)
        XCTAssertEqual(SLACountdown.state(of: row, now: Fixtures.minutes(30)), .breached)
        let paused = Fixtures.row(2, .p1, .pendingCustomer, due: nil, assignee: nil, .other, "r", "t")
        XCTAssertEqual(SLACountdown.state(of: paused, now: Fixtures.now), .none)
    }

    func testClockUsesTheTeamTimeZone() {
        let clock = ClockText(timeZone: Fixtures.shanghai)
        XCTAssertEqual(clock.time(Fixtures.now), "09:00")
        XCTAssertEqual(clock.dateTime(Fixtures.minutes(-80)), "2026-03-02 07:40")
        XCTAssertEqual(ClockText(timeZone: TimeZone(identifier: "UTC")!).time(Fixtures.now), "01:00")
    }

    func testWrapBreaksEnglishAtSpaces() {
        XCTAssertEqual(TextWrap.lines("VPN drops every ten minutes", columns: 10), ["VPN drops", "every ten", "minutes"])
    }

    func testWrapBreaksChineseAnywhereButInsideACharacter() {
        let lines = TextWrap.lines("全楼网络中断无法访问内网", columns: 9)
        XCTAssertEqual(lines, ["全楼网络", "中断无法", "访问内网"])
        XCTAssertTrue(lines.allSatisfy { $0.displayWidth <= 9 })
    }

    func testWrapMixedTextLongWordsAndBreaks() {
        XCTAssertEqual(TextWrap.lines("打印机 printer 卡纸", columns: 12), ["打印机", "printer 卡纸"])
        XCTAssertEqual(TextWrap.lines("abcdefghij", columns: 4), ["abcd", "efgh", "ij"])
        XCTAssertEqual(TextWrap.lines("one\n\ntwo", columns: 10), ["one", "", "two"])
        XCTAssertEqual(TextWrap.lines("x", columns: 0), [])
    }

    func testLongFilterShowsItsEnd() {
        XCTAssertEqual(ScreenRenderer.tail(of: "打印机", columns: 6), "打印机")
        XCTAssertEqual(ScreenRenderer.tail(of: "打印机卡纸", columns: 6), "…卡纸")
        XCTAssertEqual(ScreenRenderer.tail(of: "printer", columns: 4), "…ter")
        XCTAssertEqual(ScreenRenderer.tail(of: "printer", columns: 1), "…")
        XCTAssertEqual(ScreenRenderer.tail(of: "printer", columns: 0), "")
    }

    func testLongFilterOnScreenKeepsTheCursorInView() {
        let (app, terminal) = Fixtures.console(cols: 80, rows: 24)
        app.handle(.char("/"))
        for _ in 0..<50 { app.handle(.char("网")) }
        let hints = terminal.text()[22]
        XCTAssertTrue(hints.hasPrefix("Filter: …网网"), hints)
        XCTAssertLessThanOrEqual(hints.displayWidth, 80)
        XCTAssertEqual(terminal.screen.cell(y: 22, x: 79)?.style, Style(.selection, .reverse), "the typing cursor is the last cell")
    }
}
