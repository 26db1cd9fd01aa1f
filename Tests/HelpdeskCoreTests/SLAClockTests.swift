import Foundation
import XCTest
@testable import HelpdeskCore

final class SLAClockTests: XCTestCase {
    private let sla = SLAConfiguration.standard
    private let hour = SLAFixtures.hour
    private func at(_ s: String) -> Date { SLAFixtures.at(s) }

    private func ticket(_ priority: Priority, _ created: String, status: TicketStatus = .inProgress) -> Ticket {
        Ticket(title: "打印机无法连接 printer offline", description: "", requester: Requester(name: "王芳", contact: "wang@example.com"),
               priority: priority, status: status, createdAt: at(created))
    }

    func testFridayEveningP2() {
        let d = sla.deadlines(for: ticket(.p2, "2026-03-13 17:30"))
        XCTAssertEqual(d.responseDue, at("2026-03-16 09:00"))
        XCTAssertEqual(d.responseRiskAt, at("2026-03-13 17:52:30"))
        XCTAssertEqual(d.resolutionDue, at("2026-03-16 17:30"))
        XCTAssertEqual(d.resolutionRiskAt, at("2026-03-16 15:15"), "6.75 h: 30 min on Friday, 6.25 h on Monday")
        XCTAssertEqual(d.nextDue, at("2026-03-16 09:00"))
        XCTAssertEqual(d.nextRiskAt, at("2026-03-13 17:52:30"))
    }

    func testP3AcrossNationalDayCountsMakeUpSaturday() {
        let d = sla.deadlines(for: ticket(.p3, "2026-09-30 17:00"))
        XCTAssertEqual(d.resolutionDue, at("2026-10-10 17:00"))
        XCTAssertEqual(d.responseDue, at("2026-09-30 17:30"))
        XCTAssertEqual(sla.deadlines(for: ticket(.p3, "2026-09-30 17:45")).responseDue, at("2026-10-08 09:15"),
                       "15 min before the holiday, 15 min after it")
    }

    func testP4SevenWorkingDaysAndP1AroundTheClock() {
        XCTAssertEqual(sla.deadlines(for: ticket(.p4, "2026-03-10 10:00")).resolutionDue, at("2026-03-19 10:00"))
        let p1 = ticket(.p1, "2026-03-10 22:30")
        let d = sla.deadlines(for: p1)
        XCTAssertEqual(d.responseDue, at("2026-03-10 23:00"))
        XCTAssertEqual(d.resolutionDue, at("2026-03-11 02:30"))
        XCTAssertEqual(d.resolutionRiskAt, at("2026-03-11 01:30"))
        let e = sla.evaluate(p1, at: at("2026-03-11 01:00"))
        XCTAssertEqual(e.resolution.elapsed, 2.5 * hour)
        XCTAssertEqual(e.resolution.remaining, 1.5 * hour)
        XCTAssertEqual(e.resolution.state, .onTrack)
        XCTAssertEqual(e.response.state, .breached, "no reply 2.5 h after a 30-min target")
        XCTAssertEqual(sla.evaluate(p1, at: at("2026-03-11 01:30")).resolution.state, .atRisk)
    }

    func testPauseAcrossTheNightAddsBackOnlyWorkingHours() {
        var t = ticket(.p2, "2026-03-10 14:00")
        t.firstResponseAt = at("2026-03-10 14:10")
        t.pauses = [DateInterval(start: at("2026-03-10 17:00"), end: at("2026-03-11 10:00"))]
        let d = sla.deadlines(for: t)
        XCTAssertEqual(d.resolutionDue, at("2026-03-11 16:00"), "Wed 14:00 plus the 2 working hours inside the wait")
        XCTAssertEqual(d.resolutionRiskAt, at("2026-03-11 13:45"))
        XCTAssertEqual(d.nextDue, d.resolutionDue, "the response is given, so only resolution is pending")
        let noon = sla.evaluate(t, at: at("2026-03-11 12:00")).resolution
        XCTAssertEqual(noon.elapsed, 5 * hour)
        XCTAssertEqual(noon.remaining, 4 * hour)
        XCTAssertEqual(noon.state, .onTrack)
        XCTAssertEqual(sla.evaluate(t, at: at("2026-03-11 13:44")).resolution.state, .onTrack)
        XCTAssertEqual(sla.evaluate(t, at: at("2026-03-11 13:45")).resolution.state, .atRisk)
    }

