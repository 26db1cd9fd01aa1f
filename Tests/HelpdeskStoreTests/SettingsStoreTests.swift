import Foundation
import HelpdeskCore
@testable import HelpdeskStore
import XCTest

final class SettingsStoreTests: XCTestCase {
    private let t0 = StoreFixtures.monday10

    func testSLAConfigurationRoundTripsThroughItsTables() throws {
        let store = try StoreFixtures.teamStore()
        var sla = SLAConfiguration.standard
        sla.atRiskShare = 0.5
        sla.calendars["business"]?.holidays.insert(LocalDate(year: 2026, month: 6, day: 1))
        sla.calendars["business"]?.extraWorkdays.insert(LocalDate(year: 2026, month: 6, day: 7))
        try store.setSLAConfiguration(sla, by: Actor(StoreFixtures.admin), at: t0)
        XCTAssertEqual(try store.slaConfiguration(), sla)
        XCTAssertEqual(try store.auditLog(limit: 1).first?.field, "settings.sla")
    }

    func testChangingTheSLAReschedulesOpenTickets() throws {
        let store = try StoreFixtures.teamStore()
        let id = try store.createTicket(StoreFixtures.draft("登录失败"), by: .system, at: t0).id
        func row() throws -> QueueRow? {
            try store.queue(QueueQuery(view: .open, login: "x", now: t0)).rows.first { $0.id == id }
        }
        XCTAssertEqual(try row()?.dueAt, t0 + 1800)
        var sla = SLAConfiguration.standard
        sla.policies = sla.policies.map { var p = $0; p.firstResponse = 3600; return p }
        try store.setSLAConfiguration(sla, by: Actor(StoreFixtures.admin), at: t0)
        XCTAssertEqual(try row()?.dueAt, t0 + 3600)
        XCTAssertEqual(try row()?.riskAt, t0 + 2700)
    }

    func testSettingsAreForAdminsAndValidated() throws {
        let store = try StoreFixtures.teamStore()
        let lead = Actor(StoreFixtures.lead)
        XCTAssertTrue(thrownError { try store.setSLAConfiguration(.standard, by: lead, at: self.t0) } is WorkflowError)
        XCTAssertTrue(thrownError { try store.setPriorityRules(PriorityRules(), by: lead, at: self.t0) } is WorkflowError)
        var broken = SLAConfiguration.standard
        broken.atRiskShare = 1.5
        XCTAssertTrue(thrownError { try store.setSLAConfiguration(broken, by: Actor(StoreFixtures.admin), at: self.t0) } is ValidationError)
        XCTAssertEqual(try store.slaConfiguration(), .standard, "nothing was saved")
    }

    func testPriorityRulesApplyToNewTickets() throws {
        let store = try StoreFixtures.teamStore()
        var rules = PriorityRules()
        rules.outageWords = ["打印机"]
        rules.outageFloor = .p1
        try store.setPriorityRules(rules, by: Actor(StoreFixtures.admin), at: t0)
        XCTAssertEqual(try store.priorityRules(), rules)
        let ticket = try store.createTicket(StoreFixtures.draft("打印机坏了"), by: .system, at: t0)
        XCTAssertEqual(ticket.priority, .p1)
        rules.vipBoost = 9
        XCTAssertTrue(thrownError { try store.setPriorityRules(rules, by: Actor(StoreFixtures.admin), at: self.t0) } is ValidationError)
    }
}
