import Foundation
import XCTest
@testable import HelpdeskCore

final class AssignmentTests: XCTestCase {
    private let t0 = Date(timeIntervalSince1970: 1_767_225_600) // 2026-01-01T00:00:00Z

    private func ticket(_ category: Category = .network, tier: Tier = .l1, status: TicketStatus = .new) -> Ticket {
        Ticket(id: 42, title: "VPN 无法连接", description: "", requester: Requester(name: "王芳", contact: "wf@example.com"),
               category: category, status: status, tier: tier, createdAt: t0)
    }

    private func engineer(_ login: String, tier: Tier = .l1, skills: Set<Category> = [.network], cap: Int = 8,
                          active: Bool = true, last: Date? = nil) -> Engineer {
        Engineer(login: login, name: login, tier: tier, skills: skills, loadCap: cap, isActive: active, lastAssignedAt: last)
    }

    private func load(_ open: Int, _ weighted: Int) -> EngineerLoad { EngineerLoad(openTickets: open, weightedLoad: weighted) }

    // MARK: choosing

    func testLowestWeightedLoadWins() {
        let team = [engineer("a"), engineer("b"), engineer("c")]
        let decision = AssignmentEngine.decide(for: ticket(), engineers: team,
                                               loads: ["a": load(3, 6), "b": load(1, 2), "c": load(2, 5)])
        XCTAssertEqual(decision.engineer?.login, "b")
        XCTAssertEqual(decision.explanation, "b: network, L1, load 1/8 — lowest weighted load 2 among 3 eligible")
        XCTAssertEqual(decision.ranked.map(\.engineer.login), ["b", "c", "a"])
    }

    func testWeightCountsNotTicketCount() {
        // Three P4 tickets weigh 3; a single P1 weighs 4.
        let team = [engineer("one.p1"), engineer("three.p4")]
        let decision = AssignmentEngine.decide(for: ticket(), engineers: team,
                                               loads: ["one.p1": load(1, 4), "three.p4": load(3, 3)])
        XCTAssertEqual(decision.engineer?.login, "three.p4")
    }

    func testMissingLoadCountsAsIdle() {
        let team = [engineer("busy"), engineer("fresh")]
        let decision = AssignmentEngine.decide(for: ticket(), engineers: team, loads: ["busy": load(1, 1)])
        XCTAssertEqual(decision.engineer?.login, "fresh")
        XCTAssertEqual(decision.ranked.map(\.load), [.zero, load(1, 1)])
    }

    func testTieGoesToNeverAssignedThenOldestThenLogin() {
        let team = [engineer("a", last: t0.addingTimeInterval(60)), engineer("b", last: t0), engineer("c"), engineer("d")]
        let ranked = AssignmentEngine.rank(for: ticket(), engineers: team, loads: [:])
        XCTAssertEqual(ranked.map(\.engineer.login), ["c", "d", "b", "a"])
        let decision = AssignmentEngine.decide(for: ticket(), engineers: team, loads: [:])
        XCTAssertEqual(decision.explanation,
                       "c: network, L1, load 0/8 — lowest weighted load 0 among 4 eligible; tied with 3, first by login")

        let dated = [engineer("a", last: t0.addingTimeInterval(60)), engineer("b", last: t0)]
        XCTAssertEqual(AssignmentEngine.decide(for: ticket(), engineers: dated, loads: [:]).explanation,
                       "b: network, L1, load 0/8 — lowest weighted load 0 among 2 eligible; tied with 1, longest since last assignment (2026-01-01T00:00:00Z)")

        let oneNew = [engineer("a", last: t0), engineer("z")]
        XCTAssertEqual(AssignmentEngine.decide(for: ticket(), engineers: oneNew, loads: [:]).explanation,
                       "z: network, L1, load 0/8 — lowest weighted load 0 among 2 eligible; tied with 1, never assigned before")
    }

    func testRoundRobinAmongEquals() throws {
        var team = [engineer("li.na"), engineer("wang.fang"), engineer("zhang.wei")]
        var picks: [String] = []
        for step in 0..<6 {
            let decision = AssignmentEngine.decide(for: ticket(), engineers: team, loads: [:])
            let login = try XCTUnwrap(decision.engineer?.login)
            picks.append(login)
            let index = team.firstIndex { $0.login == login }!
            team[index].lastAssignedAt = t0.addingTimeInterval(Double(step) * 60)
        }
        XCTAssertEqual(picks, ["li.na", "wang.fang", "zhang.wei", "li.na", "wang.fang", "zhang.wei"])
    }

