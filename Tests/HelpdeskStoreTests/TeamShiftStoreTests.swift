import Foundation
import HelpdeskCore
@testable import HelpdeskStore
import XCTest

final class TeamShiftStoreTests: XCTestCase {
    /// Monday 1 June 2026, 10:00 in Shanghai.
    private let t0 = StoreFixtures.monday10
    private let admin = Actor(StoreFixtures.admin)
    private let day = Shift(name: "day", startMinute: 8 * 60, endMinute: 20 * 60, timeZone: "Asia/Shanghai")
    private let night = Shift(name: "night", startMinute: 20 * 60, endMinute: 8 * 60, timeZone: "Asia/Shanghai")

    /// The team store with a network team (auto-assign on) holding bob and a second network agent, dan.
    private func networkStore() throws -> HelpdeskStore {
        let store = try StoreFixtures.teamStore()
        try store.addTeam(Team(name: "network", categories: [.network], autoAssign: true), by: admin, at: t0)
        var bob = StoreFixtures.bob
        bob.team = "network"
        try store.updateEngineer(bob, by: admin, at: t0)
        try store.addEngineer(Engineer(login: "dan", name: "Dan", skills: [.network], loadCap: 1, team: "network"), by: admin, at: t0)
        return store
    }

    func testTeamsPersistAndOnlyAdminsCreateThem() throws {
        let store = try networkStore()
        XCTAssertEqual(try store.teams().map(\.name), ["network", "support"])
        XCTAssertEqual(try store.engineer(login: "bob")?.team, "network")
        XCTAssertEqual(try store.engineer(login: "alice")?.team, "support")
        XCTAssertEqual(thrownError { try store.addTeam(Team(name: "desk"), by: Actor(StoreFixtures.lead), at: self.t0) } as? WorkflowError,
                       .denied("only an admin can create and change teams"))
        XCTAssertEqual("\(thrownError { try store.addTeam(Team(name: "infra", categories: [.network]), by: self.admin, at: self.t0) }!)",
                       "team network already handles network; a category belongs to one team")
        var carol = Engineer(login: "carol", name: "Carol")
        carol.team = "nowhere"
        XCTAssertEqual("\(thrownError { try store.addEngineer(carol, by: self.admin, at: self.t0) }!)",
                       "no team named nowhere (see: helpdesk team list)")
    }

    func testLeadsSwitchAutoAssignButNotCategories() throws {
        let store = try networkStore()
        let lead = Actor(StoreFixtures.lead)
        var team = try XCTUnwrap(try store.teams().first { $0.name == "network" })
        team.autoAssign = false
        try store.updateTeam(team, by: lead, at: t0)
        XCTAssertEqual(try store.teams().first { $0.name == "network" }?.autoAssign, false)
        team.categories = [.network, .security]
        XCTAssertEqual(thrownError { try store.updateTeam(team, by: lead, at: self.t0) } as? WorkflowError,
                       .denied("only an admin can create and change teams"))
        team.categories = [.network]
        team.autoAssign = true
        XCTAssertEqual(thrownError { try store.updateTeam(team, by: Actor(StoreFixtures.bob), at: self.t0) } as? WorkflowError,
                       .denied("only a lead can switch a team's auto-assignment"))
        XCTAssertEqual(try store.auditLog(limit: 10).filter { $0.field == "team.changed" }.count, 1)
    }

    func testNewTicketsOfAnAutoAssigningTeamGoToTheBestMemberOnShift() throws {
        let store = try networkStore()
        try store.saveRoster(ShiftRoster(shifts: [day, night], members: ["bob": ["night"], "dan": ["day"]]), by: admin, at: t0)
        let first = try store.createTicketReporting(StoreFixtures.draft("VPN 断线", category: .network), by: Actor(StoreFixtures.alice), at: t0)
        XCTAssertEqual(first.ticket.assignee, "dan", "bob works nights")
        XCTAssertEqual(first.ticket.status, .assigned)
        XCTAssertEqual(try store.engineer(login: "dan")?.lastAssignedAt, t0)
        let assignment = try XCTUnwrap(try store.events(ticketID: first.ticket.id).first { $0.field == "assignee" })
        XCTAssertEqual(assignment.actor, "system")
        XCTAssertEqual(assignment.reason, first.autoAssignment)
        XCTAssertTrue(first.autoAssignment?.hasPrefix("auto-assign (team network): dan: network, L1, load 0/1") == true,
                      first.autoAssignment ?? "nil")

        // Dan is now at his cap of one and bob is off shift: the next one waits, and says why.
        let second = try store.createTicketReporting(StoreFixtures.draft("交换机掉线", category: .network), by: Actor(StoreFixtures.alice), at: t0 + 60)
        XCTAssertNil(second.ticket.assignee)
        XCTAssertEqual(second.autoAssignment, "auto-assign (team network): no eligible engineer: 1 off shift, 1 at cap")
        XCTAssertEqual(try store.events(ticketID: second.ticket.id).last?.field, HelpdeskStore.autoAssignField)

        // Other categories belong to support, which does not auto-assign.
        let other = try store.createTicketReporting(StoreFixtures.draft("键盘坏了"), by: Actor(StoreFixtures.alice), at: t0)
        XCTAssertNil(other.ticket.assignee)
        XCTAssertNil(other.autoAssignment)
    }

