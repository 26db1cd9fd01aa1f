import Foundation
import XCTest
@testable import HelpdeskCore

final class ReportPeriodTests: XCTestCase {
    func testNearestRank() {
        let ten = (1...10).map(Double.init)
        XCTAssertEqual(Percentile.nearestRank(50, of: ten), 5)
        XCTAssertEqual(Percentile.nearestRank(90, of: ten), 9)
        XCTAssertEqual(Percentile.nearestRank(90, of: [7]), 7)
        XCTAssertEqual(Percentile.nearestRank(50, of: [4, 1, 3, 2]), 2, "unsorted input is sorted first")
        XCTAssertNil(Percentile.nearestRank(50, of: []))
    }

    func testFromAfterToIsRefused() {
        XCTAssertThrowsError(try ReportFixtures.period("2026-11-30", "2026-11-01")) { error in
            XCTAssertTrue("\(error)".contains("ends earlier"), "\(error)")
        }
    }

    func testBadDateNamesTheOption() {
        XCTAssertThrowsError(try ReportPeriod.date("2026-13-01", option: "--from")) { error in
            XCTAssertEqual("\(error)", "--from \"2026-13-01\" is not a date; write it as YYYY-MM-DD, for example 2026-11-01")
        }
        XCTAssertEqual(try ReportPeriod.date("2026-11-01", option: "--to"), LocalDate(year: 2026, month: 11, day: 1))
    }

    func testDaysFollowTheLocalZoneThroughDaylightSaving() throws {
        let berlin = TimeZone(identifier: "Europe/Berlin")!
        let period = try ReportPeriod(from: LocalDate("2026-10-24")!, to: LocalDate("2026-10-26")!, timeZone: berlin)
        XCTAssertEqual(period.dayCount, 3)
        XCTAssertEqual(period.dayStarts[2].timeIntervalSince(period.dayStarts[1]), 25 * 3_600, "the clocks go back on the 25th")
        let lateOn25th = SurveyCSV.parseDate("2026-10-25 23:30", timeZone: berlin)!
        XCTAssertEqual(period.dayIndex(of: lateOn25th), 1)
        XCTAssertNil(period.dayIndex(of: period.end))
        XCTAssertEqual(period.dayIndex(of: period.start), 0)
        XCTAssertEqual(period.day(2).description, "2026-10-26")
    }

    func testOneDayPeriod() throws {
        let period = try ReportFixtures.period("2026-11-01", "2026-11-01")
        XCTAssertEqual(period.dayCount, 1)
        XCTAssertEqual(period.end.timeIntervalSince(period.start), 86_400)
    }
}
