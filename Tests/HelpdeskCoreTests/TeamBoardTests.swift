import Foundation
import XCTest
@testable import HelpdeskCore

/// The team board's pure parts: rows, stale breaches, ranking for several tickets, the move-all plan, the summary line.
final class TeamBoardTests: XCTestCase {
    private let t0 = Date(timeIntervalSince1970: 1_767_225_600) // 2026-01-01T00:00:00Z

    private func ticket(_ id: Int64, _ category: Category = .network, priority: Priority = .p3, assignee: String? = nil,
                        tier: Tier = .l1, status: TicketStatus = .assigned) -> Ticket {
        var t = Ticket(id: id, title: "VPN 无法连接 \(id)", description: "", requester: Requester(name: "王芳", contact: "wf@example.com"),
                       category: category, status: status, tier: tier, createdAt: t0)
        t.priority = priority
        t.assignee = assignee
        t.version = 3
        return t
    }

    private func engineer(_ login: String, tier: Tier = .l1, skills: Set<Category> = [.network], cap: Int = 8,
                          active: Bool = true, name: String? = nil) -> Engineer {
        Engineer(login: login, name: name ?? login, tier: tier, skills: skills, loadCap: cap, isActive: active)
    }

    // MARK: rows

    func testRowsCountLoadAgainstCapAndShift() {
        let stats = ["li.na": EngineerOpenStats(byPriority: [.p1: 1, .p3: 4], oldestOpenAt: t0, breached: 2),
                     "bob": EngineerOpenStats(byPriority: [.p2: 2])]
        let rows = TeamBoardRow.rows(engineers: [engineer("li.na", cap: 5), engineer("bob"), engineer("gone", active: false)],
                                     stats: stats, onShift: ["li.na"])
        XCTAssertEqual(rows.map(\.engineer.login), ["bob", "li.na"], "by login; an inactive engineer without tickets is left out")
        let li = rows[1]
        XCTAssertEqual(li.openTickets, 5)
        XCTAssertEqual(li.loadText, "5/5")
        XCTAssertTrue(li.isAtOrOverCap)
        XCTAssertTrue(li.isOnShift)
        XCTAssertFalse(rows[0].isOnShift, "shifts are defined and bob is not on one")
        XCTAssertFalse(rows[0].isAtOrOverCap)
        XCTAssertEqual(li.oldestAge(now: t0 + 3 * 86_400 + 4 * 3600), "3d04h")
        XCTAssertEqual(rows[0].oldestAge(now: t0), "-")
    }

    func testNoShiftsMeansEveryoneOnShiftAndInactiveWithTicketsStays() {
        let rows = TeamBoardRow.rows(engineers: [engineer("gone", active: false)],
                                     stats: ["gone": EngineerOpenStats(byPriority: [.p4: 1])], onShift: nil)
        XCTAssertEqual(rows.map(\.engineer.login), ["gone"], "their tickets still need moving")
        XCTAssertTrue(rows[0].isOnShift)
    }

    func testStaleBreachNeedsBothBreachAndSilence() {
        let now = t0 + 10 * 3600
        XCTAssertTrue(StaleBreach.isStale(dueAt: now - 60, updatedAt: now - 2 * 3600, now: now, minutes: 120))
        XCTAssertFalse(StaleBreach.isStale(dueAt: now - 60, updatedAt: now - 119 * 60, now: now, minutes: 120), "touched recently")
        XCTAssertFalse(StaleBreach.isStale(dueAt: now + 60, updatedAt: t0, now: now, minutes: 120), "not breached yet")
        XCTAssertFalse(StaleBreach.isStale(dueAt: nil, updatedAt: t0, now: now, minutes: 120), "no clock running")
        XCTAssertThrowsError(try StaleBreach.validated(0))
        XCTAssertThrowsError(try StaleBreach.validated(StaleBreach.maximumMinutes + 1))
        XCTAssertEqual(try StaleBreach.validated(90), 90)
    }

    // MARK: several tickets