    func testAReopenedTicketGoesToSomeoneOnShiftWhenItsEngineerIsNot() throws {
        let store = try networkStore()
        let ticket = try store.createTicket(StoreFixtures.draft("VPN 断线", category: .network), by: Actor(StoreFixtures.alice), at: t0)
        XCTAssertNotNil(ticket.assignee, "no shifts defined: everyone counts as on shift")
        let owner = try XCTUnwrap(ticket.assignee)
        let me = Actor(try XCTUnwrap(try store.engineer(login: owner)))
        _ = try store.perform(.resolve("重置了 VPN 配置"), on: ticket.id, expectedVersion: nil, by: me, at: t0 + 600)
        let other = owner == "bob" ? "dan" : "bob"
        try store.saveRoster(ShiftRoster(shifts: [day, night], members: [owner: ["night"], other: ["day"]]), by: admin, at: t0)
        let reopened = try store.perform(.reopen(reason: "又断了"), on: ticket.id, expectedVersion: nil,
                                         by: Actor(StoreFixtures.lead), at: t0 + 3600)
        XCTAssertEqual(reopened.assignee, other)
        XCTAssertEqual(reopened.status, .assigned)
        XCTAssertEqual(try store.events(ticketID: ticket.id).last { $0.field == "assignee" }?.actor, "system")
    }

    func testAReopenedTicketStaysWithItsEngineerOnShift() throws {
        let store = try networkStore()
        let ticket = try store.createTicket(StoreFixtures.draft("VPN 断线", category: .network), by: Actor(StoreFixtures.alice), at: t0)
        let owner = try XCTUnwrap(ticket.assignee)
        let me = Actor(try XCTUnwrap(try store.engineer(login: owner)))
        _ = try store.perform(.resolve("重置了 VPN 配置"), on: ticket.id, expectedVersion: nil, by: me, at: t0 + 600)
        let reopened = try store.perform(.reopen(reason: "又断了"), on: ticket.id, expectedVersion: nil, by: me, at: t0 + 3600)
        XCTAssertEqual(reopened.assignee, owner)
        XCTAssertEqual(reopened.status, .reopened)
    }

    func testShiftRosterOnShiftAndLead() throws {
        let store = try networkStore()
        XCTAssertNil(try store.onShiftLogins(at: t0), "no shifts: everyone is on shift")
        XCTAssertNil(try store.shiftLead(at: t0))
        try store.addShift(day, by: admin, at: t0)
        try store.addShift(night, by: admin, at: t0)
        try store.assignShift("bob", to: "day", lead: false, by: admin, at: t0)
        try store.assignShift("alice", to: "day", lead: true, by: admin, at: t0)
        try store.assignShift("lilei", to: "day", lead: true, by: admin, at: t0)
        try store.assignShift("dan", to: "night", lead: true, by: admin, at: t0)
        XCTAssertEqual(try store.onShiftLogins(at: t0), ["bob", "alice", "lilei"])
        XCTAssertEqual(try store.shiftLead(at: t0), "lilei", "a new lead replaces the old one")
        XCTAssertEqual(try store.shiftLead(at: t0 + 12 * 3600), "dan")
        XCTAssertEqual(try store.shiftRoster().shifts.map(\.name), ["day", "night"])

        XCTAssertEqual("\(thrownError { try store.addShift(self.day, by: self.admin, at: self.t0) }!)",
                       "a shift named day already exists (see: helpdesk shift list)")
        XCTAssertEqual("\(thrownError { try store.assignShift("bob", to: "evening", lead: false, by: self.admin, at: self.t0) }!)",
                       "no shift named evening (see: helpdesk shift list)")
        XCTAssertEqual(thrownError { try store.assignShift("ghost", to: "day", lead: false, by: self.admin, at: self.t0) } as? StoreError,
                       .engineerNotFound("ghost"))
        try store.unassignShift("bob", from: "day", by: admin, at: t0)
        XCTAssertEqual("\(thrownError { try store.unassignShift("bob", from: "day", by: self.admin, at: self.t0) }!)",
                       "bob is not on shift day (see: helpdesk shift list)")
        try store.removeShift(named: "night", by: admin, at: t0)
        XCTAssertEqual(try store.shiftRoster().members["dan"], nil, "the roster goes with the shift")
        XCTAssertEqual(try store.auditLog(limit: 20).filter { $0.field.hasPrefix("shift.") }.count, 8)
    }
}
