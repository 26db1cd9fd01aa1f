import Foundation
import HelpdeskCore
@testable import HelpdeskStore
import XCTest

/// Saving, listing, searching and acknowledging shift handovers, and the snapshot they carry.
final class HandoverStoreTests: XCTestCase {
    private let now = StoreFixtures.monday10
    private var lead: Actor { Actor(StoreFixtures.lead) }
    private var admin: Actor { Actor(StoreFixtures.admin) }
    private var agent: Actor { Actor(StoreFixtures.alice) }

    private func record(_ title: String, priority: Priority, status: TicketStatus, assignee: String?, createdHoursAgo: Double,
                        resolvedHoursAgo: Double? = nil, tier: Tier = .l1) -> TicketRecord {
        let created = now.addingTimeInterval(-createdHoursAgo * 3600)
        return TicketRecord(ticket: Ticket(
            title: title, description: "d", requester: Requester(name: "张三", contact: "zs@example.cn"),
            priority: priority, status: status, tier: tier, assignee: assignee, createdAt: created,
            firstResponseAt: status == .new ? nil : created.addingTimeInterval(600),
            resolvedAt: resolvedHoursAgo.map { now.addingTimeInterval(-$0 * 3600) }))
    }

    /// A desk with one ticket of every kind the snapshot distinguishes; returns the ids by name.
    private func desk() throws -> (HelpdeskStore, [String: Int64]) {
        let store = try StoreFixtures.teamStore()
        let records = [
            record("P1 breached 服务器宕机", priority: .p1, status: .inProgress, assignee: "alice", createdHoursAgo: 5),
            record("P1 at risk", priority: .p1, status: .inProgress, assignee: "alice", createdHoursAgo: 3.5),
            record("P3 on track", priority: .p3, status: .new, assignee: nil, createdHoursAgo: 0.1),
            record("Escalated 网络", priority: .p3, status: .escalated, assignee: "lilei", createdHoursAgo: 1, tier: .l2),
            record("Resolved lately", priority: .p2, status: .resolved, assignee: "bob", createdHoursAgo: 3, resolvedHoursAgo: 1),
            record("Resolved yesterday", priority: .p2, status: .closed, assignee: "bob", createdHoursAgo: 30, resolvedHoursAgo: 20),
        ]
        let ids = try store.importTickets(records)
        return (store, Dictionary(uniqueKeysWithValues: zip(records.map(\.ticket.title), ids)))
    }

    func testSavingTakesTheSnapshotOfTheQueue() throws {
        let (store, ids) = try desk()
        let saved = try store.saveHandover(note: "夜班注意：服务器宕机仍在处理", by: lead, at: now, timeZone: TimeZone(identifier: "Asia/Shanghai")!)
        let snap = saved.snapshot
        XCTAssertEqual(snap.since, now.addingTimeInterval(-12 * 3600), "no earlier handover: the last twelve hours")
        XCTAssertEqual(snap.highPriority.tickets.map(\.id), [ids["P1 breached 服务器宕机"]!, ids["P1 at risk"]!])
        XCTAssertEqual(snap.highPriority.total, 2)
        XCTAssertEqual(snap.breached.tickets.map(\.id), [ids["P1 breached 服务器宕机"]!])
        XCTAssertEqual(snap.breached.total, 1)
        XCTAssertEqual(snap.atRisk.tickets.map(\.id), [ids["P1 at risk"]!])
        XCTAssertEqual(snap.atRisk.total, 1)
        XCTAssertEqual(snap.escalated.tickets.map(\.id), [ids["Escalated 网络"]!])
        XCTAssertEqual(snap.resolved.tickets.map(\.id), [ids["Resolved lately"]!], "yesterday's resolution is outside the shift")
        XCTAssertEqual(snap.resolved.tickets.first?.resolvedAt, now.addingTimeInterval(-3600))
        XCTAssertEqual(snap.unassigned, 1)
        XCTAssertEqual(snap.loads.first { $0.login == "alice" }?.open, 2)
        XCTAssertEqual(snap.loads.first?.login, "alice", "the busiest share of the cap first")
        XCTAssertEqual(saved.shiftLabel, "2026-05-31 22:00–2026-06-01 10:00")
        XCTAssertEqual(try store.handover(id: saved.id), saved, "what is read back is what was saved")
        XCTAssertEqual(try store.auditLog(limit: 1).first?.field, "handover.written")
    }

