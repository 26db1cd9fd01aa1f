import Foundation
import XCTest
@testable import HelpdeskCore

final class WorkflowTests: XCTestCase {
    private let fx = CoreFixture.self
    private let workflow = Workflow()

    // MARK: create

    func testCreateTrimsTextAndGivesMatrixPriority() throws {
        let draft = NewTicket(title: "  打印机卡纸 Printer jam \n", description: "\n三楼的打印机\t",
                              requester: Requester(name: " 王芳 ", contact: " wang.fang@example.com ", organisation: " 财务部 "),
                              channel: .phone, category: .hardware)
        let change = try workflow.create(draft, by: fx.agent, at: fx.t0)
        let t = change.ticket
        XCTAssertEqual(t.title, "打印机卡纸 Printer jam")
        XCTAssertEqual(t.description, "三楼的打印机")
        XCTAssertEqual(t.requester, Requester(name: "王芳", contact: "wang.fang@example.com", organisation: "财务部"))
        XCTAssertEqual(t.channel, .phone)
        XCTAssertEqual(t.category, .hardware)
        XCTAssertEqual(t.status, .new)
        XCTAssertEqual(t.tier, .l1)
        XCTAssertNil(t.assignee)
        XCTAssertEqual(t.priority, .p3)
        XCTAssertEqual(t.priorityReason, "impact medium × urgency medium")
        XCTAssertEqual(t.createdAt, fx.t0)
        XCTAssertEqual(t.updatedAt, fx.t0)
        XCTAssertEqual(change.events, [TicketEvent(ticketID: 0, actor: "zhang.wei", at: fx.t0, field: "created",
                                                   newValue: "P3", reason: "impact medium × urgency medium")])
    }

    func testCreateAppliesRulesAndNormalisesTags() throws {
        let draft = NewTicket(title: "邮件服务器宕机", description: "", requester: fx.requester,
                              impact: .low, urgency: .low, tags: ["VPN", " vpn ", "邮件"])
        let change = try workflow.create(draft, by: fx.agent, at: fx.t0)
        XCTAssertEqual(change.ticket.priority, .p2)
        XCTAssertEqual(change.ticket.priorityReason, "impact low × urgency low; outage word “宕机”")
        XCTAssertEqual(change.ticket.tags, ["vpn", "邮件"])
    }

    func testCreateNeedsRequesterNameAndContact() {
        let noName = NewTicket(title: "x", description: "", requester: Requester(name: "  ", contact: "a@b.c"))
        XCTAssertThrowsError(try workflow.create(noName, by: fx.agent, at: fx.t0)) {
            XCTAssertEqual($0 as? WorkflowError, .missingText("the requester's name must not be empty"))
        }
        let noContact = NewTicket(title: "x", description: "", requester: Requester(name: "王芳", contact: ""))
        XCTAssertThrowsError(try workflow.create(noContact, by: fx.agent, at: fx.t0)) {
            XCTAssertEqual("\($0)", "the requester's contact must not be empty")
        }
    }

    // MARK: assign, take, unassign

    func testLeadAssignMovesNewToAssigned() throws {
        let change = try workflow.apply(.assign(to: "zhang.wei", reason: "熟悉网络"), to: fx.ticket(), by: fx.lead,
                                        at: fx.t1, engineer: fx.engineer)
        XCTAssertEqual(change.ticket.assignee, "zhang.wei")
        XCTAssertEqual(change.ticket.status, .assigned)
        XCTAssertEqual(change.ticket.updatedAt, fx.t1)
        XCTAssertEqual(change.events, [
            fx.event(by: fx.lead, "assignee", nil, "zhang.wei", "熟悉网络"),
            fx.event(by: fx.lead, "status", "new", "assigned"),
        ])
    }

