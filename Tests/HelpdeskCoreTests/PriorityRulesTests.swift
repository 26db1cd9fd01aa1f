import Foundation
import XCTest
@testable import HelpdeskCore

final class PriorityRulesTests: XCTestCase {
    private let fx = CoreFixture.self
    private let rules = PriorityRules()
    private let workflow = Workflow()

    private func ticket(_ title: String = "打印机卡纸", description: String = "", impact: Level = .medium, urgency: Level = .medium,
                        vip: Bool = false, major: Bool = false) -> Ticket {
        Ticket(id: 7, title: title, description: description,
               requester: Requester(name: "王总", contact: "wang@example.com", isVIP: vip),
               impact: impact, urgency: urgency, isMajorIncident: major, createdAt: fx.t0)
    }

    // MARK: matrix

    func testStandardMatrixAllSixteenCells() {
        // Rows are impact low → critical, columns urgency low → critical.
        let expected: [[Priority]] = [
            [.p4, .p4, .p3, .p2],
            [.p4, .p3, .p2, .p2],
            [.p3, .p2, .p2, .p1],
            [.p2, .p2, .p1, .p1],
        ]
        for impact in Level.allCases {
            for urgency in Level.allCases {
                let want = expected[impact.rawValue - 1][urgency.rawValue - 1]
                XCTAssertEqual(PriorityMatrix.standard.priority(impact: impact, urgency: urgency), want, "\(impact) × \(urgency)")
                let decision = rules.evaluate(ticket(impact: impact, urgency: urgency))
                XCTAssertEqual(decision.priority, want)
                XCTAssertEqual(decision.reasons, ["impact \(impact.name) × urgency \(urgency.name)"])
            }
        }
    }

    func testEditingOneCellChangesOnlyThatCell() {
        var matrix = PriorityMatrix.standard
        matrix.set(.p1, impact: .low, urgency: .high)
        XCTAssertEqual(matrix.priority(impact: .low, urgency: .high), .p1)
        for impact in Level.allCases {
            for urgency in Level.allCases where !(impact == .low && urgency == .high) {
                XCTAssertEqual(matrix.priority(impact: impact, urgency: urgency),
                               PriorityMatrix.standard.priority(impact: impact, urgency: urgency))
            }
        }
        let edited = PriorityRules(matrix: matrix)
        XCTAssertEqual(edited.evaluate(ticket(impact: .low, urgency: .high)).priority, .p1)
    }

    func testMatrixMustBeFourByFour() {
        let message = "the priority matrix needs 4 rows of 4 priorities (impact × urgency)"
        XCTAssertThrowsError(try PriorityMatrix(cells: Array(repeating: [.p3, .p3, .p3, .p3], count: 3))) {
            XCTAssertEqual($0 as? ValidationError, ValidationError(message))
        }
        XCTAssertThrowsError(try PriorityMatrix(cells: [[.p1], [.p2, .p2, .p2, .p2], [.p3, .p3, .p3, .p3], [.p4, .p4, .p4, .p4]])) {
            XCTAssertEqual("\($0)", message)
        }
        XCTAssertNoThrow(try PriorityMatrix(cells: Array(repeating: [.p4, .p4, .p4, .p4], count: 4)))
    }

