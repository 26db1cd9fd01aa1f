import Foundation
import XCTest
@testable import HelpdeskCore

final class LifecycleTests: XCTestCase {
    private let fx = CoreFixture.self
    private let workflow = Workflow()

    /// The documented state machine, restated so any edit to the table is a deliberate one.
    private let documented: [TicketStatus: Set<TicketStatus>] = [
        .new: [.assigned, .inProgress, .escalated, .resolved, .cancelled],
        .assigned: [.inProgress, .pendingCustomer, .escalated, .resolved, .cancelled],
        .inProgress: [.pendingCustomer, .escalated, .resolved, .cancelled],
        .pendingCustomer: [.inProgress, .resolved, .cancelled],
        .escalated: [.inProgress, .pendingCustomer, .resolved, .cancelled],
        .resolved: [.closed, .reopened],
        .closed: [.reopened],
        .reopened: [.assigned, .inProgress, .escalated, .resolved, .cancelled],
        .cancelled: [],
    ]

    private func text(for target: TicketStatus) -> String? {
        switch target {
        case .resolved: "重启了打印服务"
        case .cancelled: "用户撤回了请求"
        case .reopened: "问题又出现了"
        case .escalated: "已重启路由器，无效；用户提供了截图"
        default: nil
        }
    }

    func testTableIsTheDocumentedOne() {
        XCTAssertEqual(Lifecycle.transitions, documented)
        XCTAssertEqual(Set(Lifecycle.transitions.keys), Set(TicketStatus.allCases))
        for from in TicketStatus.allCases {
            for to in TicketStatus.allCases {
                XCTAssertEqual(Lifecycle.canMove(from: from, to: to), documented[from]!.contains(to), "\(from) → \(to)")
            }
        }
    }

    func testNextStatusesInPickerOrder() {
        XCTAssertEqual(Lifecycle.nextStatuses(from: .new), [.assigned, .inProgress, .escalated, .resolved, .cancelled])
        XCTAssertEqual(Lifecycle.nextStatuses(from: .resolved), [.closed, .reopened])
        XCTAssertEqual(Lifecycle.nextStatuses(from: .pendingCustomer), [.inProgress, .resolved, .cancelled])
        XCTAssertEqual(Lifecycle.nextStatuses(from: .cancelled), [])
    }

    func testEveryLegalTransitionGoesThroughTheWorkflow() throws {
        var count = 0
        for (from, targets) in documented {
            for target in targets {
                var ticket = fx.ticket(status: from, assignee: "zhang.wei", tier: from == .escalated ? .l2 : .l1)
                if from == .pendingCustomer { ticket.pausedSince = fx.t0 }
                // Escalating carries the requester's data too, so it has an action of its own.
                let escalating = target == .escalated
                let action: TicketAction = escalating ? .escalate(details: text(for: target) ?? "", requesterData: "截图")
                    : .changeStatus(target, text: text(for: target))
                let reason = escalating ? (text(for: target) ?? "") + "\nRequester data: 截图" : text(for: target)
                let change = try workflow.apply(action, to: ticket, by: fx.lead, at: fx.t1, engineer: fx.engineer)
                XCTAssertEqual(change.ticket.status, target, "\(from) → \(target)")
                XCTAssertEqual(change.events.last, fx.event(by: fx.lead, "status", from.rawValue, target.rawValue, reason),
                               "\(from) → \(target)")
                XCTAssertEqual(change.ticket.updatedAt, fx.t1)
                count += 1
            }
        }
        XCTAssertEqual(count, 29)
    }

    func testEveryIllegalTransitionIsATypedError() {
        for from in TicketStatus.allCases {
            for target in TicketStatus.allCases where !documented[from]!.contains(target) {
                let ticket = fx.ticket(status: from, assignee: "zhang.wei")
                XCTAssertThrowsError(try workflow.apply(.changeStatus(target, text: text(for: target) ?? "why"), to: ticket,
                                                        by: fx.lead, at: fx.t1)) {
                    XCTAssertEqual($0 as? WorkflowError, .illegalTransition(from: from, to: target))
                }
            }
        }
    }

