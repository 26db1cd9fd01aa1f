import XCTest
@testable import HelpdeskCore

final class SLAFormatTests: XCTestCase {
    private func f(_ seconds: Double) -> String { SLAFormat.countdown(seconds) }

    func testMinutesHoursAndDays() {
        XCTAssertEqual(f(35 * 60), "35m")
        XCTAssertEqual(f(2 * 3600 + 5 * 60), "2h05m")
        XCTAssertEqual(f(3600), "1h00m")
        XCTAssertEqual(f(23 * 3600 + 59 * 60 + 59), "23h59m")
        XCTAssertEqual(f(86_400), "1d00h")
        XCTAssertEqual(f(3 * 86_400 + 4 * 3600 + 59 * 60), "3d04h")
        XCTAssertEqual(f(99 * 86_400 + 23 * 3600), "99d23h")
        XCTAssertEqual(f(150 * 86_400), "150d")
        XCTAssertEqual(f(5000 * 86_400), "999d+")
    }

    func testZeroAndUnderAMinute() {
        XCTAssertEqual(f(0), "0m")
        XCTAssertEqual(f(59.9), "0m")
        XCTAssertEqual(f(-59.9), "0m", "never \"-0m\"")
        XCTAssertEqual(f(60), "1m")
    }

    func testNegativeValuesReadAsOverdue() {
        XCTAssertEqual(f(-80 * 60), "-1h20m")
        XCTAssertEqual(f(-5 * 60), "-5m")
        XCTAssertEqual(f(-(2 * 86_400 + 3 * 3600)), "-2d03h")
        XCTAssertEqual(f(-5000 * 86_400), "-999d+")
    }

    func testOddInputsStayShort() {
        XCTAssertEqual(f(.nan), "--")
        XCTAssertEqual(f(.infinity), "999d+")
        XCTAssertEqual(f(-.infinity), "-999d+")
        XCTAssertEqual(f(1e300), "999d+")
    }

    func testNeverWiderThanSevenCells() {
        var value = 1.0
        while value < 1e12 {
            XCTAssertLessThanOrEqual(f(value).count, 7, "\(value)")
            XCTAssertLessThanOrEqual(f(-value).count, 7, "\(-value)")
            value *= 1.37
        }
    }
}