    func testExactTierPreferredOverLessLoadedHigherTier() {
        let team = [engineer("senior", tier: .l2), engineer("junior", tier: .l1)]
        let decision = AssignmentEngine.decide(for: ticket(tier: .l1), engineers: team,
                                               loads: ["junior": load(5, 12)])
        XCTAssertEqual(decision.engineer?.login, "junior")
        XCTAssertEqual(decision.explanation,
                       "junior: network, L1, load 5/8 — lowest weighted load 12 among 1 eligible L1 (preferred over 1 eligible at a higher tier)")
        XCTAssertEqual(decision.ranked.map(\.engineer.login), ["junior", "senior"])
    }

    func testHigherTierTakesItWhenNoExactTierIsEligible() {
        let team = [engineer("senior", tier: .l2), engineer("junior", tier: .l1, cap: 2)]
        let decision = AssignmentEngine.decide(for: ticket(tier: .l1), engineers: team, loads: ["junior": load(2, 2)])
        XCTAssertEqual(decision.engineer?.login, "senior")
        XCTAssertEqual(decision.explanation,
                       "senior: network, L2, load 0/8 — lowest weighted load 0 among 1 eligible at a higher tier (no eligible L1)")
    }

    func testEscalatedTicketOnlyGoesToSecondLine() {
        let team = [engineer("liu.yang", tier: .l1), engineer("chen.jie", tier: .l2)]
        let decision = AssignmentEngine.decide(for: ticket(tier: .l2), engineers: team, loads: ["chen.jie": load(7, 20)])
        XCTAssertEqual(decision.engineer?.login, "chen.jie")
        XCTAssertEqual(decision.ranked.last?.explanation, "liu.yang: L1, ticket needs L2")
    }

    // MARK: who is not eligible, and why

    func testEachBlockerIsExplained() {
        let team = [
            engineer("zhang.wei", tier: .l2),
            engineer("li.na", tier: .l2),
            engineer("wang.fang", tier: .l2, skills: [.hardware, .software]),
            engineer("chen.jie", tier: .l2),
            engineer("zhao.lei", tier: .l2, active: false),
            engineer("liu.yang", tier: .l1),
        ]
        let ranked = AssignmentEngine.rank(for: ticket(.network, tier: .l2), engineers: team,
                                           loads: ["zhang.wei": load(3, 7), "chen.jie": load(8, 16)],
                                           isOnShift: { $0.login != "li.na" })
        XCTAssertEqual(ranked.map(\.explanation), [
            "zhang.wei: network, L2, load 3/8",
            "chen.jie: at cap 8/8",
            "li.na: off shift",
            "wang.fang: no network skill",
            "liu.yang: L1, ticket needs L2",
            "zhao.lei: inactive",
        ])
        XCTAssertEqual(ranked.map(\.isEligible), [true, false, false, false, false, false])
        XCTAssertEqual(ranked[1].blockers, [.atCap(open: 8, cap: 8)])
    }

    func testAllBlockersListedMostFundamentalFirst() {
        let tired = engineer("zhao.lei", skills: [.hardware], cap: 1, active: false)
        let ranked = AssignmentEngine.rank(for: ticket(tier: .l2), engineers: [tired], loads: ["zhao.lei": load(2, 2)],
                                           isOnShift: { _ in false })
        XCTAssertEqual(ranked[0].blockers,
                       [.inactive, .tierTooLow(has: .l1, needs: .l2), .missingSkill(.network), .offShift, .atCap(open: 2, cap: 1)])
        XCTAssertEqual(ranked[0].explanation,
                       "zhao.lei: inactive; L1, ticket needs L2; no network skill; off shift; over cap 2/1")
    }

    func testZeroCapIsNeverAutoAssigned() {
        let decision = AssignmentEngine.decide(for: ticket(), engineers: [engineer("lead.only", cap: 0)], loads: [:])
        XCTAssertNil(decision.engineer)
        XCTAssertEqual(decision.explanation, "no eligible engineer: 1 at cap")
    }