    func testIllegalTransitionMessagesSayWhereTheTicketCanGo() {
        let expected: [(TicketStatus, TicketStatus, String)] = [
            (.new, .closed, "a new ticket cannot move to closed (from new it can go to: assigned, in_progress, escalated, resolved, cancelled)"),
            (.closed, .inProgress, "a closed ticket cannot move to in_progress (from closed it can go to: reopened)"),
            (.cancelled, .reopened, "a cancelled ticket cannot move to reopened (cancelled is final)"),
            (.inProgress, .reopened,
             "an in_progress ticket cannot move to reopened (from in_progress it can go to: pending_customer, escalated, resolved, cancelled)"),
            (.pendingCustomer, .escalated,
             "a pending_customer ticket cannot move to escalated (from pending_customer it can go to: in_progress, resolved, cancelled)"),
            (.escalated, .escalated,
             "an escalated ticket cannot move to escalated (from escalated it can go to: in_progress, pending_customer, resolved, cancelled)"),
            (.resolved, .new, "a resolved ticket cannot move to new (from resolved it can go to: closed, reopened)"),
        ]
        for (from, to, message) in expected {
            XCTAssertThrowsError(try workflow.apply(.changeStatus(to, text: "x"), to: fx.ticket(status: from), by: fx.lead, at: fx.t1)) {
                XCTAssertEqual("\($0)", message)
            }
        }
    }

    // MARK: texts the targets need

    func testResolveNeedsAResolution() throws {
        for missing in [nil, "", " \n\t", "\u{3000}"] as [String?] {
            XCTAssertThrowsError(try workflow.apply(.changeStatus(.resolved, text: missing), to: fx.ticket(status: .inProgress),
                                                    by: fx.lead, at: fx.t1)) {
                XCTAssertEqual("\($0)", "resolving needs a resolution: what was done to solve it")
            }
        }
        let done = try workflow.apply(.resolve(" 重置了密码 "), to: fx.ticket(status: .inProgress), by: fx.lead, at: fx.t1)
        XCTAssertEqual(done.ticket.resolution, "重置了密码")
        XCTAssertEqual(done.ticket.resolvedAt, fx.t1)
        XCTAssertEqual(done.ticket.firstResponseAt, fx.t1)
        XCTAssertEqual(done.events, [fx.event(by: fx.lead, "first_response", nil, "2026-01-01T00:05:00Z"),
                                     fx.event(by: fx.lead, "status", "in_progress", "resolved", "重置了密码")])
    }

    func testResolveKeepsAnEarlierFirstResponse() throws {
        var ticket = fx.ticket(status: .inProgress)
        ticket.firstResponseAt = fx.t0
        let done = try workflow.apply(.resolve("ok"), to: ticket, by: fx.lead, at: fx.t2)
        XCTAssertEqual(done.ticket.firstResponseAt, fx.t0)
        XCTAssertEqual(done.events.map(\.field), ["status"])
    }

    func testCancelNeedsAShortReason() throws {
        XCTAssertThrowsError(try workflow.apply(.changeStatus(.cancelled, text: nil), to: fx.ticket(), by: fx.lead, at: fx.t1)) {
            XCTAssertEqual($0 as? WorkflowError, .missingText("cancelling needs a reason"))
        }
        XCTAssertThrowsError(try workflow.apply(.cancel(reason: String(repeating: "长", count: 301)), to: fx.ticket(), by: fx.lead, at: fx.t1)) {
            XCTAssertEqual("\($0)", "the reason is 301 characters long; the limit is 300")
        }
        let cancelled = try workflow.apply(.cancel(reason: "重复的请求 #6"), to: fx.ticket(), by: fx.lead, at: fx.t1)
        XCTAssertEqual(cancelled.ticket.status, .cancelled)
        XCTAssertFalse(cancelled.ticket.status.isOpen)
    }

