import Foundation
import XCTest
@testable import HelpdeskCore

/// Figures of `ReportFixtures` worked out by hand; see the comments for each sum.
final class ReportAccumulatorTests: XCTestCase {
    private let minute = 60.0, hour = 3_600.0

    func testCountsPerPeriodAndDay() throws {
        let t = try ReportFixtures.report().total
        // In: #1 #2 #3 on the 1st; #4 #5 #7 #11 on the 2nd; #6 #12 on the 3rd. #8–#10, #13, #14 began earlier.
        XCTAssertEqual(t.created, 9)
        XCTAssertEqual(t.createdPerDay, [3, 4, 2])
        // Out: #1 #2 #3 and #8 (after 180 h) on the 1st; #4 on the 2nd; #5 on the 3rd. #12 resolves after the end, #14 before the start.
        XCTAssertEqual(t.resolved, 6)
        XCTAssertEqual(t.resolvedPerDay, [4, 1, 1])
    }

    func testMedianAndP90ByNearestRank() throws {
        let t = try ReportFixtures.report().total
        // First replies of tickets created in the period: 5 10 10 15 20 30 40 min. Rank ⌈0.5·7⌉ = 4, ⌈0.9·7⌉ = 7.
        XCTAssertEqual(t.firstResponse, DurationSummary([5, 10, 10, 15, 20, 30, 40].map { $0 * minute }))
        XCTAssertEqual(t.firstResponse.count, 7)
        XCTAssertEqual(t.firstResponse.median, 15 * minute)
        XCTAssertEqual(t.firstResponse.p90, 40 * minute)
        // Resolutions in the period: 2 5 6 8 22 180 h. Rank ⌈0.5·6⌉ = 3, ⌈0.9·6⌉ = 6.
        XCTAssertEqual(t.resolution.count, 6)
        XCTAssertEqual(t.resolution.median, 6 * hour)
        XCTAssertEqual(t.resolution.p90, 180 * hour)
    }

    func testSLACompliancePerPriority() throws {
        let sla = try ReportFixtures.report().total.sla
        XCTAssertEqual(sla.map(\.priority), Priority.allCases)
        // P1: #1 met both; #2 replied after 40 min and resolved after 5 h of 4.
        XCTAssertEqual(sla[0], SLACompliance(priority: .p1, resolved: 2, resolutionMet: Ratio(1, of: 2), responseMet: Ratio(1, of: 2)))
        // P2: #4 replied at exactly 30 min and resolved at exactly 8 h: on the target is within it.
        XCTAssertEqual(sla[1], SLACompliance(priority: .p2, resolved: 2, resolutionMet: Ratio(2, of: 2), responseMet: Ratio(2, of: 2)))
        // P3: #5 met both; #8 took 1 h to reply and 180 h to resolve.
        XCTAssertEqual(sla[2], SLACompliance(priority: .p3, resolved: 2, resolutionMet: Ratio(1, of: 2), responseMet: Ratio(1, of: 2)))
        XCTAssertEqual(sla[3].resolved, 0)
        XCTAssertNil(sla[3].resolutionMet.value)
        XCTAssertEqual(ReportFormat.percent(sla[3].resolutionMet), "—")
        XCTAssertEqual(ReportFormat.percent(sla[0].responseMet), "50.0%")
    }

    func testRates() throws {
        let t = try ReportFixtures.report().total
        // Created and not cancelled: 8; of them #1–#5 resolved before the end (#12 after it).
        XCTAssertEqual(t.resolutionRate, Ratio(5, of: 8))
        XCTAssertEqual(ReportFormat.percent(t.resolutionRate), "62.5%")
        // Of the 6 resolved, #3 was reopened and #4 escalated to another engineer.
        XCTAssertEqual(t.firstContactResolution, Ratio(4, of: 6))
        XCTAssertEqual(t.reopenRate, Ratio(1, of: 6))
    }

    func testBacklogByAgeAtTheEnd() throws {
        let t = try ReportFixtures.report().total
        // At 11-04 00:00: #6 16 h and #12 18 h (resolved later); #7 28 h; #9 3.5 d; #10 15 d; #13 64 d. #11 was cancelled.
        XCTAssertEqual(t.backlog, [2, 1, 1, 1, 1])
        XCTAssertEqual(t.backlogTotal, 6)
        XCTAssertEqual(BacklogBucket(age: 3 * 86_400), .threeToSeven, "a bracket includes its lower bound")
        XCTAssertEqual(BacklogBucket(age: 86_399), .underDay)
    }

