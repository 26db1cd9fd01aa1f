import Foundation
import HelpdeskCore
@testable import HelpdeskStore
import XCTest

final class EngineerStoreTests: XCTestCase {
    private let t0 = StoreFixtures.monday10

    func testFirstEngineerBootstrapsAndMustBeAdmin() throws {
        let store = try HelpdeskStore.temporary()
        let agent = StoreFixtures.alice
        let error = thrownError { try store.addEngineer(agent, by: Actor(agent), at: self.t0) }
        XCTAssertEqual(error as? StoreError, .firstEngineerMustBeAdmin("alice"))
        XCTAssertTrue("\(error!)".contains("must be an admin"), "\(error!)")
        XCTAssertEqual(try store.engineers(), [])

        try store.addEngineer(StoreFixtures.admin, by: Actor(StoreFixtures.admin), at: t0)
        XCTAssertEqual(try store.engineers().map(\.login), ["root_admin"])
    }

    func testOnlyAdminsAddEngineersOnceTheTeamExists() throws {
        let store = try StoreFixtures.teamStore()
        let carol = Engineer(login: "carol", name: "Carol", skills: [.account])
        XCTAssertEqual(thrownError { try store.addEngineer(carol, by: Actor(StoreFixtures.lead), at: self.t0) } as? WorkflowError,
                       .denied("only an admin can add or change engineers"))
        try store.addEngineer(carol, by: Actor(StoreFixtures.admin), at: t0)
        XCTAssertEqual(try store.engineer(login: "carol"), carol)
        XCTAssertEqual(thrownError { try store.addEngineer(carol, by: Actor(StoreFixtures.admin), at: self.t0) } as? StoreError,
                       .engineerExists("carol"))
        let badLogin = Engineer(login: "Carol Smith", name: "Carol")
        XCTAssertTrue(thrownError { try store.addEngineer(badLogin, by: Actor(StoreFixtures.admin), at: self.t0) } is ValidationError)
        let log = try store.auditLog(limit: 10)
        XCTAssertEqual(log.first?.field, "engineer.added", "newest first")
        XCTAssertEqual(log.first?.actor, "root_admin")
        XCTAssertEqual(log.first?.ticketID, 0)
        XCTAssertEqual(log.first?.newValue, "carol (Carol): agent L1, skills account, cap 8, active, team support")
    }

    func testUpdateKeepsSkillsAndRefusesToDropTheLastAdmin() throws {
        let store = try StoreFixtures.teamStore()
        var bob = StoreFixtures.bob
        bob.tier = .l2
        bob.skills = [.network, .security]
        bob.loadCap = 12
        try store.updateEngineer(bob, by: Actor(StoreFixtures.admin), at: t0)
        XCTAssertEqual(try store.engineer(login: "bob"), bob)
        XCTAssertEqual(try store.engineers().map(\.login), ["alice", "bob", "lilei", "root_admin"])

        var admin = StoreFixtures.admin
        admin.role = .lead
        XCTAssertEqual(thrownError { try store.updateEngineer(admin, by: Actor(StoreFixtures.admin), at: self.t0) } as? StoreError,
                       .lastAdmin("root_admin"))
        admin.role = .admin
        admin.isActive = false
        XCTAssertEqual(thrownError { try store.updateEngineer(admin, by: Actor(StoreFixtures.admin), at: self.t0) } as? StoreError,
                       .lastAdmin("root_admin"))
        var lead = StoreFixtures.lead
        lead.role = .admin
        try store.updateEngineer(lead, by: Actor(StoreFixtures.admin), at: t0)
        try store.updateEngineer(admin, by: Actor(StoreFixtures.admin), at: t0)
        XCTAssertEqual(try store.engineer(login: "root_admin")?.isActive, false)

        let ghost = Engineer(login: "ghost", name: "Ghost")
        XCTAssertEqual(thrownError { try store.updateEngineer(ghost, by: Actor(lead), at: self.t0) } as? StoreError,
                       .engineerNotFound("ghost"))
        XCTAssertEqual(thrownError { try store.updateEngineer(bob, by: Actor(StoreFixtures.alice), at: self.t0) } as? WorkflowError,
                       .denied("only an admin can add or change engineers"))
    }

    func testAssigningToUnknownOrInactiveEngineerIsRefused() throws {
        let store = try StoreFixtures.teamStore()
        let id = try store.createTicket(StoreFixtures.draft("新员工电脑"), by: .system, at: t0).id
        let lead = Actor(StoreFixtures.lead)
        XCTAssertEqual(thrownError { try store.perform(.assign(to: "nobody", reason: nil), on: id, expectedVersion: nil, by: lead, at: self.t0) } as? WorkflowError,
                       .unknownEngineer("nobody"))
        var bob = StoreFixtures.bob
        bob.isActive = false
        try store.updateEngineer(bob, by: Actor(StoreFixtures.admin), at: t0)
        XCTAssertNotNil(thrownError { try store.perform(.assign(to: "bob", reason: nil), on: id, expectedVersion: nil, by: lead, at: self.t0) } as? WorkflowError)
    }
}
