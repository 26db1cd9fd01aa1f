import Foundation
import XCTest
@testable import HelpdeskCore

final class VocabularyTests: XCTestCase {
    func testLevelParsesNamesAndNumbers() {
        XCTAssertEqual(Level(name: "High"), .high)
        XCTAssertEqual(Level(name: "critical"), .critical)
        XCTAssertEqual(Level(name: "1"), .low)
        XCTAssertEqual(Level(name: "4"), .critical)
        for bad in ["0", "5", "urgent", "", "高"] { XCTAssertNil(Level(name: bad), bad) }
        XCTAssertEqual(Level.allCases.map(\.name), ["low", "medium", "high", "critical"])
        XCTAssertLessThan(Level.low, Level.critical)
    }

    func testPriorityLabelsOrderAndWeights() {
        XCTAssertEqual(Priority(label: "P2"), .p2)
        XCTAssertEqual(Priority(label: "p1"), .p1)
        XCTAssertEqual(Priority(label: "4"), .p4)
        for bad in ["P0", "P5", "PP1", "", "high"] { XCTAssertNil(Priority(label: bad), bad) }
        XCTAssertEqual(Priority.allCases.map(\.label), ["P1", "P2", "P3", "P4"])
        XCTAssertEqual(Priority.allCases.sorted(), [.p1, .p2, .p3, .p4], "P1 sorts first")
        XCTAssertEqual(Priority.allCases.map(\.loadWeight), [4, 3, 2, 1])
    }

    func testTierLabels() {
        XCTAssertEqual(Tier(label: "L2"), .l2)
        XCTAssertEqual(Tier(label: "l1"), .l1)
        XCTAssertEqual(Tier(label: "2"), .l2)
        XCTAssertNil(Tier(label: "L3"))
        XCTAssertNil(Tier(label: "二线"))
        XCTAssertLessThan(Tier.l1, Tier.l2)
        XCTAssertEqual(Tier.l2.label, "L2")
    }

    func testRolesRankAgentLeadAdmin() {
        XCTAssertEqual(Role.allCases.sorted(), [.agent, .lead, .admin])
        XCTAssertLessThan(Role.lead, Role.admin)
        XCTAssertEqual(Role(rawValue: "lead"), .lead)
    }

    func testStoredNamesAreStable() {
        // These strings are stored in databases and typed on the command line.
        XCTAssertEqual(Channel.allCases.map(\.rawValue), ["phone", "email", "web", "chat", "walk_in"])
        XCTAssertEqual(Category.allCases.map(\.rawValue), ["hardware", "software", "network", "account", "security", "other"])
        XCTAssertEqual(TicketStatus.allCases.map(\.rawValue), ["new", "assigned", "in_progress", "pending_customer", "escalated",
                                                               "resolved", "closed", "reopened", "cancelled"])
    }

    func testStatusNamesAcceptDashesAndSpaces() {
        XCTAssertEqual(TicketStatus(name: "in progress"), .inProgress)
        XCTAssertEqual(TicketStatus(name: "Pending-Customer"), .pendingCustomer)
        XCTAssertEqual(TicketStatus(name: "in_progress"), .inProgress)
        XCTAssertNil(TicketStatus(name: "done"))
        XCTAssertNil(TicketStatus(name: "inprogress"))
    }

    func testOpenStatusesAndSLAPause() {
        XCTAssertEqual(TicketStatus.openStatuses, [.new, .assigned, .inProgress, .pendingCustomer, .escalated, .reopened])
        XCTAssertEqual(TicketStatus.allCases.filter(\.pausesSLA), [.pendingCustomer])
    }

    func testEngineerLogins() {
        for good in ["zhang.wei", "li_na", "_svc", "ops-2", String(repeating: "a", count: 32)] {
            XCTAssertTrue(Engineer.isValidLogin(good), good)
        }
        for bad in ["", "Zhang", "2pac", ".hidden", "-x", "zhang wei", "张伟", "é", String(repeating: "a", count: 33)] {
            XCTAssertFalse(Engineer.isValidLogin(bad), bad)
        }
    }

    func testEngineerSkillsInStableOrderAndActorFromEngineer() {
        let engineer = Engineer(login: "zhao.lei", name: "赵磊", role: .lead, tier: .l2, skills: [.security, .hardware, .network])
        XCTAssertEqual(engineer.sortedSkills, [.hardware, .network, .security])
        XCTAssertEqual(Actor(engineer), Actor(login: "zhao.lei", role: .lead, tier: .l2))
        XCTAssertEqual(Actor.system.role, .admin)
    }

    func testTicketRoundTripsThroughJSON() throws {
        let at = Date(timeIntervalSince1970: 1_767_225_600)
        let ticket = Ticket(id: 9, title: "无法登录 OA", description: "密码错误", requester: Requester(name: "王芳", contact: "13800000000", isVIP: true),
                            channel: .chat, category: .account, status: .pendingCustomer, assignee: "zhang.wei", tags: ["oa"],
                            createdAt: at, pauses: [DateInterval(start: at, duration: 60)], pausedSince: at.addingTimeInterval(120))
        let decoded = try JSONDecoder().decode(Ticket.self, from: JSONEncoder().encode(ticket))
        XCTAssertEqual(decoded, ticket)
        XCTAssertEqual(ticket.updatedAt, at, "a new ticket's updatedAt defaults to its creation")
    }
}