    func testTheShiftStartsAtThePreviousHandoverUnlessAStartIsKnown() throws {
        let (store, _) = try desk()
        let first = try store.saveHandover(note: "day", by: lead, at: now.addingTimeInterval(-2 * 3600))
        let second = try store.saveHandover(note: "evening", by: lead, at: now)
        XCTAssertEqual(second.snapshot.since, first.createdAt)
        XCTAssertEqual(second.snapshot.resolved.total, 1)
        let rostered = try store.saveHandover(note: "night", shiftLabel: "夜班", since: now.addingTimeInterval(-1800), by: lead, at: now)
        XCTAssertEqual(rostered.snapshot.since, now.addingTimeInterval(-1800))
        XCTAssertEqual(rostered.snapshot.resolved.total, 0)
        XCTAssertEqual(rostered.shiftLabel, "夜班")
    }

    func testAgentsMayNotWriteAndEmptyNotesAreRefused() throws {
        let (store, _) = try desk()
        XCTAssertEqual(thrownError { try store.saveHandover(note: "x", by: agent, at: now) } as? WorkflowError,
                       .denied("only a lead or an admin can write a shift handover; agents may read them"))
        XCTAssertEqual(thrownError { try store.saveHandover(note: "  \n ", by: lead, at: now) } as? WorkflowError,
                       .missingText("the handover note must not be empty"))
        XCTAssertEqual(thrownError { try store.saveHandover(note: "n", shiftLabel: "a\nb", by: lead, at: now) } as? WorkflowError,
                       .invalid("the shift label must be one line"))
        XCTAssertEqual(try store.handovers(), [])
    }

    func testAcknowledgingIsForAnotherLeadAndHappensOnce() throws {
        let (store, _) = try desk()
        let saved = try store.saveHandover(note: "note", by: lead, at: now)
        let own = thrownError { try store.acknowledgeHandover(id: saved.id, by: lead, at: now) } as? WorkflowError
        XCTAssertEqual(own?.message, "not allowed: you wrote handover #\(saved.id); the incoming lead must acknowledge it, not its author")
        XCTAssertEqual(thrownError { try store.acknowledgeHandover(id: saved.id, by: agent, at: now) } as? WorkflowError,
                       .denied("only a lead or an admin can acknowledge a handover"))
        let later = now.addingTimeInterval(600)
        let acked = try store.acknowledgeHandover(id: saved.id, reply: "  收到，会跟进 #1  ", by: admin, at: later)
        XCTAssertEqual(acked.acknowledgedBy, StoreFixtures.admin.login)
        XCTAssertEqual(acked.acknowledgedAt, later)
        XCTAssertEqual(acked.ackReply, "收到，会跟进 #1")
        XCTAssertEqual(try store.handover(id: saved.id), acked)
        XCTAssertEqual(thrownError { try store.acknowledgeHandover(id: saved.id, by: admin, at: later) } as? WorkflowError,
                       .invalid("handover #\(saved.id) was already acknowledged by root_admin"))
        XCTAssertEqual(thrownError { try store.acknowledgeHandover(id: 999, by: admin, at: later) } as? StoreError, .handoverNotFound(999))
        XCTAssertNil(try store.acknowledgeHandover(id: try store.saveHandover(note: "n2", by: lead, at: later).id, reply: "  ", by: admin, at: later).ackReply,
                     "a blank reply is no reply")
    }

    func testSearchFindsChineseAndEnglishInNotesAndReplies() throws {
        let (store, _) = try desk()
        let printer = try store.saveHandover(note: "财务部打印机故障已处理", by: lead, at: now.addingTimeInterval(-7200))
        let vpn = try store.saveHandover(note: "VPN outage at the Shanghai office", by: lead, at: now)
        XCTAssertEqual(try store.handovers().map(\.id), [vpn.id, printer.id], "newest first")
        XCTAssertEqual(try store.handovers(search: "打印").map(\.id), [printer.id], "two Chinese characters")
        XCTAssertEqual(try store.handovers(search: "vpn SHANGHAI").map(\.id), [vpn.id], "every term, any case")
        XCTAssertEqual(try store.handovers(search: "vpn 打印"), [])
        XCTAssertEqual(try store.handovers(search: "%"), [], "LIKE wildcards are plain text")
        _ = try store.acknowledgeHandover(id: printer.id, reply: "明早联系供应商", by: admin, at: now)
        XCTAssertEqual(try store.handovers(search: "供应商").map(\.id), [printer.id], "the reply is searchable")
        XCTAssertEqual(try store.handovers(limit: 1).map(\.id), [vpn.id])
    }

