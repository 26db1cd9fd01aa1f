import Foundation
import GRDB
import HelpdeskCore
@testable import HelpdeskStore
import XCTest

/// Notices written with assignments, the team board's per-engineer figures, SLA alert sweeps, the stale-breach setting.
final class NoticeStoreTests: XCTestCase {
    private let t0 = StoreFixtures.monday10
    private let admin = Actor(StoreFixtures.admin)
    private let lead = Actor(StoreFixtures.lead)
    private let alice = Actor(StoreFixtures.alice)

    func testReassignmentByALeadNotifiesTheNewAssigneeWithTheReason() throws {
        let store = try StoreFixtures.teamStore()
        let ticket = try store.createTicket(StoreFixtures.draft("打印机卡纸"), by: alice, at: t0)
        _ = try store.perform(.take, on: ticket.id, expectedVersion: nil, by: alice, at: t0 + 60)
        XCTAssertTrue(try store.unreadNotices(login: "alice").isEmpty, "taking a ticket yourself sends no notice")
        _ = try store.perform(.assign(to: "bob", reason: "alice 病假"), on: ticket.id, expectedVersion: nil, by: lead, at: t0 + 120)
        let notices = try store.unreadNotices(login: "bob")
        XCTAssertEqual(notices.count, 1)
        XCTAssertEqual(notices.first?.kind, .assigned)
        XCTAssertEqual(notices.first?.ticketID, ticket.id)
        XCTAssertEqual(notices.first?.text, "#\(ticket.id) \(ticket.priority.label) assigned to you by lilei (alice 病假): 打印机卡纸")
        XCTAssertEqual(try store.unreadNoticeCount(login: "bob"), 1)
        XCTAssertEqual(try store.markNoticesRead(login: "bob", upTo: notices[0].id, at: t0 + 180), 1)
        XCTAssertTrue(try store.unreadNotices(login: "bob").isEmpty)
        XCTAssertEqual(try store.markNoticesRead(login: "bob", upTo: notices[0].id, at: t0 + 240), 0, "already read")
        let reason = try store.timeline(ticketID: ticket.id).compactMap { item -> String? in
            if case let .event(event) = item, event.field == "assignee", event.newValue == "bob" { return event.reason }
            return nil
        }
        XCTAssertEqual(reason, ["alice 病假"], "the reason is in the ticket's history")
    }

    func testNoticeAndAssignmentAreSavedTogetherOrNotAtAll() throws {
        let store = try StoreFixtures.teamStore()
        let ticket = try store.createTicket(StoreFixtures.draft("VPN 无法连接", category: .network), by: alice, at: t0)
        try store.writer.write { db in
            try db.execute(sql: "CREATE TRIGGER refuse_notice BEFORE INSERT ON notices BEGIN SELECT RAISE(ABORT, 'disk full'); END")
        }
        XCTAssertNotNil(thrownError { try store.perform(.assign(to: "bob", reason: nil), on: ticket.id, expectedVersion: ticket.version, by: lead, at: t0) })
        let after = try store.ticket(id: ticket.id)
        XCTAssertNil(after.assignee, "the failed notice rolled the assignment back")
        XCTAssertEqual(after.version, ticket.version)
        // A conflict writes no notice either.
        try store.writer.write { db in try db.execute(sql: "DROP TRIGGER refuse_notice") }
        XCTAssertNotNil(thrownError { try store.perform(.assign(to: "bob", reason: nil), on: ticket.id, expectedVersion: ticket.version + 5, by: lead, at: t0) })
        XCTAssertTrue(try store.unreadNotices(login: "bob").isEmpty)
    }

    func testBoardStatsCountPrioritiesOldestAndBreaches() throws {
        let store = try StoreFixtures.teamStore()
        var ids: [Int64] = []
        for (i, title) in ["网络很慢", "打印机卡纸", "Outlook crashes"].enumerated() {
            let t = try store.createTicket(StoreFixtures.draft(title, impact: i == 0 ? .critical : .medium), by: alice, at: t0 + Double(i) * 600)
            ids.append(t.id)
            _ = try store.perform(.assign(to: i == 2 ? "bob" : "alice", reason: nil), on: t.id, expectedVersion: nil, by: lead, at: t0 + 1800)
        }
        let late = t0 + 30 * 86_400
        let stats = try store.teamBoardStats(now: late)
        let tickets = try ids.map { try store.ticket(id: $0) }
        let expected = tickets.prefix(2).reduce(into: [Priority: Int]()) { $0[$1.priority, default: 0] += 1 }
        XCTAssertEqual(stats["alice"]?.byPriority, expected)
        XCTAssertEqual(stats["alice"].map { $0.byPriority.values.reduce(0, +) }, 2)
        XCTAssertEqual(stats["bob"].map { $0.byPriority.values.reduce(0, +) }, 1)
        XCTAssertEqual(stats["alice"]?.oldestOpenAt, t0, "the first ticket recorded")
        XCTAssertEqual(stats["bob"]?.oldestOpenAt, t0 + 1200)
        XCTAssertEqual(stats["alice"]?.breached, 2, "a month later every deadline has passed")
        XCTAssertEqual(try store.teamBoardStats(now: t0)["alice"]?.breached, 0)
        _ = try store.perform(.resolve("fixed"), on: ids[2], expectedVersion: nil, by: lead, at: t0 + 3600)
        XCTAssertNil(try store.teamBoardStats(now: late)["bob"], "resolved tickets leave the board")
    }