    func testAssignReopenedMovesToAssignedAndReassignKeepsWorkingStatus() throws {
        let reopened = try workflow.apply(.assign(to: "li.na", reason: nil), to: fx.ticket(status: .reopened, assignee: "zhang.wei"),
                                          by: fx.lead, at: fx.t1, engineer: fx.engineer)
        XCTAssertEqual(reopened.ticket.status, .assigned)
        XCTAssertEqual(reopened.events.map(\.field), ["assignee", "status"])

        let working = try workflow.apply(.assign(to: "li.na", reason: "zhang.wei 休假"),
                                         to: fx.ticket(status: .inProgress, assignee: "zhang.wei"), by: fx.lead, at: fx.t1,
                                         engineer: fx.engineer)
        XCTAssertEqual(working.ticket.status, .inProgress)
        XCTAssertEqual(working.events, [fx.event(by: fx.lead, "assignee", "zhang.wei", "li.na", "zhang.wei 休假")])
    }

    func testAssignRefusals() {
        let cases: [(TicketAction, Ticket, String)] = [
            (.assign(to: "ghost", reason: nil), fx.ticket(), "no engineer with login “ghost” (see: helpdesk engineer list)"),
            (.assign(to: "wu.min", reason: nil), fx.ticket(), "wu.min is not active and cannot take tickets"),
            (.assign(to: "zhang.wei", reason: nil), fx.ticket(status: .escalated, tier: .l2), "#7 is escalated to L2; zhang.wei is L1"),
            (.assign(to: "zhang.wei", reason: nil), fx.ticket(status: .closed), "#7 is closed; reopen it before assigning"),
            (.assign(to: "zhang.wei", reason: nil), fx.ticket(status: .cancelled), "#7 is cancelled; reopen it before assigning"),
            (.assign(to: "zhang.wei", reason: nil), fx.ticket(status: .assigned, assignee: "zhang.wei"), "#7 is already assigned to zhang.wei"),
            (.unassign(reason: nil), fx.ticket(), "#7 is not assigned"),
            (.unassign(reason: nil), fx.ticket(status: .resolved, assignee: "zhang.wei"), "#7 is resolved; only open tickets can be unassigned"),
        ]
        for (action, ticket, message) in cases {
            XCTAssertThrowsError(try workflow.apply(action, to: ticket, by: fx.lead, at: fx.t1, engineer: fx.engineer), message) {
                XCTAssertEqual("\($0)", message)
            }
        }
    }

    func testAgentTakesUnassignedTicket() throws {
        let change = try workflow.apply(.take, to: fx.ticket(), by: fx.agent, at: fx.t1, engineer: fx.engineer)
        XCTAssertEqual(change.ticket.assignee, "zhang.wei")
        XCTAssertEqual(change.ticket.status, .assigned)
        XCTAssertEqual(change.events, [
            fx.event(by: fx.agent, "assignee", nil, "zhang.wei"),
            fx.event(by: fx.agent, "status", "new", "assigned"),
        ])
        XCTAssertThrowsError(try workflow.apply(.take, to: fx.ticket(), by: Actor(login: "ghost", role: .agent), at: fx.t1,
                                                engineer: fx.engineer)) {
            XCTAssertEqual($0 as? WorkflowError, .unknownEngineer("ghost"))
        }
    }

    func testUnassignMovesAssignedBackToNewButLeavesWorkingStatus() throws {
        let assigned = try workflow.apply(.unassign(reason: "休假"), to: fx.ticket(status: .assigned, assignee: "zhang.wei"),
                                          by: fx.lead, at: fx.t1)
        XCTAssertNil(assigned.ticket.assignee)
        XCTAssertEqual(assigned.ticket.status, .new)
        XCTAssertEqual(assigned.events, [
            fx.event(by: fx.lead, "assignee", "zhang.wei", nil, "休假"),
            fx.event(by: fx.lead, "status", "assigned", "new"),
        ])
        let working = try workflow.apply(.unassign(reason: nil), to: fx.ticket(status: .pendingCustomer, assignee: "zhang.wei"),
                                         by: fx.agent, at: fx.t1)
        XCTAssertEqual(working.ticket.status, .pendingCustomer)
        XCTAssertEqual(working.events.map(\.field), ["assignee"])
    }

    // MARK: replies and notes