    func testBulkRankingPutsEligibleForAllFirstWithReasons() {
        let tickets = [ticket(1, .network), ticket(2, .hardware)]
        let team = [engineer("net.only", skills: [.network]), engineer("both", skills: [.network, .hardware]),
                    engineer("neither", skills: [.account]), engineer("busy", skills: [.network, .hardware], cap: 1)]
        let ranked = BulkAssignment.rank(tickets: tickets, engineers: team, loads: ["busy": EngineerLoad(openTickets: 1, weightedLoad: 2)])
        XCTAssertEqual(ranked.map(\.engineer.login), ["both", "net.only", "busy", "neither"])
        XCTAssertTrue(ranked[0].isEligibleForAll)
        XCTAssertEqual(ranked[0].explanation, "both: L1, load 0/8, eligible for all 2")
        XCTAssertEqual(ranked[1].explanation, "net.only: eligible for 1 of 2, load 0/8; not #2: no hardware skill")
        XCTAssertEqual(ranked[2].explanation, "busy: at cap 1/1")
        XCTAssertEqual(ranked[3].explanation, "neither: no network skill; no hardware skill")
    }

    func testBulkRankingOfOneTicketReadsLikeTheSinglePicker() {
        let ranked = BulkAssignment.rank(tickets: [ticket(1)], engineers: [engineer("li.na")], loads: [:])
        XCTAssertEqual(ranked.first?.explanation, "li.na: network, L1, load 0/8")
        XCTAssertTrue(BulkAssignment.rank(tickets: [], engineers: [engineer("li.na")], loads: [:]).isEmpty)
    }

    // MARK: moving everything

    func testMoveAllSpreadsTicketsAndLeavesTheUnplaceable() {
        let tickets = [ticket(10, priority: .p3, assignee: "sick"), ticket(11, priority: .p1, assignee: "sick"),
                       ticket(12, .security, assignee: "sick"), ticket(13, assignee: "other"),
                       ticket(14, assignee: "sick", status: .resolved)]
        let team = [engineer("sick"), engineer("a"), engineer("b")]
        let plan = MoveAllPlan.make(from: "sick", tickets: tickets, engineers: team, loads: [:], at: t0)
        XCTAssertEqual(plan.moves.map(\.ticketID), [11, 10, 12], "P1 first; others' and closed tickets are not moved")
        XCTAssertEqual(plan.assigned.compactMap(\.to), ["a", "b"], "the second goes to whoever did not get the first")
        XCTAssertEqual(plan.left.map(\.ticketID), [12])
        XCTAssertTrue(plan.left[0].explanation.contains("no eligible engineer"), plan.left[0].explanation)
        XCTAssertFalse(plan.moves.contains { $0.to == "sick" }, "never back to the engineer being relieved")
        XCTAssertEqual(plan.moves[0].version, 3, "based on the version seen")
        XCTAssertEqual(plan.summary, "Move sick's 3 open tickets: 2 to a, b; 1 stays (no eligible engineer)")
    }

    func testMoveAllRespectsShiftsAndCaps() {
        let tickets = [ticket(1, assignee: "sick"), ticket(2, assignee: "sick")]
        let team = [engineer("sick"), engineer("home"), engineer("small", cap: 1)]
        let plan = MoveAllPlan.make(from: "sick", tickets: tickets, engineers: team, loads: [:], at: t0,
                                    isOnShift: { $0.login != "home" })
        XCTAssertEqual(plan.moves.map(\.to), ["small", nil], "the cap fills after one; the off-shift engineer gets none")
    }

    // MARK: summary

    func testOutcomeSummaryNamesEveryRefusal() {
        var outcome = ReassignOutcome()
        outcome.moved = [(1, "li.na"), (2, "li.na"), (3, "li.na")]
        outcome.refused = [(4, "changed by bob")]
        XCTAssertEqual(outcome.summary, "3 reassigned to li.na, 1 refused: #4 changed by bob")
        XCTAssertTrue(outcome.hasProblems)
        var spread = ReassignOutcome()
        spread.moved = [(1, "a"), (2, "b"), (3, "a")]
        spread.left = [9]
        XCTAssertEqual(spread.summary, "3 reassigned (2 to a, 1 to b), 1 left (no eligible engineer): #9")
        XCTAssertFalse(spread.hasProblems)
        XCTAssertEqual(ReassignOutcome().summary, "None reassigned")
    }
}