    func testReopenOnlyFromResolvedOrClosedAndNeedsAReason() throws {
        XCTAssertEqual(TicketStatus.allCases.filter { Lifecycle.canMove(from: $0, to: .reopened) }, [.resolved, .closed])
        var closed = fx.ticket(status: .closed, assignee: "zhang.wei")
        closed.resolution = "换了网线"
        closed.resolvedAt = fx.t0
        closed.closedAt = fx.t1
        XCTAssertThrowsError(try workflow.apply(.changeStatus(.reopened, text: "  "), to: closed, by: fx.lead, at: fx.t2)) {
            XCTAssertEqual("\($0)", "reopening needs a reason: what is still wrong")
        }
        let reopened = try workflow.apply(.reopen(reason: "又断网了"), to: closed, by: fx.lead, at: fx.t2)
        XCTAssertEqual(reopened.ticket.status, .reopened)
        XCTAssertNil(reopened.ticket.resolvedAt)
        XCTAssertNil(reopened.ticket.closedAt)
        XCTAssertEqual(reopened.ticket.resolution, "换了网线", "the earlier resolution stays as history")
        XCTAssertEqual(reopened.events, [fx.event(by: fx.lead, at: fx.t2, "status", "closed", "reopened", "又断网了")])
    }

    func testCloseStampsClosedAt() throws {
        let closed = try workflow.apply(.close, to: fx.ticket(status: .resolved), by: fx.lead, at: fx.t2)
        XCTAssertEqual(closed.ticket.closedAt, fx.t2)
    }

    // MARK: escalation

    func testEscalateNeedsDetails() {
        XCTAssertThrowsError(try workflow.apply(.changeStatus(.escalated, text: nil), to: fx.ticket(status: .inProgress, assignee: "zhang.wei"),
                                                by: fx.agent, at: fx.t1)) {
            XCTAssertEqual("\($0)", "escalating needs details: what was tried so far")
        }
    }

    func testEscalateNeedsTheRequestersData() {
        let ticket = fx.ticket(status: .inProgress, assignee: "zhang.wei")
        for action: TicketAction in [.changeStatus(.escalated, text: "重启无效"), .escalate(details: "重启无效", requesterData: " \n ")] {
            XCTAssertThrowsError(try workflow.apply(action, to: ticket, by: fx.agent, at: fx.t1)) {
                XCTAssertEqual("\($0)", "escalating needs the data the requester supplied: error text, screenshots, steps to reproduce")
            }
        }
        XCTAssertThrowsError(try workflow.apply(.escalate(details: "", requesterData: "截图"), to: ticket, by: fx.agent, at: fx.t1)) {
            XCTAssertEqual("\($0)", "escalating needs details: what was tried so far")
        }
    }

    func testEscalateMovesToL2ClearsL1OwnerAndAddsInternalNote() throws {
        let change = try workflow.apply(.escalate(details: " 重启无效 ", requesterData: "用户截图见附件；错误码 0x80070005"), to: fx.ticket(status: .inProgress, assignee: "zhang.wei"),
                                        by: fx.agent, at: fx.t1)
        XCTAssertEqual(change.ticket.status, .escalated)
        XCTAssertEqual(change.ticket.tier, .l2)
        XCTAssertNil(change.ticket.assignee)
        XCTAssertEqual(change.comments, [Comment(ticketID: 7, author: "zhang.wei", kind: .note,
                                                 body: "Escalated to L2: 重启无效\n\nRequester data: 用户截图见附件；错误码 0x80070005",
                                                 createdAt: fx.t1)])
        XCTAssertEqual(change.events, [
            fx.event(by: fx.agent, "tier", "L1", "L2"),
            fx.event(by: fx.agent, "assignee", "zhang.wei", nil, "escalated to L2"),
            fx.event(by: fx.agent, "status", "in_progress", "escalated", "重启无效\nRequester data: 用户截图见附件；错误码 0x80070005"),
        ])
    }