    func testDecodingChecksTheShapeAndRoundTrips() throws {
        let data = try JSONEncoder().encode(PriorityRules())
        XCTAssertEqual(try JSONDecoder().decode(PriorityRules.self, from: data), PriorityRules())
        let short = Data(#"{"cells":[[1,2,3,4],[1,2,3,4]]}"#.utf8)
        XCTAssertThrowsError(try JSONDecoder().decode(PriorityMatrix.self, from: short)) {
            XCTAssertEqual("\($0)", "the priority matrix needs 4 rows of 4 priorities (impact × urgency)")
        }
    }

    // MARK: rules that raise the priority

    func testVIPRaisesByTheBoost() {
        let decision = rules.evaluate(ticket(vip: true))
        XCTAssertEqual(decision.priority, .p2)
        XCTAssertEqual(decision.reasonText, "impact medium × urgency medium; VIP requester")
        XCTAssertEqual(rules.evaluate(ticket(impact: .low, urgency: .low, vip: true)).priority, .p3)

        let p1 = rules.evaluate(ticket(impact: .critical, urgency: .critical, vip: true))
        XCTAssertEqual(p1.priority, .p1)
        XCTAssertEqual(p1.reasons, ["impact critical × urgency critical"], "a P1 has nothing to raise")

        XCTAssertEqual(PriorityRules(vipBoost: 0).evaluate(ticket(vip: true)).priority, .p3)
        XCTAssertEqual(PriorityRules(vipBoost: 9).evaluate(ticket(impact: .low, urgency: .low, vip: true)).priority, .p1)
    }

    func testChineseOutageWordsRaiseToTheFloor() {
        for (title, word) in [("邮件服务器宕机了", "宕机"), ("OA 系统无法登录", "无法登录"), ("全部电脑都上不了网", "全部")] {
            let decision = rules.evaluate(ticket(title, impact: .low, urgency: .low))
            XCTAssertEqual(decision.priority, .p2, title)
            XCTAssertEqual(decision.reasons.last, "outage word “\(word)”")
        }
        let inBody = rules.evaluate(ticket("求助", description: "财务系统宕机", impact: .low, urgency: .low))
        XCTAssertEqual(inBody.priority, .p2)
    }

    func testEnglishOutageWordsMatchWholeWordsInAnyCase() {
        let hits = ["Mail server DOWN", "down since 9am", "VPN is down.", "服务器down了", "Major Outage in building 3",
                    "I can't log in", "Cannot log in to OA"]
        for text in hits {
            XCTAssertNotNil(rules.outageWord(in: text), text)
            XCTAssertEqual(rules.evaluate(ticket(text, impact: .low, urgency: .low)).priority, .p2, text)
        }
        XCTAssertEqual(rules.outageWord(in: "Mail server DOWN"), "down")
        XCTAssertEqual(rules.outageWord(in: "Major Outage"), "outage")
    }

    func testDownloadIsNotDown() {
        for text in ["Cannot download the report", "downloads folder is full", "markdown preview", "下载 download 很慢",
                     "slowdown after update", "outages.log is big"] {
            XCTAssertNil(rules.outageWord(in: text), text)
            XCTAssertEqual(rules.evaluate(ticket(text, impact: .low, urgency: .low)).priority, .p4, text)
        }
        XCTAssertEqual(rules.outageWord(in: "download ok, but the site is down"), "down", "a later standalone match still counts")
    }

    func testOutageWordDoesNotLowerAHigherPriority() {
        let decision = rules.evaluate(ticket("server down", impact: .critical, urgency: .high))
        XCTAssertEqual(decision.priority, .p1)
        XCTAssertEqual(decision.reasons, ["impact critical × urgency high"])
    }

    func testMajorIncidentIsP1() {
        let decision = rules.evaluate(ticket(impact: .low, urgency: .low, major: true))
        XCTAssertEqual(decision.priority, .p1)
        XCTAssertEqual(decision.reasonText, "impact low × urgency low; major incident")
    }

    func testReasonsAccumulateInOrder() {
        let decision = rules.evaluate(ticket("core switch down", impact: .low, urgency: .low, vip: true, major: true))
        XCTAssertEqual(decision.priority, .p1)
        XCTAssertEqual(decision.reasons, ["impact low × urgency low", "VIP requester", "outage word “down”", "major incident"])
    }

    func testAnOverriddenTicketKeepsItsPriority() {
        var t = ticket("全部宕机", impact: .critical, urgency: .critical, major: true)
        t.priority = .p4
        t.priorityReason = "override by chen.jie: 测试环境"
        t.priorityOverridden = true
        XCTAssertEqual(rules.evaluate(t), PriorityDecision(priority: .p4, reasons: ["override by chen.jie: 测试环境"]))
    }

    // MARK: through the workflow

    func testImpactAndUrgencyChangesReprioritise() throws {
        let change = try workflow.apply(.setImpactUrgency(impact: .critical, urgency: .high), to: fx.ticket(), by: fx.agent, at: fx.t1)
        XCTAssertEqual(change.ticket.priority, .p1)
        XCTAssertEqual(change.ticket.priorityReason, "impact critical × urgency high")
        XCTAssertEqual(change.events, [
            fx.event(by: fx.agent, "impact", "medium", "critical"),
            fx.event(by: fx.agent, "urgency", "medium", "high"),
            fx.event(by: fx.agent, "priority", "P3", "P1", "impact critical × urgency high"),
        ])
    }

    func testLeadOverrideSticksThroughImpactChangesUntilCleared() throws {
        let overridden = try workflow.apply(.overridePriority(.p1, reason: " 总经理的电脑 "), to: fx.ticket(), by: fx.lead, at: fx.t1)
        XCTAssertEqual(overridden.ticket.priority, .p1)
        XCTAssertTrue(overridden.ticket.priorityOverridden)
        XCTAssertEqual(overridden.ticket.priorityReason, "override by chen.jie: 总经理的电脑")
        XCTAssertEqual(overridden.events, [fx.event(by: fx.lead, "priority", "P3", "P1", "override: 总经理的电脑")])

        let lowered = try workflow.apply(.setImpactUrgency(impact: .low, urgency: .low), to: overridden.ticket, by: fx.agent, at: fx.t2)
        XCTAssertEqual(lowered.ticket.priority, .p1)
        XCTAssertEqual(lowered.ticket.priorityReason, "override by chen.jie: 总经理的电脑")
        XCTAssertEqual(lowered.events.map(\.field), ["impact", "urgency"])

        let flagged = try workflow.apply(.setMajorIncident(true), to: lowered.ticket, by: fx.agent, at: fx.t2)
        XCTAssertEqual(flagged.ticket.priority, .p1)
        XCTAssertEqual(flagged.events.map(\.field), ["major_incident"])

        let cleared = try workflow.apply(.clearPriorityOverride, to: lowered.ticket, by: fx.lead, at: fx.t2)
        XCTAssertFalse(cleared.ticket.priorityOverridden)
        XCTAssertEqual(cleared.ticket.priority, .p4)
        XCTAssertEqual(cleared.events, [fx.event(by: fx.lead, at: fx.t2, "priority", "P1", "P4", "impact low × urgency low")])
    }

    func testOverrideNeedsAReasonAndClearNeedsAnOverride() {
        XCTAssertThrowsError(try workflow.apply(.overridePriority(.p1, reason: " "), to: fx.ticket(), by: fx.lead, at: fx.t1)) {
            XCTAssertEqual("\($0)", "the reason for overriding the priority must not be empty")
        }
        XCTAssertThrowsError(try workflow.apply(.clearPriorityOverride, to: fx.ticket(), by: fx.lead, at: fx.t1)) {
            XCTAssertEqual("\($0)", "#7 has no priority override")
        }
    }

    func testMajorIncidentFlagRaisesAndLowersAgain() throws {
        let raised = try workflow.apply(.setMajorIncident(true), to: fx.ticket(), by: fx.agent, at: fx.t1)
        XCTAssertEqual(raised.ticket.priority, .p1)
        XCTAssertEqual(raised.events, [
            fx.event(by: fx.agent, "major_incident", "false", "true"),
            fx.event(by: fx.agent, "priority", "P3", "P1", "impact medium × urgency medium; major incident"),
        ])
        let lowered = try workflow.apply(.setMajorIncident(false), to: raised.ticket, by: fx.agent, at: fx.t2)
        XCTAssertEqual(lowered.ticket.priority, .p3)
        XCTAssertEqual(lowered.events.map(\.field), ["major_incident", "priority"])
    }
}
