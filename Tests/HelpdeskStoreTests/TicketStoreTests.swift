import Foundation
import HelpdeskCore
@testable import HelpdeskStore
import XCTest

final class TicketStoreTests: XCTestCase {
    private let t0 = StoreFixtures.monday10
    private let admin = Actor(StoreFixtures.admin)
    private let lead = Actor(StoreFixtures.lead)
    private let alice = Actor(StoreFixtures.alice)

    func testCreatedTicketReadsBackWithEveryField() throws {
        let store = try StoreFixtures.teamStore()
        var draft = StoreFixtures.draft("财务部打印机无法打印", tags: ["打印机", "finance"], category: .hardware)
        draft.requester = Requester(name: "张三", contact: "zhangsan@example.cn", organisation: "财务部", isVIP: true)
        draft.impact = .high
        let created = try store.createTicket(draft, by: alice, at: t0)
        XCTAssertGreaterThan(created.id, 0)
        let read = try store.ticket(id: created.id)
        XCTAssertEqual(read, created)
        XCTAssertEqual(read.title, "财务部打印机无法打印")
        XCTAssertEqual(read.description, "详细描述: 财务部打印机无法打印")
        XCTAssertEqual(read.requester, Requester(name: "张三", contact: "zhangsan@example.cn", organisation: "财务部", isVIP: true))
        XCTAssertEqual(read.channel, .email)
        XCTAssertEqual(read.category, .hardware)
        XCTAssertEqual(read.impact, .high)
        XCTAssertEqual(read.urgency, .medium)
        XCTAssertEqual(read.priority, .p1, "high × medium is P2, the VIP requester raises it to P1")
        XCTAssertTrue(read.priorityReason.contains("VIP requester"), read.priorityReason)
        XCTAssertEqual(read.status, .new)
        XCTAssertEqual(read.tags, ["打印机", "finance"])
        XCTAssertEqual(read.createdAt, t0)
        XCTAssertEqual(read.updatedAt, t0)
        XCTAssertEqual(read.version, 1)
        let events = try store.events(ticketID: created.id)
        XCTAssertEqual(events.map(\.field), ["created"])
        XCTAssertEqual(events.first?.actor, "alice")
        XCTAssertEqual(events.first?.ticketID, created.id)
    }

    func testImportedTicketKeepsEveryStoredField() throws {
        let store = try StoreFixtures.teamStore()
        let ticket = Ticket(
            title: "邮件服务器宕机", description: "全部用户无法收发邮件\n第二行", requester: Requester(name: "李四", contact: "+86 138 0000 0000", organisation: "行政部"),
            channel: .phone, category: .network, impact: .critical, urgency: .high, priority: .p2,
            priorityReason: "override by lilei: 已有临时方案", priorityOverridden: true, status: .closed, tier: .l2,
            assignee: "lilei", tags: ["mail", "宕机"], isMajorIncident: true, resolution: "重启了 MTA",
            createdAt: t0, updatedAt: t0.addingTimeInterval(7200.5), firstResponseAt: t0.addingTimeInterval(300),
            resolvedAt: t0.addingTimeInterval(3600), closedAt: t0.addingTimeInterval(7200.5),
            pauses: [DateInterval(start: t0.addingTimeInterval(600), end: t0.addingTimeInterval(1200.25))],
            pausedSince: nil, version: 9)
        let ids = try store.importTickets([TicketRecord(ticket: ticket)])
        var expected = ticket
        expected.id = ids[0]
        XCTAssertEqual(try store.ticket(id: ids[0]), expected)

        var paused = ticket
        paused.status = .pendingCustomer
        paused.pausedSince = t0.addingTimeInterval(4000)
        paused.closedAt = nil
        paused.resolvedAt = nil
        let pausedID = try store.importTickets([TicketRecord(ticket: paused)])[0]
        XCTAssertEqual(try store.ticket(id: pausedID).pausedSince, paused.pausedSince)
    }

    func testUnknownTicketIsReportedByNumber() throws {
        let store = try StoreFixtures.teamStore()
        let error = thrownError { try store.ticket(id: 4242) }
        XCTAssertEqual(error as? StoreError, .ticketNotFound(4242))
        XCTAssertEqual("\(error!)", "there is no ticket #4242")
        XCTAssertEqual(thrownError { try store.perform(.take, on: 4242, expectedVersion: nil, by: self.alice, at: self.t0) } as? StoreError,
                       .ticketNotFound(4242))
    }