    func testNoEligibleEngineerSummaryCountsEachEngineerOnceByMainReason() {
        let team = [
            engineer("a", skills: [.hardware]), engineer("b", skills: []), engineer("c", skills: [.account]),
            engineer("d"), engineer("e"),
            engineer("f"),
            engineer("g", skills: [], cap: 1), // lacks the skill and is at cap: counted under the skill
        ]
        let decision = AssignmentEngine.decide(for: ticket(), engineers: team,
                                               loads: ["d": load(8, 8), "e": load(9, 20), "g": load(1, 1)],
                                               isOnShift: { $0.login != "f" })
        XCTAssertNil(decision.engineer)
        XCTAssertEqual(decision.explanation, "no eligible engineer: 4 lack network skill, 2 at cap, 1 off shift")
        XCTAssertEqual(decision.ranked.count, 7)
        XCTAssertFalse(decision.ranked.contains(where: \.isEligible))
    }

    func testSummaryWordingForSingleCountsAndTies() {
        let team = [engineer("a", skills: []), engineer("b", active: false), engineer("c", tier: .l1)]
        let decision = AssignmentEngine.decide(for: ticket(tier: .l2), engineers: team, loads: [:])
        // a is L1 too, so the tier is its most fundamental reason.
        XCTAssertEqual(decision.explanation, "no eligible engineer: 2 below L2, 1 inactive")

        let single = AssignmentEngine.decide(for: ticket(.security), engineers: [engineer("x")], loads: [:])
        XCTAssertEqual(single.explanation, "no eligible engineer: 1 lacks security skill")
    }

    func testEmptyTeam() {
        let decision = AssignmentEngine.decide(for: ticket(), engineers: [], loads: [:])
        XCTAssertNil(decision.engineer)
        XCTAssertEqual(decision.explanation, "no eligible engineer: the team has no engineers")
        XCTAssertTrue(decision.ranked.isEmpty)
    }

    func testClosedTicketIsNotAssigned() {
        let decision = AssignmentEngine.decide(for: ticket(status: .resolved), engineers: [engineer("a")], loads: [:])
        XCTAssertNil(decision.engineer)
        XCTAssertEqual(decision.explanation, "#42 is resolved; only open tickets are assigned")
        XCTAssertEqual(decision.ranked.map(\.engineer.login), ["a"])
    }

    func testDecisionRankingMatchesRank() {
        let team = (0..<20).map { engineer(String(format: "e%02d", $0), tier: $0 % 3 == 0 ? .l2 : .l1,
                                           skills: $0 % 4 == 0 ? [.hardware] : [.network]) }
        let loads = Dictionary(uniqueKeysWithValues: team.enumerated().map { ($1.login, load($0 % 5, ($0 * 7) % 11)) })
        let onShift: (Engineer) -> Bool = { $0.login != "e05" }
        let decision = AssignmentEngine.decide(for: ticket(), engineers: team, loads: loads, isOnShift: onShift)
        let ranked = AssignmentEngine.rank(for: ticket(), engineers: team, loads: loads, isOnShift: onShift)
        XCTAssertEqual(decision.ranked, ranked)
        XCTAssertEqual(decision.engineer, ranked.first?.engineer)
        XCTAssertEqual(Set(ranked.map(\.engineer.login)).count, 20)
    }

    func testLargeTeamPicksTheOnlyIdleMatch() {
        var team = (0..<500).map { engineer("eng\($0)", skills: [.network, .software], cap: 10) }
        team[377].lastAssignedAt = t0
        var loads = Dictionary(uniqueKeysWithValues: team.map { ($0.login, load(3, 6)) })
        loads["eng377"] = load(1, 1)
        let decision = AssignmentEngine.decide(for: ticket(), engineers: team, loads: loads)
        XCTAssertEqual(decision.engineer?.login, "eng377")
        XCTAssertEqual(decision.ranked.count, 500)
    }

    // MARK: load

    func testTallyWeighsOpenAssignedTicketsByPriority() {
        func make(_ assignee: String?, _ priority: Priority, _ status: TicketStatus) -> Ticket {
            var t = ticket(status: status)
            t.assignee = assignee
            t.priority = priority
            return t
        }
        let loads = EngineerLoad.tally([
            make("a", .p1, .inProgress), make("a", .p4, .pendingCustomer), make("a", .p2, .resolved),
            make("b", .p3, .assigned), make("b", .p3, .cancelled), make(nil, .p1, .new),
        ])
        XCTAssertEqual(loads, ["a": load(2, 5), "b": load(1, 2)])
    }
}
