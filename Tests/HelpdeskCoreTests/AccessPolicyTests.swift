import Foundation
import XCTest
@testable import HelpdeskCore

final class AccessPolicyTests: XCTestCase {
    private let fx = CoreFixture.self
    private let workflow = Workflow()
    private let othersTicket = "not allowed: #7 is assigned to li.na; only a lead can work another engineer's ticket"

    // MARK: the policy itself

    func testAgentsWorkTheirOwnAndUnassignedTickets() {
        XCTAssertNoThrow(try AccessPolicy.checkWork(on: fx.ticket(assignee: "zhang.wei"), by: fx.agent))
        XCTAssertNoThrow(try AccessPolicy.checkWork(on: fx.ticket(), by: fx.agent))
        XCTAssertThrowsError(try AccessPolicy.checkWork(on: fx.ticket(assignee: "li.na"), by: fx.agent)) {
            XCTAssertEqual("\($0)", othersTicket)
        }
        for boss in [fx.lead, fx.admin] {
            XCTAssertNoThrow(try AccessPolicy.checkWork(on: fx.ticket(assignee: "li.na"), by: boss))
        }
    }

    func testOnlyLeadsAssignOthers() {
        XCTAssertThrowsError(try AccessPolicy.checkAssign(fx.ticket(), to: "li.na", by: fx.agent)) {
            XCTAssertEqual($0 as? WorkflowError,
                           .denied("only a lead can assign tickets to other engineers; use take to assign yourself"))
        }
        XCTAssertThrowsError(try AccessPolicy.checkAssign(fx.ticket(assignee: "li.na"), to: nil, by: fx.agent))
        XCTAssertNoThrow(try AccessPolicy.checkAssign(fx.ticket(), to: "zhang.wei", by: fx.agent))
        XCTAssertThrowsError(try AccessPolicy.checkAssign(fx.ticket(assignee: "li.na"), to: "zhang.wei", by: fx.agent)) {
            XCTAssertEqual("\($0)", othersTicket)
        }
        XCTAssertNoThrow(try AccessPolicy.checkAssign(fx.ticket(assignee: "li.na"), to: "zhao.lei", by: fx.lead))
        XCTAssertNoThrow(try AccessPolicy.checkAssign(fx.ticket(), to: "zhao.lei", by: fx.admin))
    }

    func testOnlyLeadsOverridePriorityAndOnlyAdminsManageTheTeam() {
        XCTAssertThrowsError(try AccessPolicy.checkOverridePriority(by: fx.agent)) {
            XCTAssertEqual("\($0)", "not allowed: only a lead can override a priority")
        }
        XCTAssertNoThrow(try AccessPolicy.checkOverridePriority(by: fx.lead))
        XCTAssertNoThrow(try AccessPolicy.checkOverridePriority(by: fx.admin))
        for actor in [fx.agent, fx.lead] {
            XCTAssertThrowsError(try AccessPolicy.checkManageTeam(by: actor)) {
                XCTAssertEqual("\($0)", "not allowed: only an admin can add or change engineers")
            }
        }
        XCTAssertNoThrow(try AccessPolicy.checkManageTeam(by: fx.admin))
    }

    // MARK: enforced by the workflow

    func testAgentCannotTouchAnotherEngineersTicket() {
        let actions: [TicketAction] = [
            .take, .unassign(reason: nil), .changeStatus(.inProgress, text: nil), .resolve("done"), .cancel(reason: "dup"),
            .escalate(details: "需要二线", requesterData: "截图"), .reply("您好"), .note("内部备注"), .setImpactUrgency(impact: .high, urgency: .high),
            .setTags(["vpn"]), .setMajorIncident(true), .logTime(minutes: 30, note: ""),
        ]
        let ticket = fx.ticket(status: .inProgress, assignee: "li.na")
        for action in actions {
            XCTAssertThrowsError(try workflow.apply(action, to: ticket, by: fx.agent, at: fx.t1, engineer: fx.engineer), "\(action)") {
                XCTAssertEqual("\($0)", othersTicket, "\(action)")
            }
        }
    }

    func testLeadMayWorkAnyTicket() throws {
        let ticket = fx.ticket(status: .inProgress, assignee: "li.na")
        let change = try workflow.apply(.reply("我们正在处理"), to: ticket, by: fx.lead, at: fx.t1)
        XCTAssertEqual(change.comments.first?.author, "chen.jie")
        let taken = try workflow.apply(.take, to: ticket, by: fx.lead, at: fx.t1, engineer: fx.engineer)
        XCTAssertEqual(taken.ticket.assignee, "chen.jie")
    }

    func testAgentCannotAssignOthersEvenAnUnassignedTicket() {
        XCTAssertThrowsError(try workflow.apply(.assign(to: "li.na", reason: "她懂网络"), to: fx.ticket(), by: fx.agent, at: fx.t1,
                                                engineer: fx.engineer)) {
            XCTAssertEqual("\($0)", "not allowed: only a lead can assign tickets to other engineers; use take to assign yourself")
        }
    }

    func testAgentMayAssignThemselvesAnUnassignedTicket() throws {
        let change = try workflow.apply(.assign(to: "zhang.wei", reason: nil), to: fx.ticket(), by: fx.agent, at: fx.t1,
                                        engineer: fx.engineer)
        XCTAssertEqual(change.ticket.assignee, "zhang.wei")
    }

    func testAgentCannotOverrideOrClearPriority() {
        var overridden = fx.ticket(assignee: "zhang.wei")
        overridden.priorityOverridden = true
        for (action, ticket) in [(TicketAction.overridePriority(.p1, reason: "急"), fx.ticket(assignee: "zhang.wei")),
                                 (.clearPriorityOverride, overridden)] {
            XCTAssertThrowsError(try workflow.apply(action, to: ticket, by: fx.agent, at: fx.t1)) {
                XCTAssertEqual($0 as? WorkflowError, .denied("only a lead can override a priority"))
            }
        }
    }
}

final class ImpersonationPolicyTests: XCTestCase {
    func testOnlyAdminsOrDemoDatabasesMayActForOthers() throws {
        XCTAssertNoThrow(try AccessPolicy.checkImpersonate(realLogin: "root", realRole: .admin, isDemo: false))
        XCTAssertNoThrow(try AccessPolicy.checkImpersonate(realLogin: "guest", realRole: nil, isDemo: true))
        XCTAssertThrowsError(try AccessPolicy.checkImpersonate(realLogin: "li.na", realRole: .lead, isDemo: false)) {
            XCTAssertEqual("\($0)", "not allowed: --as is only for admins, or on a demo database; li.na is not an admin here")
        }
        XCTAssertThrowsError(try AccessPolicy.checkImpersonate(realLogin: "nobody", realRole: nil, isDemo: false))
    }
}