    func testUnacknowledgedHandoversWaitForTheNextLead() throws {
        let (store, _) = try desk()
        XCTAssertNil(try store.pendingHandover(for: admin))
        let older = try store.saveHandover(note: "older", by: admin, at: now.addingTimeInterval(-60))
        let newer = try store.saveHandover(note: "newer", by: lead, at: now)
        XCTAssertEqual(try store.pendingHandover(for: admin)?.id, newer.id, "the newest that someone else wrote")
        XCTAssertEqual(try store.pendingHandover(for: lead)?.id, older.id, "never one's own")
        XCTAssertNil(try store.pendingHandover(for: agent), "agents are not asked to acknowledge")
        XCTAssertEqual(try store.handovers(unacknowledgedOnly: true).map(\.id), [newer.id, older.id])
        _ = try store.acknowledgeHandover(id: newer.id, by: admin, at: now)
        XCTAssertNil(try store.pendingHandover(for: admin))
        XCTAssertEqual(try store.handovers(unacknowledgedOnly: true).map(\.id), [older.id])
        XCTAssertEqual(try store.latestHandover()?.id, newer.id)
    }

    func testHandoversAreNeverDeletedOrRewritten() throws {
        let (store, _) = try desk()
        let saved = try store.saveHandover(note: "keep me", by: lead, at: now)
        XCTAssertNotNil(thrownError { try store.writer.write { db in try db.execute(sql: "DELETE FROM handovers") } })
        XCTAssertNotNil(thrownError {
            try store.writer.write { db in try db.execute(sql: "UPDATE handovers SET note = 'changed' WHERE id = ?", arguments: [saved.id]) }
        })
        XCTAssertEqual(try store.handover(id: saved.id).note, "keep me")
    }

    func testOpenHighPriorityCountMatchesTheTickets() throws {
        let store = try StoreFixtures.teamStore()
        var records: [TicketRecord] = []
        for (n, priority) in Priority.allCases.enumerated() {
            for status in [TicketStatus.new, .inProgress, .escalated, .resolved] {
                for assignee in [nil, "alice", "bob"] {
                    records.append(record("\(priority.label) \(status.rawValue) \(assignee ?? "none")", priority: priority, status: status,
                                          assignee: status == .new ? nil : assignee, createdHoursAgo: Double(n) + 0.5,
                                          resolvedHoursAgo: status == .resolved ? 0.1 : nil))
                }
            }
        }
        _ = try store.importTickets(records)
        let expected = records.filter { $0.ticket.status.isOpen && $0.ticket.priority <= .p2 }.count
        XCTAssertEqual(try store.read { db in try HelpdeskStore.openHighPriorityCount(db) }, expected)
        XCTAssertEqual(try store.handoverSnapshot(since: now.addingTimeInterval(-3600), now: now).highPriority.total, expected)
    }

    func testResolvedCountSpansHoursExactly() throws {
        let store = try StoreFixtures.teamStore()
        let hours: [Double] = [0.2, 1.5, 2.0, 2.9, 5, 13]
        _ = try store.importTickets(hours.map {
            record("r\($0)", priority: .p3, status: .resolved, assignee: "bob", createdHoursAgo: $0 + 1, resolvedHoursAgo: $0)
        })
        for (from, to) in [(3.0, 0.0), (12.0, 0.0), (2.95, 1.0), (0.5, 0.1), (20.0, 4.0)] {
            let expected = hours.filter { $0 <= from && $0 >= to }.count
            let got = try store.read { db in
                try HelpdeskStore.resolvedCount(from: now.addingTimeInterval(-from * 3600), to: now.addingTimeInterval(-to * 3600), db)
            }
            XCTAssertEqual(got, expected, "resolved between \(from) and \(to) hours ago")
        }
    }
}