    func testFirstReplySetsFirstResponseOnce() throws {
        let first = try workflow.apply(.reply(" 您好，请重启电脑后再试 "), to: fx.ticket(), by: fx.agent, at: fx.t1)
        XCTAssertEqual(first.ticket.firstResponseAt, fx.t1)
        XCTAssertEqual(first.comments, [Comment(ticketID: 7, author: "zhang.wei", kind: .reply, body: "您好，请重启电脑后再试", createdAt: fx.t1)])
        XCTAssertEqual(first.events, [fx.event(by: fx.agent, "first_response", nil, "2026-01-01T00:05:00Z")])

        let second = try workflow.apply(.reply("还有问题吗？"), to: first.ticket, by: fx.agent, at: fx.t2)
        XCTAssertEqual(second.ticket.firstResponseAt, fx.t1)
        XCTAssertEqual(second.events, [])
        XCTAssertEqual(second.comments.count, 1)
        XCTAssertEqual(second.ticket.updatedAt, fx.t2)
    }

    func testNoteIsInternalAndIsNotAResponse() throws {
        let change = try workflow.apply(.note("用户的电脑是 Win10"), to: fx.ticket(), by: fx.agent, at: fx.t1)
        XCTAssertNil(change.ticket.firstResponseAt)
        XCTAssertEqual(change.comments.map(\.kind), [.note])
        XCTAssertEqual(change.ticket.updatedAt, fx.t1)
    }

    func testEmptyReplyAndNoteAreRefused() {
        XCTAssertThrowsError(try workflow.apply(.reply(" \n"), to: fx.ticket(), by: fx.agent, at: fx.t1)) {
            XCTAssertEqual($0 as? WorkflowError, .missingText("the reply must not be empty"))
        }
        XCTAssertThrowsError(try workflow.apply(.note("\u{3000}"), to: fx.ticket(), by: fx.agent, at: fx.t1)) {
            XCTAssertEqual($0 as? WorkflowError, .missingText("the note must not be empty"))
        }
    }

    // MARK: events and updatedAt

    func testAWholeStoryRecordsEveryChangeWithActorAndTime() throws {
        var ticket = fx.ticket()
        var log: [TicketEvent] = []
        let steps: [(TicketAction, Actor)] = [
            (.take, fx.agent),
            (.changeStatus(.inProgress, text: nil), fx.agent),
            (.changeStatus(.pendingCustomer, text: "等用户回复"), fx.agent),
            (.changeStatus(.inProgress, text: nil), fx.agent),
            (.escalate(details: "重启无效", requesterData: "用户提供了截图"), fx.agent),
            (.assign(to: "zhao.lei", reason: "二线网络"), fx.lead),
            (.resolve("更换交换机端口"), fx.l2Agent),
            (.close, fx.l2Agent),
        ]
        for (minute, (action, actor)) in steps.enumerated() {
            let at = fx.t0.addingTimeInterval(Double(minute + 1) * 60)
            let change = try workflow.apply(action, to: ticket, by: actor, at: at, engineer: fx.engineer)
            XCTAssertFalse(change.events.isEmpty, "\(action) recorded nothing")
            for event in change.events {
                XCTAssertEqual(event.actor, actor.login)
                XCTAssertEqual(event.at, at)
                XCTAssertEqual(event.ticketID, 7)
            }
            XCTAssertEqual(change.ticket.updatedAt, at)
            log += change.events
            ticket = change.ticket
        }
        XCTAssertEqual(log.filter { $0.field == "status" }.map { "\($0.oldValue!)→\($0.newValue!)" }, [
            "new→assigned", "assigned→in_progress", "in_progress→pending_customer", "pending_customer→in_progress",
            "in_progress→escalated", "escalated→resolved", "resolved→closed",
        ])
        XCTAssertEqual(log.filter { $0.field == "assignee" }.map { "\($0.oldValue ?? "-")→\($0.newValue ?? "-")" },
                       ["-→zhang.wei", "zhang.wei→-", "-→zhao.lei"])
        XCTAssertEqual(ticket.status, .closed)
        XCTAssertEqual(ticket.tier, .l2)
        XCTAssertEqual(ticket.pauses, [DateInterval(start: fx.t0.addingTimeInterval(180), end: fx.t0.addingTimeInterval(240))])
        XCTAssertEqual(ticket.resolvedAt, fx.t0.addingTimeInterval(420))
        XCTAssertEqual(ticket.closedAt, fx.t0.addingTimeInterval(480))
    }

