import Foundation
import GRDB
import HelpdeskCore
@testable import HelpdeskStore
import XCTest

final class ReportStoreTests: XCTestCase {
    private let t0 = StoreFixtures.monday10   // Monday 2026-06-01 10:00 in Shanghai
    private let shanghai = TimeZone(identifier: "Asia/Shanghai")!
    private var store: HelpdeskStore!
    private var lead: Actor { Actor(StoreFixtures.lead) }
    private var alice: Actor { Actor(StoreFixtures.alice) }

    override func setUpWithError() throws {
        store = try StoreFixtures.teamStore()
    }

    private func period(_ from: String, _ to: String) throws -> ReportPeriod {
        try ReportPeriod(from: LocalDate(from)!, to: LocalDate(to)!, timeZone: shanghai)
    }

    func testFactsFromTheAuditLogReachTheReport() throws {
        let fcr = try store.createTicket(StoreFixtures.draft("鼠标失灵"), by: alice, at: t0)
        _ = try store.perform(.assign(to: "alice", reason: nil), on: fcr.id, expectedVersion: nil, by: lead, at: t0 + 60)
        _ = try store.perform(.reply("马上处理"), on: fcr.id, expectedVersion: nil, by: alice, at: t0 + 600)
        _ = try store.perform(.resolve("换了鼠标"), on: fcr.id, expectedVersion: nil, by: alice, at: t0 + 3_600)
        try store.recordSurvey(ticketID: fcr.id, score: 5, comment: "", by: alice, at: t0 + 4_000)

        let reopened = try store.createTicket(StoreFixtures.draft("打印机脱机"), by: alice, at: t0 + 120)
        _ = try store.perform(.take, on: reopened.id, expectedVersion: nil, by: alice, at: t0 + 180)
        _ = try store.perform(.resolve("重启"), on: reopened.id, expectedVersion: nil, by: alice, at: t0 + 1_800)
        _ = try store.perform(.reopen(reason: "又坏了"), on: reopened.id, expectedVersion: nil, by: lead, at: t0 + 2_400)
        _ = try store.perform(.assign(to: "bob", reason: "换人"), on: reopened.id, expectedVersion: nil, by: lead, at: t0 + 2_500)
        _ = try store.perform(.resolve("换了驱动"), on: reopened.id, expectedVersion: nil, by: lead, at: t0 + 7_200)
        try store.recordSurvey(ticketID: reopened.id, score: 1, comment: "太慢", by: lead, at: t0 + 8_000)

        _ = try store.createTicket(StoreFixtures.draft("新电脑申请", category: .software), by: alice, at: t0 + 300)

        let report = try store.report(period: period("2026-06-01", "2026-06-01"), grouping: .engineer)
        let t = report.total
        XCTAssertEqual([t.created, t.resolved, t.backlogTotal], [3, 2, 1])
        XCTAssertEqual(t.firstContactResolution, Ratio(1, of: 2), "the reopened one went to bob: first assignee alice")
        XCTAssertEqual(t.reopenRate, Ratio(1, of: 2))
        XCTAssertEqual(t.satisfaction.distribution, [1, 0, 0, 0, 1])
        XCTAssertEqual(t.satisfaction.lowTickets, [reopened.id])
        XCTAssertEqual(t.firstResponse.median, 600, "10 minutes inside business hours")
        XCTAssertEqual(report.groups.map(\.key), ["alice", "bob", "(unassigned)"])
        let facts = try store.read { db in
            try Row.fetchOne(db, sql: "SELECT first_assignee, reopens, escalations FROM ticket_facts WHERE ticket_id = ?", arguments: [reopened.id])
        }
        XCTAssertEqual(facts?[0] as String?, "alice")
        XCTAssertEqual(facts?[1] as Int?, 1)

        let empty = try store.report(period: period("2026-05-01", "2026-05-31"))
        XCTAssertEqual([empty.total.created, empty.total.resolved, empty.total.backlogTotal], [0, 0, 0])
        XCTAssertEqual(try store.report(period: period("2026-06-01", "2026-06-01"), filter: ReportFilter(category: .software)).total.created, 1)
    }

    func testBulkImportedHistoryHasFactsAndLoggedHours() throws {
        let generator = DemoGenerator(now: t0 + 30 * 86_400, seed: 7, engineerCount: 12, days: 30)
        let team = generator.engineers()
        try store.addEngineers(team, teams: generator.teams(), by: Actor(StoreFixtures.admin), at: t0)
        let records = generator.tickets(0..<400, team: team)
        try store.bulkImport { importer in _ = try importer.add(records) }
        let report = try store.report(period: period("2026-06-01", "2026-07-01"))
        let expectedMinutes = records.flatMap(\.timeEntries).reduce(0) { $0 + $1.minutes }
        XCTAssertEqual(report.total.hours.reduce(0) { $0 + $1.minutes }, expectedMinutes)
        XCTAssertEqual(report.total.created, 400)
        let reopenedInData = records.filter { $0.events.contains { $0.field == "status" && $0.newValue == "reopened" } }.count
        let facts = try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM ticket_facts WHERE reopens > 0") }
        XCTAssertEqual(facts, reopenedInData)
    }

    func testPeriodQueriesUseRangeIndexes() throws {
        let plans = try store.read { db in
            try [
                "SELECT id FROM tickets t WHERE t.created_at >= 1 AND t.created_at < 2",
                "SELECT id FROM tickets t WHERE t.resolved_at >= 1 AND t.resolved_at < 2 AND +t.created_at < 1",
                "SELECT id FROM tickets t WHERE t.status = 'cancelled' AND t.updated_at >= 2 AND +t.created_at < 1",
                "SELECT engineer FROM time_entries e WHERE e.logged_at >= 1 AND e.logged_at < 2",
            ].map { sql in try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String }.joined() }
        }
        XCTAssertTrue(plans[0].contains("tickets_by_created"), plans[0])
        XCTAssertTrue(plans[1].contains("tickets_by_resolved"), plans[1])
        XCTAssertTrue(plans[2].contains("tickets_cancelled"), plans[2])
        XCTAssertTrue(plans[3].contains("time_entries_by_time"), plans[3])
    }
}
