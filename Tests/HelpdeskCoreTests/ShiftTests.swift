import Foundation
import XCTest
@testable import HelpdeskCore

final class ShiftTests: XCTestCase {
    /// "2026-03-02T23:00:00+08:00" (2 March 2026 is a Monday).
    private func at(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    private let night = Shift(name: "night", startMinute: 20 * 60, endMinute: 8 * 60, days: .everyDay, timeZone: "Asia/Shanghai")
    private let weekdayNight = Shift(name: "night", startMinute: 20 * 60, endMinute: 8 * 60, days: .weekdays, timeZone: "Asia/Shanghai")
    private let weekdayDay = Shift(name: "day", startMinute: 8 * 60, endMinute: 20 * 60, days: .weekdays, timeZone: "Asia/Shanghai")

    func testNightShiftRunsAcrossMidnightAndBelongsToTheDayItStarted() {
        XCTAssertTrue(night.contains(at("2026-03-02T23:00:00+08:00")))
        XCTAssertEqual(night.start(ofRunContaining: at("2026-03-02T23:00:00+08:00")), at("2026-03-02T20:00:00+08:00"))
        XCTAssertTrue(night.contains(at("2026-03-03T07:59:00+08:00")), "Tuesday 07:59 is Monday's night")
        XCTAssertEqual(night.start(ofRunContaining: at("2026-03-03T07:59:00+08:00")), at("2026-03-02T20:00:00+08:00"))
        XCTAssertFalse(night.contains(at("2026-03-03T08:00:00+08:00")), "the end is not part of the shift")
        XCTAssertFalse(night.contains(at("2026-03-02T19:59:00+08:00")))
        XCTAssertTrue(night.contains(at("2026-03-02T20:00:00+08:00")), "the start is")
        XCTAssertTrue(night.crossesMidnight)
    }

    func testWeekdayNightShiftEndsOnSaturdayMorningAndDoesNotStartOnSunday() {
        XCTAssertTrue(weekdayNight.contains(at("2026-03-07T02:00:00+08:00")), "Saturday 02:00 is Friday's night")
        XCTAssertEqual(weekdayNight.start(ofRunContaining: at("2026-03-07T02:00:00+08:00")), at("2026-03-06T20:00:00+08:00"))
        XCTAssertFalse(weekdayNight.contains(at("2026-03-07T21:00:00+08:00")), "no Saturday night shift")
        XCTAssertFalse(weekdayNight.contains(at("2026-03-09T02:00:00+08:00")), "Monday 02:00 would be Sunday's night")
        XCTAssertTrue(weekdayNight.contains(at("2026-03-09T20:00:00+08:00")))
    }

    func testWeekdayDayShiftEdges() {
        XCTAssertTrue(weekdayDay.contains(at("2026-03-06T19:59:00+08:00")))
        XCTAssertFalse(weekdayDay.contains(at("2026-03-06T20:00:00+08:00")))
        XCTAssertFalse(weekdayDay.contains(at("2026-03-07T10:00:00+08:00")), "Saturday")
        XCTAssertTrue(weekdayDay.contains(at("2026-03-09T08:00:00+08:00")), "Monday 08:00")
        XCTAssertFalse(weekdayDay.crossesMidnight)
        let chosen = Shift(name: "mw", startMinute: 9 * 60, endMinute: 12 * 60, days: .only([1, 3]), timeZone: "Asia/Shanghai")
        XCTAssertTrue(chosen.contains(at("2026-03-04T10:00:00+08:00")), "Wednesday")
        XCTAssertFalse(chosen.contains(at("2026-03-03T10:00:00+08:00")), "Tuesday")
    }

    func testTheSameInstantIsJudgedInEachShiftsOwnZone() {
        let shanghaiDay = Shift(name: "day", startMinute: 8 * 60, endMinute: 20 * 60, timeZone: "Asia/Shanghai")
        let newYorkDay = Shift(name: "ny", startMinute: 8 * 60, endMinute: 20 * 60, timeZone: "America/New_York")
        let instant = at("2026-03-03T01:00:00Z")   // 09:00 in Shanghai, 20:00 the day before in New York
        XCTAssertTrue(shanghaiDay.contains(instant))
        XCTAssertFalse(newYorkDay.contains(instant))
        XCTAssertTrue(newYorkDay.contains(at("2026-03-03T00:59:00Z")))
    }

    func testNewYorkAcrossTheStartOfDaylightSavingTime() {
        let office = Shift(name: "office", startMinute: 9 * 60, endMinute: 17 * 60, timeZone: "America/New_York")
        // Friday 6 March is EST (UTC−5); Monday 9 March, after the switch on the 8th, is EDT (UTC−4).
        XCTAssertTrue(office.contains(at("2026-03-06T21:30:00Z")), "16:30 EST")
        XCTAssertFalse(office.contains(at("2026-03-09T21:30:00Z")), "17:30 EDT, though 16:30 at last week's offset")
        XCTAssertTrue(office.contains(at("2026-03-09T13:00:00Z")), "09:00 EDT")
        XCTAssertEqual(office.start(ofRunContaining: at("2026-03-09T15:00:00Z")), at("2026-03-09T13:00:00Z"))

        // The night the clocks go forward: Saturday 22:00 EST to Sunday 06:00 EDT, seven real hours.
        let night = Shift(name: "night", startMinute: 22 * 60, endMinute: 6 * 60, timeZone: "America/New_York")
        let sundayDawn = at("2026-03-08T09:30:00Z")   // 05:30 EDT
        XCTAssertTrue(night.contains(sundayDawn))
        XCTAssertEqual(night.start(ofRunContaining: sundayDawn), at("2026-03-08T03:00:00Z"))
        XCTAssertFalse(night.contains(at("2026-03-08T10:00:00Z")), "06:00 EDT")
        // And when they go back (1 November): 01:30 happens twice, both inside the night.
        XCTAssertTrue(night.contains(at("2026-11-01T05:30:00Z")))
        XCTAssertTrue(night.contains(at("2026-11-01T06:30:00Z")))
    }

    func testParsingTimesAndDays() {
        XCTAssertEqual(Shift.minutes(from: "08:00"), 480)
        XCTAssertEqual(Shift.minutes(from: "8:30"), 510)
        XCTAssertEqual(Shift.minutes(from: "24:00"), 1440)
        for bad in ["8", "8:5", "25:00", "24:01", "ab:cd", "-1:00", ""] { XCTAssertNil(Shift.minutes(from: bad), bad) }
        XCTAssertEqual(Shift.clock(480), "08:00")
        XCTAssertEqual(ShiftDays(text: "weekdays"), .weekdays)
        XCTAssertEqual(ShiftDays(text: "everyday"), .everyDay)
        XCTAssertEqual(ShiftDays(text: "Mon, Wednesday"), .only([1, 3]))
        XCTAssertEqual(ShiftDays(text: "mon,tue,wed,thu,fri,sat,sun"), .everyDay)
        XCTAssertNil(ShiftDays(text: "funday"))
        XCTAssertNil(ShiftDays(text: ""))
        XCTAssertEqual(ShiftDays.only([5, 1]).text, "mon,fri")
    }

    func testValidationNamesTheProblem() {
        var shift = night
        shift.timeZone = "Mars/Olympus"
        XCTAssertThrowsError(try shift.validated()) {
            XCTAssertEqual("\($0)", "“Mars/Olympus” is not a time zone; use an IANA name such as Asia/Shanghai or America/New_York")
        }
        shift = night
        shift.name = "  "
        XCTAssertThrowsError(try shift.validated())
        XCTAssertNoThrow(try night.validated())
    }
}