    func testNoChangeMeansNoEventAndNoBump() throws {
        let ticket = fx.ticket(tags: ["vpn"])
        let same = try workflow.apply(.setTags(["VPN"]), to: ticket, by: fx.agent, at: fx.t1)
        XCTAssertEqual(same.events, [])
        XCTAssertEqual(same.ticket, ticket)
        let same2 = try workflow.apply(.setImpactUrgency(impact: .medium, urgency: .medium), to: ticket, by: fx.agent, at: fx.t1)
        XCTAssertEqual(same2.events, [])
        XCTAssertEqual(same2.ticket.updatedAt, fx.t0)
    }
}

/// Fixed times, people and tickets shared by the Core rule tests; nothing reads the clock.
enum CoreFixture {
    /// 2026-01-01T00:00:00Z
    static let t0 = Date(timeIntervalSince1970: 1_767_225_600)
    static let t1 = t0.addingTimeInterval(5 * 60)
    static let t2 = t0.addingTimeInterval(65 * 60)

    static let requester = Requester(name: "王芳", contact: "wang.fang@example.com", organisation: "财务部")

    static let agent = Actor(login: "zhang.wei", role: .agent, tier: .l1)
    static let otherAgent = Actor(login: "li.na", role: .agent, tier: .l1)
    static let l2Agent = Actor(login: "zhao.lei", role: .agent, tier: .l2)
    static let lead = Actor(login: "chen.jie", role: .lead, tier: .l2)
    static let admin = Actor(login: "root.admin", role: .admin, tier: .l2)

    static let team: [Engineer] = [
        Engineer(login: "zhang.wei", name: "张伟", skills: [.network]),
        Engineer(login: "li.na", name: "李娜", skills: [.software]),
        Engineer(login: "zhao.lei", name: "赵磊", tier: .l2, skills: [.network]),
        Engineer(login: "chen.jie", name: "陈杰", role: .lead, tier: .l2),
        Engineer(login: "wu.min", name: "吴敏", isActive: false),
    ]

    static func engineer(_ login: String) -> Engineer? { team.first { $0.login == login } }

    static func ticket(status: TicketStatus = .new, assignee: String? = nil, tier: Tier = .l1, title: String = "VPN 连不上",
                       tags: [String] = [], requester: Requester = requester) -> Ticket {
        Ticket(id: 7, title: title, description: "从家里连公司 VPN 失败", requester: requester, category: .network,
               priority: .p3, priorityReason: "impact medium × urgency medium", status: status, tier: tier, assignee: assignee, tags: tags, createdAt: t0)
    }

    static func event(by actor: Actor, at: Date = t1, _ field: String, _ old: String?, _ new: String?,
                      _ reason: String? = nil) -> TicketEvent {
        TicketEvent(ticketID: 7, actor: actor.login, at: at, field: field, oldValue: old, newValue: new, reason: reason)
    }
}

final class ReopenClockTests: XCTestCase {
    func testTimeSpentResolvedDoesNotCountAgainstTheResolutionClock() throws {
        var ticket = CoreFixture.ticket(status: .resolved, assignee: "zhang.wei")
        let solved = CoreFixture.t0.addingTimeInterval(3600)
        ticket.resolvedAt = solved
        let reopenAt = solved.addingTimeInterval(2 * 86_400)
        let change = try Workflow().apply(.reopen(reason: "又坏了"), to: ticket, by: CoreFixture.lead, at: reopenAt,
                                          engineer: CoreFixture.engineer)
        XCTAssertEqual(change.ticket.pauses, [DateInterval(start: solved, end: reopenAt)])
        XCTAssertNil(change.ticket.resolvedAt)
    }
}
