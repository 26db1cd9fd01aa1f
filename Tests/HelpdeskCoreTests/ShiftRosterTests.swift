import Foundation
import XCTest
@testable import HelpdeskCore

final class ShiftRosterTests: XCTestCase {
    private func at(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    private let roster = ShiftRoster(
        shifts: [Shift(name: "day", startMinute: 8 * 60, endMinute: 20 * 60, timeZone: "Asia/Shanghai"),
                 Shift(name: "night", startMinute: 20 * 60, endMinute: 8 * 60 + 30, timeZone: "Asia/Shanghai")],
        members: ["zhang.wei": ["day"], "li.na": ["night"], "chen.jie": ["day"], "zhao.lei": ["night"]],
        leads: ["day": "chen.jie", "night": "zhao.lei"])

    func testNoShiftsMeansEveryoneIsOnShift() {
        let empty = ShiftRoster()
        XCTAssertTrue(empty.isOnShift("anyone", at: CoreFixture.t0))
        XCTAssertNil(empty.onShiftLogins(at: CoreFixture.t0))
        XCTAssertNil(empty.lead(at: CoreFixture.t0))
        XCTAssertNil(empty.currentShift(for: "anyone", at: CoreFixture.t0))
    }

    func testWhoIsOnShiftAndWhoLeads() {
        let mondayNight = at("2026-03-02T23:00:00+08:00")
        XCTAssertEqual(roster.onShiftLogins(at: mondayNight), ["li.na", "zhao.lei"])
        XCTAssertEqual(roster.lead(at: mondayNight), "zhao.lei")
        XCTAssertFalse(roster.isOnShift("zhang.wei", at: mondayNight))
        XCTAssertTrue(roster.isOnShift("li.na", at: mondayNight))
        XCTAssertFalse(roster.isOnShift("not.rostered", at: mondayNight), "with shifts defined, nobody rostered is off shift")
        XCTAssertEqual(roster.currentShift(for: "li.na", at: mondayNight)?.name, "night")
        XCTAssertEqual(roster.currentShiftStart(for: "li.na", at: mondayNight), at("2026-03-02T20:00:00+08:00"))
        XCTAssertNil(roster.currentShiftStart(for: "zhang.wei", at: mondayNight))
    }

    func testDuringTheHandoverBothShiftsWorkAndTheIncomingLeadLeads() {
        let overlap = at("2026-03-03T08:15:00+08:00")
        XCTAssertEqual(roster.onShiftLogins(at: overlap), ["zhang.wei", "chen.jie", "li.na", "zhao.lei"])
        XCTAssertEqual(roster.runningShifts(at: overlap).map(\.name), ["day", "night"])
        XCTAssertEqual(roster.lead(at: overlap), "chen.jie")
        var leaderless = roster
        leaderless.leads["day"] = nil
        XCTAssertEqual(leaderless.lead(at: overlap), "zhao.lei", "a running shift without a lead defers to one that has")
    }
}