    func testEscalationKeepsASecondLineOwner() throws {
        let own = try workflow.apply(.escalate(details: "需要改交换机配置", requesterData: "端口错误计数"), to: fx.ticket(status: .inProgress, assignee: "zhao.lei"),
                                     by: fx.l2Agent, at: fx.t1)
        XCTAssertEqual(own.ticket.assignee, "zhao.lei")
        XCTAssertEqual(own.events.map(\.field), ["tier", "status"])

        let byLead = try workflow.apply(.escalate(details: "需要二线", requesterData: "截图"), to: fx.ticket(status: .inProgress, assignee: "zhao.lei"),
                                        by: fx.lead, at: fx.t1, engineer: fx.engineer)
        XCTAssertEqual(byLead.ticket.assignee, "zhao.lei")

        for owner in ["zhang.wei", "former.staff"] {
            let cleared = try workflow.apply(.escalate(details: "需要二线", requesterData: "截图"), to: fx.ticket(status: .assigned, assignee: owner),
                                             by: fx.lead, at: fx.t1, engineer: fx.engineer)
            XCTAssertNil(cleared.ticket.assignee, "an L1 or unknown owner (\(owner)) is cleared")
        }
    }

    // MARK: pending the customer

    func testPendingCustomerOpensAPauseAndLeavingClosesIt() throws {
        let waiting = try workflow.apply(.changeStatus(.pendingCustomer, text: "等用户提供截图"),
                                         to: fx.ticket(status: .inProgress, assignee: "zhang.wei"), by: fx.agent, at: fx.t1)
        XCTAssertEqual(waiting.ticket.pausedSince, fx.t1)
        XCTAssertEqual(waiting.ticket.pauses, [])

        let back = try workflow.apply(.changeStatus(.inProgress, text: nil), to: waiting.ticket, by: fx.agent, at: fx.t2)
        XCTAssertNil(back.ticket.pausedSince)
        XCTAssertEqual(back.ticket.pauses, [DateInterval(start: fx.t1, end: fx.t2)])

        let t3 = fx.t2.addingTimeInterval(600), t4 = fx.t2.addingTimeInterval(3600)
        let again = try workflow.apply(.changeStatus(.pendingCustomer, text: nil), to: back.ticket, by: fx.agent, at: t3)
        let resolved = try workflow.apply(.resolve("用户确认已恢复"), to: again.ticket, by: fx.agent, at: t4)
        XCTAssertEqual(resolved.ticket.pauses, [DateInterval(start: fx.t1, end: fx.t2), DateInterval(start: t3, end: t4)])
        XCTAssertNil(resolved.ticket.pausedSince)

        let cancelled = try workflow.apply(.cancel(reason: "用户不再需要"), to: again.ticket, by: fx.agent, at: t4)
        XCTAssertEqual(cancelled.ticket.pauses.last, DateInterval(start: t3, end: t4))
    }

    // MARK: starting work

    func testStartingAnUnownedTicketTakesIt() throws {
        let change = try workflow.apply(.changeStatus(.inProgress, text: nil), to: fx.ticket(), by: fx.agent, at: fx.t1)
        XCTAssertEqual(change.ticket.assignee, "zhang.wei")
        XCTAssertEqual(change.events, [fx.event(by: fx.agent, "assignee", nil, "zhang.wei"),
                                       fx.event(by: fx.agent, "status", "new", "in_progress")])
    }

    func testFirstLineCannotStartAnEscalatedTicket() {
        XCTAssertThrowsError(try workflow.apply(.changeStatus(.inProgress, text: nil), to: fx.ticket(status: .escalated, tier: .l2),
                                                by: fx.agent, at: fx.t1)) {
            XCTAssertEqual("\($0)", "#7 is escalated to L2; zhang.wei is L1 and cannot start it")
        }
    }

    func testAssignedStatusNeedsAnAssignee() {
        XCTAssertThrowsError(try workflow.apply(.changeStatus(.assigned, text: nil), to: fx.ticket(), by: fx.lead, at: fx.t1)) {
            XCTAssertEqual("\($0)", "assign #7 to an engineer rather than setting the status")
        }
    }
}
