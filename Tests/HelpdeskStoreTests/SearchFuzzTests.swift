import Foundation
import HelpdeskCore
@testable import HelpdeskStore
import XCTest

/// Random search text (quotes, FTS5 operators, punctuation, NUL, CJK, emoji, combining marks) in the
/// queue filter and the knowledge-base search: an answer, possibly empty, and never an error.
final class SearchFuzzTests: XCTestCase {
    private static let characters: [Character] = [
        "a", "Z", " ", "0", "打", "印", "机", "网", "络", "，", "😀", "👩‍💻", "e\u{301}", "\"", "'", "*", "-", "(", ")", ":", "^",
        "%", "_", "\\", "/", ",", "\u{0}", "\u{1B}", "\u{202E}", "\t", "\n", "[", "]", "{", "}", ";", "|", "&", "?", "+", "~",
    ]
    private static let words = ["AND", "OR", "NOT", "NEAR", "NEAR(", "\"\"", "\"", "*", "^", "\u{0}", "打印", "vpn", "a*", "-x",
                                "title:", "MATCH", "'; DROP TABLE tickets; --", "%_%", "ESCAPE", "{title body}:", "NEAR(a b, 2)"]

    private func text(_ rng: inout SeededGenerator) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 0...14, using: &rng) {
            if Int.random(in: 0..<3, using: &rng) == 0 { text += Self.words.randomElement(using: &rng)! + " " } else {
                text.append(Self.characters.randomElement(using: &rng)!)
            }
        }
        return text
    }

    func testQueueFilterAndKnowledgeBaseSearchNeverFail() throws {
        let store = try StoreFixtures.teamStore()
        let lead = Actor(StoreFixtures.lead)
        for (index, title) in ["打印机卡纸 printer jam", "VPN 断线 \"quoted\" title", "网络中断 AND OR NOT", "邮箱 e\u{301}mail 😀"].enumerated() {
            _ = try store.createTicket(StoreFixtures.draft(title, tags: ["tag\(index)", "打印"]), by: lead, at: StoreFixtures.monday10)
            _ = try store.addArticle(title: title, body: "正文 body \(title) 第\(index)篇", category: .hardware, author: "lilei", at: StoreFixtures.monday10)
        }
        var rng = SeededGenerator(seed: 7)
        var found = 0
        for round in 0..<300 {
            let query = text(&rng)
            do {
                for view in [QueueView.open, .unassigned] {
                    let page = try store.queue(QueueQuery(view: view, login: "lilei", filter: query, limit: 20, now: StoreFixtures.monday10))
                    XCTAssertLessThanOrEqual(page.rows.count, page.total, "round \(round): \(query.debugDescription)")
                    found += page.total
                }
                found += try store.searchArticles(query, limit: 10).count
            } catch {
                XCTFail("round \(round): \(query.debugDescription) → \(error)")
            }
        }
        XCTAssertGreaterThan(found, 0, "some random queries should match something")
        // What the fuzzing is there for: text that reads as syntax is searched as text.
        XCTAssertEqual(try store.searchArticles("\"quoted\"").count, 1)
        XCTAssertEqual(try store.queue(QueueQuery(view: .open, login: "lilei", filter: "AND OR", now: StoreFixtures.monday10)).total, 1)
    }
}