    func testEveryActionIsPersistedWithItsEvents() throws {
        let store = try StoreFixtures.teamStore()
        let id = try store.createTicket(StoreFixtures.draft("显示器闪烁"), by: alice, at: t0).id
        var now = t0
        func act(_ action: TicketAction, _ actor: Actor) throws -> Ticket {
            now += 60
            let before = try store.ticket(id: id).version
            let after = try store.perform(action, on: id, expectedVersion: before, by: actor, at: now)
            XCTAssertEqual(after, try store.ticket(id: id), "returned ticket equals the stored one after \(action)")
            XCTAssertEqual(after.updatedAt, now)
            XCTAssertEqual(after.version, before + 1, "\(action) bumps the version once")
            return after
        }
        XCTAssertEqual(try act(.take, alice).assignee, "alice")
        XCTAssertEqual(try store.ticket(id: id).status, .assigned)
        let replied = try act(.reply("您好，我们正在处理"), alice)
        XCTAssertEqual(replied.firstResponseAt, now)
        _ = try act(.note("可能是线缆问题"), alice)
        XCTAssertEqual(try act(.changeStatus(.inProgress, text: nil), alice).status, .inProgress)
        XCTAssertEqual(try act(.setImpactUrgency(impact: .high, urgency: .high), alice).priority, .p2)
        let overridden = try act(.overridePriority(.p1, reason: "CEO 会议室"), lead)
        XCTAssertTrue(overridden.priorityOverridden)
        XCTAssertEqual(overridden.priority, .p1)
        XCTAssertFalse(try act(.clearPriorityOverride, lead).priorityOverridden)
        XCTAssertEqual(try act(.setTags(["显示器", "Cable"]), alice).tags, ["显示器", "cable"])
        XCTAssertTrue(try act(.setMajorIncident(true), alice).isMajorIncident)
        _ = try act(.logTime(minutes: 25, note: "更换线缆"), alice)
        let paused = try act(.changeStatus(.pendingCustomer, text: "等待用户确认"), alice)
        let pausedAt = now
        XCTAssertEqual(paused.pausedSince, pausedAt)
        let resumed = try act(.changeStatus(.inProgress, text: nil), alice)
        XCTAssertEqual(resumed.pauses, [DateInterval(start: pausedAt, end: now)])
        XCTAssertNil(resumed.pausedSince)
        XCTAssertEqual(try act(.escalate(details: "换线无效，需二线检查显卡", requesterData: "黑屏照片两张"), alice).tier, .l2)
        _ = try act(.assign(to: "lilei", reason: "显卡专家"), lead)
        let assignedAt = now
        let resolved = try act(.resolve("更换显卡"), lead)
        let resolvedAt = now
        XCTAssertEqual(resolved.resolution, "更换显卡")
        XCTAssertEqual(resolved.resolvedAt, resolvedAt)
        XCTAssertNotNil(try act(.close, lead).closedAt)
        let reopened = try act(.reopen(reason: "又开始闪烁"), lead)
        XCTAssertNil(reopened.resolvedAt)
        XCTAssertEqual(try act(.unassign(reason: "交回队列"), lead).assignee, nil)
        XCTAssertEqual(try act(.cancel(reason: "用户已离职"), lead).status, .cancelled)

        let comments = try store.comments(ticketID: id)
        XCTAssertEqual(comments.map(\.kind), [.reply, .note, .note])
        XCTAssertEqual(comments.map(\.body), ["您好，我们正在处理", "可能是线缆问题", "Escalated to L2: 换线无效，需二线检查显卡\n\nRequester data: 黑屏照片两张"])
        XCTAssertEqual(try store.timeEntries(ticketID: id).map(\.minutes), [25])
        let fields = try store.events(ticketID: id).map(\.field)
        for field in ["created", "assignee", "status", "first_response", "comment", "impact", "urgency", "priority",
                      "tags", "major_incident", "time_logged", "tier"] {
            XCTAssertTrue(fields.contains(field), "no \(field) event in \(fields)")
        }
        let statusMoves = try store.events(ticketID: id).filter { $0.field == "status" }.map { "\($0.oldValue ?? "")>\($0.newValue ?? "")" }
        XCTAssertEqual(statusMoves, ["new>assigned", "assigned>in_progress", "in_progress>pending_customer",
                                     "pending_customer>in_progress", "in_progress>escalated", "escalated>resolved",
                                     "resolved>closed", "closed>reopened", "reopened>cancelled"])
        XCTAssertEqual(try store.engineer(login: "lilei")?.lastAssignedAt, assignedAt, "assignment stamps the engineer")
    }

    func testTimelineMergesCommentsAndEventsByTime() throws {
        let store = try StoreFixtures.teamStore()
        let id = try store.createTicket(StoreFixtures.draft("无法登录 OA"), by: alice, at: t0).id
        _ = try store.perform(.take, on: id, expectedVersion: 1, by: alice, at: t0 + 60)
        _ = try store.perform(.reply("请重置密码"), on: id, expectedVersion: 2, by: alice, at: t0 + 120)
        let items = try store.timeline(ticketID: id)
        let labels = items.map { item -> String in
            switch item {
            case let .comment(c): "comment:\(c.body)"
            case let .event(e): "event:\(e.field)"
            }
        }
        XCTAssertEqual(labels, ["event:created", "event:assignee", "event:status", "comment:请重置密码", "event:first_response"])
        XCTAssertEqual(items.map(\.at), [t0, t0 + 60, t0 + 60, t0 + 120, t0 + 120])
    }

