import Foundation
import HelpdeskCore
@testable import HelpdeskStore
import XCTest

/// Text from strangers through the store: kept exactly as given within the limits, refused past them, never half-saved.
final class HostileTextStoreTests: XCTestCase {
    static let hostile = [
        "\u{1B}]52;c;cm0gLXJmIH4=\u{07}剪贴板", "\u{1B}]8;;http://evil.example/\u{1B}\\链接\u{1B}]8;;\u{1B}\\",
        "\u{1B}[2J\u{1B}[H清屏", "\u{9B}31m", "invoice\u{202E}fdp.exe", "e\u{0301}\u{0301}\u{0308}", "👩‍💻🇨🇳", "مرحبا שלום",
        "tab\there\r\nline", "zero\u{200B}width",
    ]

    func testHostileTextIsStoredExactlyAsGiven() throws {
        let store = try StoreFixtures.teamStore()
        for text in Self.hostile {
            var draft = StoreFixtures.draft(text, requester: text, contact: "c-\(UUID().uuidString)")
            draft.description = text + "\n" + text
            let ticket = try store.createTicket(draft, by: .system, at: StoreFixtures.monday10)
            let back = try store.ticket(id: ticket.id)
            XCTAssertEqual(back.title, text.trimmingCharacters(in: .whitespacesAndNewlines))
            XCTAssertEqual(back.requester.name, text.trimmingCharacters(in: .whitespacesAndNewlines))
            XCTAssertEqual(back.description, draft.description)
            _ = try store.perform(.note(text), on: ticket.id, expectedVersion: nil, by: Actor(StoreFixtures.admin), at: StoreFixtures.monday10)
            XCTAssertEqual(try store.comments(ticketID: ticket.id).last?.body, text.trimmingCharacters(in: .whitespacesAndNewlines))
            let article = try store.addArticle(title: text, body: text, category: .other, author: "alice", at: StoreFixtures.monday10)
            XCTAssertEqual(try store.article(id: article).body, text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    func testNULIsRefusedEverywhereAndNothingIsHalfSaved() throws {
        let store = try StoreFixtures.teamStore()
        let ticket = try store.createTicket(StoreFixtures.draft("正常"), by: .system, at: StoreFixtures.monday10)
        var draft = StoreFixtures.draft("有\u{0}空字符")
        XCTAssertThrowsError(try store.createTicket(draft, by: .system, at: StoreFixtures.monday10)) { error in
            XCTAssertTrue("\(error)".contains("the title contains a NUL character"), "\(error)")
        }
        draft = StoreFixtures.draft("描述")
        draft.description = "a\u{0}b"
        XCTAssertThrowsError(try store.createTicket(draft, by: .system, at: StoreFixtures.monday10))
        XCTAssertThrowsError(try store.perform(.reply("x\u{0}y"), on: ticket.id, expectedVersion: nil,
                                               by: Actor(StoreFixtures.admin), at: StoreFixtures.monday10))
        XCTAssertThrowsError(try store.addArticle(title: "t", body: "b\u{0}", category: .other, author: "a", at: StoreFixtures.monday10))
        XCTAssertThrowsError(try store.addEngineer(Engineer(login: "nul", name: "N\u{0}", role: .agent, tier: .l1),
                                                   by: Actor(StoreFixtures.admin), at: StoreFixtures.monday10))
        XCTAssertEqual(try store.ticketCount(), 1)
        XCTAssertEqual(try store.ticket(id: ticket.id).version, 1)
        XCTAssertEqual(try store.comments(ticketID: ticket.id), [])
        XCTAssertNil(try store.engineer(login: "nul"))
    }

    func testTenMegabytesIsRefusedAndTheLimitItselfIsKept() throws {
        let store = try StoreFixtures.teamStore()
        var draft = StoreFixtures.draft("大")
        draft.description = String(repeating: "x", count: 10 * 1024 * 1024)
        XCTAssertThrowsError(try store.createTicket(draft, by: .system, at: StoreFixtures.monday10)) { error in
            XCTAssertEqual("\(error)", "the description is 10485760 characters long; the limit is 1000000")
        }
        draft.description = String(repeating: "长", count: Limits.bodyCharacters)
        let ticket = try store.createTicket(draft, by: .system, at: StoreFixtures.monday10)
        XCTAssertEqual(try store.ticket(id: ticket.id).description.count, Limits.bodyCharacters)
        XCTAssertEqual(try store.ticketCount(), 1)
    }
}
