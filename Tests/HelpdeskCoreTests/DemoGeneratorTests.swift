import Foundation
import XCTest
@testable import HelpdeskCore

final class DemoGeneratorTests: XCTestCase {
    private let now = Date(timeIntervalSince1970: 1_790_000_000)

    func testTeamHasOneAdminLeadsAndBothTiers() {
        let team = DemoGenerator(now: now, engineerCount: 40).engineers()
        XCTAssertEqual(team.count, 40)
        XCTAssertEqual(Set(team.map(\.login)).count, 40, "logins must be unique")
        XCTAssertEqual(team.filter { $0.role == .admin }.count, 1)
        XCTAssertGreaterThanOrEqual(team.filter { $0.role == .lead }.count, 3)
        XCTAssertTrue(team.contains { $0.tier == .l1 } && team.contains { $0.tier == .l2 })
        XCTAssertTrue(team.allSatisfy { $0.skills.count >= 2 && Engineer.isValidLogin($0.login) })
        XCTAssertEqual(DemoGenerator(now: now, engineerCount: 95).engineers().count, 95)
    }

    func testSameSeedGivesSameTickets() {
        let generator = DemoGenerator(now: now)
        let team = generator.engineers()
        XCTAssertEqual(generator.tickets(0..<50, team: team), generator.tickets(0..<50, team: team))
        XCTAssertEqual(generator.tickets(10..<20, team: team), Array(generator.tickets(0..<20, team: team)[10...]))
        XCTAssertNotEqual(DemoGenerator(now: now, seed: 1).tickets(0..<20, team: team), generator.tickets(0..<20, team: team))
    }

    func testHistoriesFollowTheLifecycleAndStayInThePast() {
        let generator = DemoGenerator(now: now)
        let records = generator.tickets(0..<600, team: generator.engineers())
        for record in records {
            var status = TicketStatus.new
            for event in record.events {
                XCTAssertLessThanOrEqual(event.at, now)
                guard event.field == "status", let to = event.newValue.flatMap(TicketStatus.init(rawValue:)) else { continue }
                XCTAssertEqual(event.oldValue, status.rawValue)
                if !(status == .assigned && to == .new) {
                    XCTAssertTrue(Lifecycle.canMove(from: status, to: to), "\(status) → \(to) in \(record.ticket.title)")
                }
                status = to
            }
            XCTAssertEqual(status, record.ticket.status)
            if record.ticket.status == .resolved || record.ticket.status == .closed {
                XCTAssertNotNil(record.ticket.resolution)
            }
        }
        let statuses = Set(records.map(\.ticket.status))
        for expected: TicketStatus in [.new, .inProgress, .resolved, .closed, .cancelled] {
            XCTAssertTrue(statuses.contains(expected), "600 demo tickets should include \(expected)")
        }
        XCTAssertTrue(records.contains { $0.ticket.title.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF } })
        XCTAssertTrue(records.contains { $0.ticket.title.allSatisfy(\.isASCII) })
        XCTAssertTrue(records.contains { $0.comments.contains { $0.kind == .note } })
    }

    func testSurveysAnswerAboutHalfTheResolvedTicketsWithAMostlyContentSpread() {
        let generator = DemoGenerator(now: Date(timeIntervalSince1970: 1_780_279_200))
        let ids = (1...2000).map(Int64.init)
        let lines = generator.surveys(for: ids)
        XCTAssertEqual(lines, generator.surveys(for: ids), "seeded: the same demo gets the same answers")
        XCTAssertTrue((800...1200).contains(lines.count), "about half: \(lines.count)")
        XCTAssertTrue(lines.allSatisfy { (1...5).contains($0.score) && ids.contains($0.ticketID) })
        let low = lines.filter { $0.score <= 2 }.count, content = lines.filter { $0.score >= 4 }.count
        XCTAssertGreaterThan(content, 4 * low, "mostly content requesters")
        XCTAssertGreaterThan(low, 0, "but some unhappy ones, so the low-satisfaction list has entries")
        XCTAssertEqual(Set(lines.map(\.ticketID)).count, lines.count, "one answer per ticket")
    }
}