    func testIllegalTransitionIsTheWorkflowError() throws {
        let store = try StoreFixtures.teamStore()
        let id = try store.createTicket(StoreFixtures.draft("键盘失灵"), by: alice, at: t0).id
        let error = thrownError { try store.perform(.close, on: id, expectedVersion: 1, by: self.alice, at: self.t0) }
        XCTAssertEqual(error as? WorkflowError, .illegalTransition(from: .new, to: .closed))
        XCTAssertEqual(try store.ticket(id: id).version, 1, "nothing saved")
        XCTAssertEqual(try store.events(ticketID: id).count, 1)
    }

    func testStaleVersionNamesWhoChangedWhat() throws {
        let store = try StoreFixtures.teamStore()
        let id = try store.createTicket(StoreFixtures.draft("投影仪没有信号"), by: alice, at: t0).id
        _ = try store.perform(.assign(to: "bob", reason: "会议室归他"), on: id, expectedVersion: 1, by: lead, at: t0 + 60)
        let error = thrownError { try store.perform(.take, on: id, expectedVersion: 1, by: self.alice, at: self.t0 + 90) }
        guard case let .conflict(ticketID, expected, actual, changedBy, changes)? = error as? StoreError else {
            return XCTFail("expected a conflict, got \(String(describing: error))")
        }
        XCTAssertEqual(ticketID, id)
        XCTAssertEqual(expected, 1)
        XCTAssertEqual(actual, 2)
        XCTAssertEqual(changedBy, ["lilei"])
        XCTAssertEqual(changes.map(\.field), ["assignee", "status"])
        XCTAssertEqual("\(error!)", "ticket #\(id) was changed by lilei after you opened it (you had version 1, it is now 2): "
                       + "assignee — → bob; status new → assigned. Reload the ticket and try again.")
        XCTAssertEqual(try store.ticket(id: id).assignee, "bob", "the stale write did not happen")
    }

    func testTwoProcessesRacingForOneVersionOnlyOneWins() throws {
        let first = try StoreFixtures.teamStore()
        let second = try HelpdeskStore(path: first.path)
        let lead = self.lead
        let t0 = self.t0
        let ids = try (0..<8).map { try first.createTicket(StoreFixtures.draft("竞争 \($0)"), by: lead, at: t0).id }
        let outcomes = Outcomes()
        for id in ids {
            DispatchQueue.concurrentPerform(iterations: 2) { lane in
                let store = lane == 0 ? first : second
                let who = lane == 0 ? "alice" : "bob"
                do {
                    _ = try store.perform(.assign(to: who, reason: nil), on: id, expectedVersion: 1, by: lead, at: t0)
                    outcomes.add(id, "won")
                } catch let error as StoreError {
                    if case .conflict = error { outcomes.add(id, "conflict") } else { outcomes.add(id, "\(error)") }
                } catch {
                    outcomes.add(id, "\(error)")
                }
            }
        }
        for id in ids {
            XCTAssertEqual(outcomes.results(for: id).sorted(), ["conflict", "won"], "ticket \(id)")
            let ticket = try second.ticket(id: id)
            XCTAssertEqual(ticket.version, 2)
            XCTAssertEqual(try second.events(ticketID: id).filter { $0.field == "assignee" }.count, 1)
        }
    }

    func testNoOpActionSavesNothing() throws {
        let store = try StoreFixtures.teamStore()
        let id = try store.createTicket(StoreFixtures.draft("鼠标", tags: ["mouse"]), by: alice, at: t0).id
        let same = try store.perform(.setTags(["mouse"]), on: id, expectedVersion: 1, by: alice, at: t0 + 60)
        XCTAssertEqual(same.version, 1)
        XCTAssertEqual(same.updatedAt, t0)
    }

    func testKnownRequesterKeepsVIPAndOrganisation() throws {
        let store = try StoreFixtures.teamStore()
        var first = StoreFixtures.draft("第一次")
        first.requester = Requester(name: "王总", contact: "Wang@Example.cn", organisation: "总经办", isVIP: true)
        _ = try store.createTicket(first, by: alice, at: t0)
        let second = try store.createTicket(StoreFixtures.draft("第二次", requester: "王总", contact: "wang@example.cn"), by: alice, at: t0)
        XCTAssertTrue(second.requester.isVIP, "an e-mail cannot know the requester is a VIP; the desk does")
        XCTAssertEqual(second.requester.organisation, "总经办")
        XCTAssertTrue(second.priorityReason.contains("VIP"), second.priorityReason)
        XCTAssertEqual(try store.requester(contact: "WANG@example.cn")?.name, "王总")
    }
}

/// Results collected from racing threads.
private final class Outcomes: @unchecked Sendable {
    private let lock = NSLock()
    private var byTicket: [Int64: [String]] = [:]

    func add(_ id: Int64, _ outcome: String) {
        lock.lock()
        defer { lock.unlock() }
        byTicket[id, default: []].append(outcome)
    }

    func results(for id: Int64) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        return byTicket[id] ?? []
    }
}