    func testSweepAlertsLeadsOnceForEachTicketTurningAtRiskOrBreached() throws {
        let store = try StoreFixtures.teamStore()
        XCTAssertEqual(try store.sweepSLAAlerts(now: t0, shiftLead: nil), 0, "the first sweep only sets the mark")
        let ticket = try store.createTicket(StoreFixtures.draft("邮件服务器宕机"), by: alice, at: t0)
        let row = try XCTUnwrap(try store.queue(QueueQuery(view: .open, login: "lilei", now: t0)).rows.first { $0.id == ticket.id })
        let risk = try XCTUnwrap(row.riskAt), due = try XCTUnwrap(row.dueAt)
        XCTAssertEqual(try store.sweepSLAAlerts(now: risk - 1, shiftLead: nil), 0)
        XCTAssertEqual(try store.sweepSLAAlerts(now: risk + 1, shiftLead: nil), 1, "one lead on the team")
        XCTAssertEqual(try store.unreadNotices(login: "lilei").map(\.kind), [.atRisk])
        XCTAssertTrue(try store.unreadNotices(login: "lilei")[0].text.contains("is at risk (unassigned): 邮件服务器宕机"))
        XCTAssertEqual(try store.sweepSLAAlerts(now: risk + 2, shiftLead: nil), 0, "never twice")
        XCTAssertEqual(try store.sweepSLAAlerts(now: due + 1, shiftLead: "bob"), 1, "the shift lead, when known, alone")
        XCTAssertEqual(try store.unreadNotices(login: "bob").map(\.kind), [.breached])
        XCTAssertEqual(try store.unreadNotices(login: "lilei").count, 1)
        XCTAssertTrue(try store.unreadNotices(login: "alice").isEmpty, "agents get no SLA alerts")
    }

    /// Raising a day-old ticket to P1 puts its 4-hour deadline in the past at once: the sweep would never
    /// see a deadline before its last run, so the change itself alerts the lead, once.
    func testAChangeThatBreachesATicketAlertsAtOnceAndOnlyOnce() throws {
        let store = try StoreFixtures.teamStore()
        let ticket = try store.createTicket(StoreFixtures.draft("共享盘很慢", impact: .low, urgency: .low), by: alice, at: t0)
        // Answered at once, so only the resolution clock runs: days away for a P4.
        _ = try store.perform(.reply("收到，我们看一下"), on: ticket.id, expectedVersion: nil, by: lead, at: t0 + 60)
        let later = t0 + 6 * 3600
        XCTAssertEqual(try store.sweepSLAAlerts(now: later - 60, shiftLead: nil), 0, "the first sweep sets the mark")
        _ = try store.perform(.setImpactUrgency(impact: .critical, urgency: .high), on: ticket.id, expectedVersion: nil, by: lead, at: later)
        XCTAssertEqual(try store.ticket(id: ticket.id).priority, .p1)
        let notices = try store.unreadNotices(login: "lilei")
        XCTAssertEqual(notices.map(\.kind), [.breached])
        XCTAssertTrue(notices[0].text.contains("P1 breached its SLA after a change (unassigned): 共享盘很慢"), notices[0].text)
        XCTAssertEqual(try store.sweepSLAAlerts(now: later + 60, shiftLead: nil), 0, "the sweep does not announce it again")
        _ = try store.perform(.note("已通知"), on: ticket.id, expectedVersion: nil, by: lead, at: later + 120)
        XCTAssertEqual(try store.unreadNotices(login: "lilei").count, 1, "a later change to a breached ticket is not a new alert")
    }

    func testSweepSummarisesABurstAndWritesNothingWhenQuiet() throws {
        let store = try StoreFixtures.teamStore()
        try store.sweepSLAAlerts(now: t0 - 1, shiftLead: nil)
        for i in 0..<(HelpdeskStore.alertsPerSweep + 3) {
            _ = try store.createTicket(StoreFixtures.draft("Wi-Fi drops \(i)"), by: alice, at: t0)
        }
        let before = try store.dataVersion()
        XCTAssertEqual(try store.sweepSLAAlerts(now: t0 + 1, shiftLead: nil), 0)
        XCTAssertEqual(try store.dataVersion(), before, "a quiet sweep writes nothing, so no console reloads")
        let written = try store.sweepSLAAlerts(now: t0 + 30 * 86_400, shiftLead: "lilei")
        XCTAssertEqual(written, HelpdeskStore.alertsPerSweep + 1, "the rest in one summary notice")
        XCTAssertTrue(try store.unreadNotices(login: "lilei", limit: 100).last?.text.contains("More tickets") ?? false)
    }

    func testStaleBreachSettingIsForAdminsAndAudited() throws {
        let store = try StoreFixtures.teamStore()
        XCTAssertEqual(try store.staleBreachMinutes(), StaleBreach.defaultMinutes)
        let refused = thrownError { try store.setStaleBreachMinutes(30, by: lead, at: t0) }
        XCTAssertTrue("\(refused.map { "\($0)" } ?? "")".contains("only an admin"))
        XCTAssertNotNil(thrownError { try store.setStaleBreachMinutes(0, by: admin, at: t0) })
        try store.setStaleBreachMinutes(90, by: admin, at: t0)
        XCTAssertEqual(try store.staleBreachMinutes(), 90)
        let event = try XCTUnwrap(try store.auditLog(limit: 1).last)
        XCTAssertEqual(event.field, "settings.stale_breach_minutes")
        XCTAssertEqual(event.oldValue, "120")
        XCTAssertEqual(event.newValue, "90")
    }
}