    func testSatisfactionAndHours() throws {
        let t = try ReportFixtures.report().total
        // Resolved in the period with a score: #1 5, #2 2, #3 4, #4 1, #8 3. #14's 1 was before the start.
        XCTAssertEqual(t.satisfaction.distribution, [1, 1, 1, 1, 1])
        XCTAssertEqual(t.satisfaction.average, 3.0)
        XCTAssertEqual(t.satisfaction.lowTickets, [4, 2], "lowest score first")
        // alice 90 + 30 (23:59 on the last day); bob's 45 were the day before; carol's at the end instant are outside.
        XCTAssertEqual(t.hours, [EngineerHours(engineer: "alice", minutes: 120), EngineerHours(engineer: "bob", minutes: 60)])
    }

    func testGroupedByPriority() throws {
        let report = try ReportFixtures.report(by: .priority)
        XCTAssertEqual(report.groups.map(\.key), ["P1", "P2", "P3", "P4"])
        let p3 = report.groups[2].figures
        XCTAssertEqual(p3.created, 3, "#5, #6 and the cancelled #11")
        XCTAssertEqual(p3.resolved, 2)
        XCTAssertEqual(p3.backlog, [1, 0, 1, 1, 0])
        XCTAssertEqual(p3.hours, [EngineerHours(engineer: "bob", minutes: 60)])
        XCTAssertEqual(report.groups[3].figures.backlog, [0, 1, 0, 0, 1])
        XCTAssertEqual(report.groups.map(\.figures.created).reduce(0, +), report.total.created)
    }

    func testGroupedByEngineerPutsUnassignedLast() throws {
        let report = try ReportFixtures.report(by: .engineer)
        XCTAssertEqual(report.groups.map(\.key), ["alice", "bob", "carol", "(unassigned)"])
        let alice = report.groups[0].figures
        XCTAssertEqual(alice.created, 2)
        XCTAssertEqual(alice.resolved, 3)
        XCTAssertEqual(alice.firstContactResolution, Ratio(2, of: 3))
        XCTAssertEqual(alice.hours, [EngineerHours(engineer: "alice", minutes: 120)])
        XCTAssertEqual(try ReportFixtures.report(by: .category).groups.map(\.key), ["hardware", "software", "network", "account", "other"])
    }

    func testFilters() throws {
        let bob = try ReportFixtures.report(filter: ReportFilter(engineer: "bob")).total
        XCTAssertEqual([bob.created, bob.resolved], [3, 2])
        XCTAssertEqual(bob.hours, [EngineerHours(engineer: "bob", minutes: 60)])
        let l2 = try ReportFixtures.report(filter: ReportFilter(tier: .l2)).total
        XCTAssertEqual([l2.created, l2.resolved], [1, 1])
        XCTAssertEqual(l2.hours, [])
        let network = try ReportFixtures.report(filter: ReportFilter(category: .network)).total
        XCTAssertEqual([network.created, network.resolved], [3, 2])
        let networkTeam = try ReportFixtures.report(filter: ReportFilter(team: TeamScope(name: "network", categories: [.network]))).total
        XCTAssertEqual([networkTeam.created, networkTeam.resolved], [3, 2], "a team's tickets are those of its categories")
        let defaultTeam = TeamScope(name: Team.defaultName, teams: [Team(name: "network", categories: [.network, .security], autoAssign: true)])
        XCTAssertFalse(defaultTeam.categories.contains(.network), "the default team keeps only unclaimed categories")
        XCTAssertTrue(defaultTeam.categories.contains(.hardware))
        XCTAssertEqual(ReportFilter(tier: .l2, category: .network).summary, "line L2, category network")
        XCTAssertEqual(ReportFilter(team: TeamScope(name: "network", categories: [.network])).summary, "team network")
    }

    func testEmptyPeriodShowsDashesNotNaN() throws {
        let report = try ReportFixtures.report(rows: [], period: try ReportFixtures.period("2027-01-01", "2027-01-01"))
        let t = report.total
        XCTAssertEqual([t.created, t.resolved, t.backlogTotal], [0, 0, 0])
        XCTAssertNil(t.firstResponse.median)
        XCTAssertEqual(ReportFormat.duration(t.resolution.p90), "—")
        XCTAssertEqual(ReportFormat.percent(t.resolutionRate), "—")
        XCTAssertEqual(ReportFormat.average(t.satisfaction.average), "—")
        let json = String(decoding: try JSONEncoder().encode(report), as: UTF8.self)
        XCTAssertFalse(json.lowercased().contains("nan"))
        XCTAssertTrue(json.contains("\"value\":null"))
    }

    func testNoResolvedTickets() throws {
        let open = ReportFixtures.rows.filter { [6, 7].contains($0.id) }
        let t = try ReportFixtures.report(rows: open).total
        XCTAssertEqual(t.created, 2)
        XCTAssertEqual(t.resolution.count, 0)
        XCTAssertNil(t.firstContactResolution.value)
        XCTAssertNil(t.satisfaction.average)
        XCTAssertEqual(t.resolutionRate, Ratio(0, of: 2))
        XCTAssertEqual(ReportFormat.percent(t.resolutionRate), "0.0%")
    }
}