    func testWaitInProgressFreezesTheClockAndHidesTheDeadline() {
        var t = ticket(.p2, "2026-03-10 09:00", status: .pendingCustomer)
        t.pausedSince = at("2026-03-10 12:00")
        let d = sla.deadlines(for: t)
        XCTAssertNil(d.resolutionDue)
        XCTAssertNil(d.resolutionRiskAt)
        XCTAssertEqual(d.nextDue, at("2026-03-10 09:30"), "the response clock never pauses")
        t.firstResponseAt = at("2026-03-10 09:05")
        XCTAssertNil(sla.deadlines(for: t).nextDue, "nothing runs while waiting after a reply")
        let later = sla.evaluate(t, at: at("2026-03-10 16:00")).resolution
        let muchLater = sla.evaluate(t, at: at("2026-03-20 16:00")).resolution
        XCTAssertEqual(later.state, .paused)
        XCTAssertEqual(later.remaining, 6 * hour)
        XCTAssertEqual(later, muchLater, "a paused clock does not move")
        XCTAssertNil(later.dueAt)
        XCTAssertEqual(sla.evaluate(t, at: at("2026-03-20 16:00")).worst, .paused)
    }

    func testResumedTicketGetsTheWaitAddedBack() {
        var t = ticket(.p2, "2026-03-10 09:00")
        t.pauses = [DateInterval(start: at("2026-03-10 12:00"), end: at("2026-03-12 12:00"))]
        XCTAssertEqual(sla.deadlines(for: t).resolutionDue, at("2026-03-13 09:00"), "3 h before, 18 h waiting, 6 h after")
    }

    func testOverlappingAndUnsortedPausesCountOnce() {
        var t = ticket(.p2, "2026-03-10 09:00")
        t.pauses = [DateInterval(start: at("2026-03-10 11:00"), end: at("2026-03-10 13:00")),
                    DateInterval(start: at("2026-03-10 10:00"), end: at("2026-03-10 12:00"))]
        XCTAssertEqual(sla.deadlines(for: t).resolutionDue, at("2026-03-11 12:00"), "10:00–13:00 is 3 h, not 4")
    }

    func testAtRiskAtSeventyFivePercentAndAtAConfiguredShare() {
        let t = ticket(.p2, "2026-03-10 09:00")
        XCTAssertEqual(sla.evaluate(t, at: at("2026-03-10 15:44")).resolution.state, .onTrack)
        XCTAssertEqual(sla.evaluate(t, at: at("2026-03-10 15:45")).resolution.state, .atRisk)
        var half = sla
        half.atRiskShare = 0.5
        XCTAssertEqual(half.deadlines(for: t).resolutionRiskAt, at("2026-03-10 13:30"))
        XCTAssertEqual(half.evaluate(t, at: at("2026-03-10 13:29")).resolution.state, .onTrack)
        XCTAssertEqual(half.evaluate(t, at: at("2026-03-10 13:30")).resolution.state, .atRisk)
    }

    func testBreachedHasNegativeRemaining() {
        let t = ticket(.p2, "2026-03-10 09:00")
        XCTAssertEqual(sla.deadlines(for: t).resolutionDue, at("2026-03-11 09:00"), "a full day ends at the next opening")
        let evening = sla.evaluate(t, at: at("2026-03-10 20:00")).resolution
        XCTAssertEqual(evening.state, .atRisk, "the full day is used but the deadline has not passed")
        XCTAssertEqual(evening.remaining, 0)
        let late = sla.evaluate(t, at: at("2026-03-11 10:20")).resolution
        XCTAssertEqual(late.state, .breached)
        XCTAssertEqual(late.remaining, -80 * 60)
        XCTAssertEqual(SLAFormat.countdown(late.remaining), "-1h20m")
    }

