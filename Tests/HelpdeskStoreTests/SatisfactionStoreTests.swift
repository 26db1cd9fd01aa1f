import Foundation
import HelpdeskCore
@testable import HelpdeskStore
import XCTest

final class SatisfactionStoreTests: XCTestCase {
    private let t0 = StoreFixtures.monday10
    private var store: HelpdeskStore!
    private var lead: Actor { Actor(StoreFixtures.lead) }
    private var alice: Actor { Actor(StoreFixtures.alice) }

    override func setUpWithError() throws {
        store = try StoreFixtures.teamStore()
    }

    private func resolvedTicket(_ title: String = "打印机卡纸 paper jam") throws -> Ticket {
        let ticket = try store.createTicket(StoreFixtures.draft(title), by: alice, at: t0)
        _ = try store.perform(.take, on: ticket.id, expectedVersion: nil, by: alice, at: t0 + 60)
        return try store.perform(.resolve("清理了卡纸"), on: ticket.id, expectedVersion: nil, by: alice, at: t0 + 600)
    }

    func testResultIsStoredAndCorrectionsAreAudited() throws {
        let ticket = try resolvedTicket()
        try store.recordSurvey(ticketID: ticket.id, score: 2, comment: "太慢了", by: alice, at: t0 + 3_600)
        try store.recordSurvey(ticketID: ticket.id, score: 4, comment: "", by: lead, at: t0 + 7_200)
        XCTAssertEqual(try store.survey(ticketID: ticket.id),
                       SurveyResult(ticketID: ticket.id, score: 4, comment: "", at: t0 + 7_200, recordedBy: "lilei"))
        let events = try store.events(ticketID: ticket.id).filter { $0.field == "satisfaction" }
        XCTAssertEqual(events.map(\.newValue), ["2/5", "4/5"])
        XCTAssertEqual(events.map(\.oldValue), [nil, "2/5"])
        XCTAssertEqual(events.first?.reason, "太慢了")
        XCTAssertEqual(try store.ticket(id: ticket.id).version, ticket.version, "a survey is not a ticket edit")
    }

    func testOpenTicketAndBadScoreAreRefused() throws {
        let open = try store.createTicket(StoreFixtures.draft("VPN 连不上"), by: alice, at: t0)
        XCTAssertEqual("\(thrownError { try store.recordSurvey(ticketID: open.id, score: 3, comment: "", by: alice, at: t0)  }!)",
                       "#\(open.id) is still open (new); survey it once it is resolved")
        let done = try resolvedTicket()
        XCTAssertNotNil(thrownError { try store.recordSurvey(ticketID: done.id, score: 9, comment: "", by: alice, at: t0) })
        XCTAssertNil(try store.survey(ticketID: done.id), "nothing is saved from a refused result")
        XCTAssertEqual(thrownError { try store.recordSurvey(ticketID: 999, score: 3, comment: "", by: alice, at: t0) } as? StoreError,
                       .ticketNotFound(999))
    }

    func testImportKeepsGoodLinesAndNamesBadOnes() throws {
        let done = try resolvedTicket()
        let open = try store.createTicket(StoreFixtures.draft("邮箱满了"), by: alice, at: t0)
        let csv = "ticket_id,score,comment,at\n\(done.id),1,\"不满意, 还是坏的\",2026-06-02 09:00\n\(open.id),5,,\n999,4,,\n\(done.id),0,,\n"
        let parsed = SurveyCSV.parse(csv, timeZone: TimeZone(identifier: "Asia/Shanghai")!)
        XCTAssertEqual(parsed.errors.map(\.line), [5])
        let outcome = try store.importSurveys(parsed.lines, by: lead, at: t0 + 86_400)
        XCTAssertEqual(outcome.imported, 1)
        XCTAssertEqual(outcome.errors.map(\.line), [3, 4])
        XCTAssertTrue(outcome.errors[0].message.contains("still open"), outcome.errors[0].message)
        XCTAssertTrue(outcome.errors[1].message.contains("999"), outcome.errors[1].message)
        let low = try store.lowSatisfaction(since: t0)
        XCTAssertEqual(low.map(\.result.ticketID), [done.id])
        XCTAssertEqual(low.first?.result.comment, "不满意, 还是坏的")
        XCTAssertEqual(low.first?.result.at, t0 + 86_400 - 3_600, "2026-06-02 09:00 in Shanghai")
        XCTAssertEqual(try store.lowSatisfaction(since: t0 + 86_400).count, 0)
    }
}
