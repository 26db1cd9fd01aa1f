import Foundation
import XCTest
@testable import HelpdeskCore

final class AutoAssignmentTests: XCTestCase {
    private let now = ISO8601DateFormatter().date(from: "2026-03-02T10:00:00+08:00")!   // Monday, day shift
    private let network = Team(name: "network", categories: [.network], autoAssign: true)
    private let engineers = [
        Engineer(login: "day.one", name: "白班一", skills: [.network], loadCap: 2, team: "network"),
        Engineer(login: "day.two", name: "白班二", skills: [.network], loadCap: 5, team: "network"),
        Engineer(login: "night.one", name: "夜班", skills: [.network], team: "network"),
        Engineer(login: "outsider", name: "别组", skills: [.network]),
    ]
    private let roster = ShiftRoster(
        shifts: [Shift(name: "day", startMinute: 8 * 60, endMinute: 20 * 60, timeZone: "Asia/Shanghai"),
                 Shift(name: "night", startMinute: 20 * 60, endMinute: 8 * 60, timeZone: "Asia/Shanghai")],
        members: ["day.one": ["day"], "day.two": ["day"], "night.one": ["night"], "outsider": ["day"]])

    func testPicksTheLeastLoadedTeamMemberOnShift() {
        let decision = AutoAssignment.decide(for: CoreFixture.ticket(), team: network, engineers: engineers,
                                             loads: ["day.one": EngineerLoad(openTickets: 1, weightedLoad: 2)], roster: roster, at: now)
        XCTAssertEqual(decision.engineer?.login, "day.two")
        XCTAssertTrue(decision.explanation.hasPrefix("auto-assign (team network): day.two: network, L1, load 0/5"), decision.explanation)
        XCTAssertFalse(decision.ranked.contains { $0.engineer.login == "outsider" }, "other teams are not considered")
    }

    func testNeverOffShiftOrOverCap() {
        let loads = ["day.one": EngineerLoad(openTickets: 2, weightedLoad: 4), "day.two": EngineerLoad(openTickets: 6, weightedLoad: 9)]
        let decision = AutoAssignment.decide(for: CoreFixture.ticket(), team: network, engineers: engineers, loads: loads,
                                             roster: roster, at: now)
        XCTAssertNil(decision.engineer)
        XCTAssertEqual(decision.explanation, "auto-assign (team network): no eligible engineer: 2 at cap, 1 off shift")
        let night = AutoAssignment.decide(for: CoreFixture.ticket(), team: network, engineers: engineers, loads: loads,
                                          roster: roster, at: now.addingTimeInterval(12 * 3600))
        XCTAssertEqual(night.engineer?.login, "night.one", "at 22:00 the night shift takes it")
    }

    func testATeamWithoutEngineersSaysSo() {
        let empty = Team(name: "security", categories: [.security], autoAssign: true)
        let decision = AutoAssignment.decide(for: CoreFixture.ticket(), team: empty, engineers: engineers, loads: [:],
                                             roster: roster, at: now)
        XCTAssertEqual(decision.explanation, "auto-assign (team security): no eligible engineer: the team has no engineers")
    }

    func testATicketsTeamComesFromItsCategory() {
        let teams = [Team(name: "desk", categories: [.hardware, .software]), network]
        XCTAssertEqual(Team.name(for: .network, in: teams), "network")
        XCTAssertEqual(Team.name(for: .software, in: teams), "desk")
        XCTAssertEqual(Team.name(for: .account, in: teams), "support")
        XCTAssertThrowsError(try Team(name: "infra", categories: [.network, .other]).checkNoOverlap(with: teams)) {
            XCTAssertEqual("\($0)", "team network already handles network; a category belongs to one team")
        }
        XCTAssertNoThrow(try Team(name: "network", categories: [.network, .security]).checkNoOverlap(with: teams))
    }
}