    func testMetAndMissed() {
        var t = ticket(.p3, "2026-03-10 09:00", status: .resolved)
        t.firstResponseAt = at("2026-03-10 09:30")
        t.resolvedAt = at("2026-03-13 09:00")
        var e = sla.evaluate(t, at: at("2026-04-01 12:00"))
        XCTAssertEqual(e.response.state, .met, "answered exactly at the deadline")
        XCTAssertEqual(e.resolution.state, .met)
        XCTAssertEqual(e.resolution.elapsed, 27 * hour)
        XCTAssertEqual(e.worst, .met)
        XCTAssertNil(sla.deadlines(for: t).nextDue)
        t.firstResponseAt = at("2026-03-10 09:31")
        t.resolvedAt = at("2026-03-13 09:01")
        t.status = .closed
        e = sla.evaluate(t, at: at("2026-04-01 12:00"))
        XCTAssertEqual(e.response.state, .missed)
        XCTAssertEqual(e.resolution.state, .missed)
        XCTAssertEqual(e.resolution.remaining, -60)
        XCTAssertEqual(e.worst, .missed)
    }

    func testReopenedTicketRunsAgain() {
        var t = ticket(.p2, "2026-03-10 09:00", status: .reopened)
        t.firstResponseAt = at("2026-03-10 09:10")
        let e = sla.evaluate(t, at: at("2026-03-12 09:00"))
        XCTAssertEqual(e.resolution.state, .breached)
        XCTAssertEqual(e.response.state, .met)
        XCTAssertEqual(e.worst, .breached)
        XCTAssertEqual(sla.deadlines(for: t).nextDue, at("2026-03-11 09:00"))
    }

    func testCancelledTicketOwesNothing() {
        var t = ticket(.p2, "2026-03-10 09:00", status: .cancelled)
        t.updatedAt = at("2026-03-12 09:00")
        let e = sla.evaluate(t, at: at("2026-03-20 09:00"))
        XCTAssertEqual(e.response.state, .met)
        XCTAssertEqual(e.resolution.state, .met)
        XCTAssertNil(sla.deadlines(for: t).nextDue)
        XCTAssertNil(sla.deadlines(for: t).nextRiskAt)
    }

    func testDeadlinesFollowTheCurrentPriority() {
        var t = ticket(.p3, "2026-03-10 09:00")
        XCTAssertEqual(sla.deadlines(for: t).resolutionDue, at("2026-03-13 09:00"))
        t.priority = .p1
        XCTAssertEqual(sla.deadlines(for: t).resolutionDue, at("2026-03-10 13:00"))
        XCTAssertEqual(sla.evaluate(t, at: at("2026-03-10 14:00")).resolution.state, .breached)
    }

    func testWorstPicksTheMostAlarmingClock() {
        func worst(_ a: SLAState, _ b: SLAState) -> SLAState {
            SLAEvaluation(response: SLAClock(target: 1, elapsed: 0, dueAt: nil, riskAt: nil, state: a),
                          resolution: SLAClock(target: 1, elapsed: 0, dueAt: nil, riskAt: nil, state: b)).worst
        }
        let order: [SLAState] = [.met, .missed, .paused, .onTrack, .atRisk, .breached]
        for (i, a) in order.enumerated() {
            for (j, b) in order.enumerated() {
                XCTAssertEqual(worst(a, b), order[max(i, j)], "\(a) vs \(b)")
            }
        }
        XCTAssertEqual(Set(order), Set(SLAState.allCases))
    }

