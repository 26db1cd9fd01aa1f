import Foundation
import HelpdeskCore
@testable import HelpdeskStore
import XCTest

/// Shared people, times and tickets for the store tests.
enum StoreFixtures {
    /// Monday 1 June 2026, 10:00 in Shanghai: inside business hours, no holiday near.
    static let monday10 = Date(timeIntervalSince1970: 1_780_279_200)

    static let admin = Engineer(login: "root_admin", name: "Wang Admin", role: .admin, tier: .l2)
    static let lead = Engineer(login: "lilei", name: "李雷", role: .lead, tier: .l2, skills: [.network, .hardware])
    static let alice = Engineer(login: "alice", name: "Alice", role: .agent, tier: .l1, skills: [.hardware, .software])
    static let bob = Engineer(login: "bob", name: "Bob", role: .agent, tier: .l1, skills: [.network])

    static func minutes(_ n: Double) -> TimeInterval { n * 60 }

    /// A store with an admin, a lead and two agents.
    static func teamStore(options: StoreOptions = .init()) throws -> HelpdeskStore {
        let store = try HelpdeskStore.temporary(options: options)
        try store.addEngineer(admin, by: Actor(admin), at: monday10)
        for engineer in [lead, alice, bob] { try store.addEngineer(engineer, by: Actor(admin), at: monday10) }
        return store
    }

    static func draft(_ title: String, requester: String = "张三", contact: String = "zhangsan@example.cn",
                      impact: Level = .medium, urgency: Level = .medium, tags: [String] = [],
                      major: Bool = false, category: HelpdeskCore.Category = .hardware) -> NewTicket {
        NewTicket(title: title, description: "详细描述: \(title)", requester: Requester(name: requester, contact: contact),
                  channel: .email, category: category, impact: impact, urgency: urgency, tags: tags, isMajorIncident: major)
    }
}

extension XCTestCase {
    /// Runs `body` and returns the error it throws, failing the test when it does not throw.
    func thrownError<T>(_ body: () throws -> T, file: StaticString = #filePath, line: UInt = #line) -> (any Error)? {
        do {
            _ = try body()
            XCTFail("expected an error", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }
}