    func testStateAgreesWithPersistedDeadlines() {
        var seed: UInt64 = 7
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33) % n
        }
        let base = at("2026-01-01 00:00")
        for _ in 0..<300 {
            var t = ticket(Priority(rawValue: 1 + next(4))!, "2026-01-01 00:00")
            t.createdAt = base.addingTimeInterval(Double(next(300 * 86_400)))
            if next(2) == 0 {
                let start = t.createdAt.addingTimeInterval(Double(next(5 * 86_400)))
                t.pauses = [DateInterval(start: start, duration: Double(next(3 * 86_400)))]
            }
            let now = t.createdAt.addingTimeInterval(Double(next(12 * 86_400)) + 86_400 * 3)
            let d = sla.deadlines(for: t)
            let clock = sla.evaluate(t, at: now).resolution
            XCTAssertEqual(clock.dueAt, d.resolutionDue)
            XCTAssertEqual(clock.state == .breached, now > d.resolutionDue!)
            XCTAssertEqual(clock.state == .breached, clock.remaining < 0, "breached exactly when over target")
            XCTAssertEqual(clock.state != .onTrack, now >= d.resolutionRiskAt!)
        }
    }

    func testShippedConfigurationAndItsPolicies() throws {
        try sla.validate()
        XCTAssertEqual(sla.atRiskShare, 0.75)
        XCTAssertEqual(sla.policy(for: .p1).resolution, 4 * hour)
        XCTAssertEqual(sla.policy(for: .p1).resolutionCalendar, "24x7")
        XCTAssertEqual(sla.policy(for: .p2).resolution, SLAFixtures.business.workingDaySeconds)
        XCTAssertEqual(sla.policy(for: .p3).resolution, 3 * SLAFixtures.workingDay)
        XCTAssertEqual(sla.policy(for: .p4).resolution, 7 * SLAFixtures.workingDay)
        for p in Priority.allCases { XCTAssertEqual(sla.policy(for: p).firstResponse, 30 * 60) }
        var partial = sla
        partial.policies.removeAll { $0.priority == .p4 }
        XCTAssertEqual(partial.policy(for: .p4), sla.policy(for: .p4), "a missing policy falls back to the default")
    }

    func testConfigurationRoundTripsAndDefaultsTheRiskShare() throws {
        let data = try JSONEncoder().encode(sla)
        XCTAssertEqual(try JSONDecoder().decode(SLAConfiguration.self, from: data), sla)
        var object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        object["atRiskShare"] = nil
        let trimmed = try JSONSerialization.data(withJSONObject: object)
        XCTAssertEqual(try JSONDecoder().decode(SLAConfiguration.self, from: trimmed).atRiskShare, 0.75)
    }

    func testConfigurationValidationNamesTheProblem() {
        func message(_ change: (inout SLAConfiguration) -> Void) -> String? {
            var c = SLAConfiguration.standard
            change(&c)
            do { try c.validate(); return nil } catch { return (error as? ValidationError)?.message }
        }
        XCTAssertEqual(message { $0.atRiskShare = 1 }, "the at-risk share must be between 0 and 1 (for example 0.75 for 75 %), not 1.0")
        XCTAssertNotNil(message { $0.atRiskShare = 0 })
        XCTAssertNotNil(message { $0.atRiskShare = .nan })
        XCTAssertEqual(message { $0.policies.removeAll { $0.priority == .p3 } }, "no SLA policy for P3; every priority P1–P4 needs one")
        XCTAssertEqual(message { $0.policies.append($0.policies[1]) }, "2 SLA policies for P2; keep exactly one")
        XCTAssertEqual(message { $0.policies[0].resolution = 0 }, "the resolution target of P1 must be more than zero, not 0.0 seconds")
        XCTAssertEqual(message { $0.policies[3].firstResponse = -60 }, "the first-response target of P4 must be more than zero, not -60.0 seconds")
        XCTAssertEqual(message { $0.policies[2].resolutionCalendar = "office" },
                       "P3 uses calendar \"office\", which is not defined (defined: 24x7, business)")
        XCTAssertEqual(message { $0.calendars["business"]?.timeZoneID = "Beijing" },
                       "calendar \"business\": unknown time zone \"Beijing\"; use an IANA name such as Asia/Shanghai")
        XCTAssertEqual(message { $0.calendars["office"] = .alwaysOpen(name: "24x7") },
                       "the calendar listed as \"office\" is named \"24x7\"; use the same name for both")
        XCTAssertNil(message { $0.atRiskShare = 0.9 })
    }
}
