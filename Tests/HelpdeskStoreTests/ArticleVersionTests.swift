import Foundation
import HelpdeskCore
@testable import HelpdeskStore
import XCTest

/// Article versions, restore, who sees drafts and archived articles, usage counts, and files.
final class ArticleVersionTests: XCTestCase {
    private let t0 = StoreFixtures.monday10
    private let alice = Actor(login: "alice", role: .agent)
    private let bob = Actor(login: "bob", role: .agent)
    private let lead = Actor(login: "lead", role: .lead)
    private var store: HelpdeskStore!

    override func setUpWithError() throws { store = try HelpdeskStore.temporary() }
    override func tearDown() { store = nil }

    func testEveryEditIsAVersionAndRestoreAddsOne() throws {
        let id = try store.addArticle(title: "打印机脱机", body: "第一步\n第二步", category: .hardware, tags: ["printer"], author: "alice", at: t0)
        var article = try store.article(id: id)
        XCTAssertEqual(article.version, 1)
        article.body = "第一步\n第二步（更新）"
        XCTAssertEqual(try store.updateArticle(article, by: alice, at: t0 + 60).version, 2)
        XCTAssertEqual(try store.updateArticle(article, by: alice, at: t0 + 90).version, 2, "saving the same text makes no version")
        article.title = "Printer offline"
        article.status = .archived
        try store.updateArticle(article, by: lead, at: t0 + 120, expectedVersion: 2)
        let versions = try store.articleVersions(articleID: id)
        XCTAssertEqual(versions.map(\.version), [1, 2, 3])
        XCTAssertEqual(versions.map(\.editor), ["alice", "alice", "lead"])
        XCTAssertEqual(versions.map(\.note), ["created", "edited", "edited"])
        XCTAssertEqual(versions[1].body, "第一步\n第二步（更新）")

        let restored = try store.restoreArticle(id, version: 1, by: alice, at: t0 + 180)
        XCTAssertEqual(restored.version, 4)
        XCTAssertEqual(restored.title, "打印机脱机")
        XCTAssertEqual(restored.status, .published)
        XCTAssertEqual(try store.articleVersions(articleID: id).last?.note, "restored v1")
        XCTAssertEqual(try store.article(id: id).updatedAt, t0 + 180)
        XCTAssertEqual(try store.searchArticles("打印机脱机").map(\.id), [id], "the restored text is what search finds")
        XCTAssertEqual(try store.searchArticles("offline"), [])
    }

    func testEditsAreRefusedForOthersAndForStaleVersions() throws {
        let id = try store.addArticle(title: "VPN", body: "text", category: .network, author: "alice", at: t0)
        var article = try store.article(id: id)
        article.body = "bob's change"
        XCTAssertThrowsError(try store.updateArticle(article, by: bob, at: t0)) { error in
            XCTAssertTrue("\(error)".contains("only its author, a lead or an admin"), "\(error)")
        }
        XCTAssertThrowsError(try store.restoreArticle(id, version: 1, by: bob, at: t0))
        XCTAssertThrowsError(try store.updateArticle(article, by: alice, at: t0, expectedVersion: 7)) { error in
            XCTAssertTrue("\(error)".contains("version 1 now, not 7"), "\(error)")
        }
        XCTAssertThrowsError(try store.restoreArticle(id, version: 9, by: alice, at: t0)) { error in
            XCTAssertTrue("\(error)".contains("has no version 9; its versions are 1 to 1"), "\(error)")
        }
        XCTAssertThrowsError(try store.articleVersions(articleID: 999))
        XCTAssertEqual(try store.article(id: id).body, "text", "nothing was saved by the refused edits")
    }

    func testStatusDecidesWhoFindsAnArticle() throws {
        let published = try store.addArticle(title: "网络排查 published", body: "b", category: .network, author: "alice", at: t0)
        let draft = try store.addArticle(title: "网络排查 draft", body: "b", category: .network, author: "alice", at: t0, status: .draft)
        let archived = try store.addArticle(title: "网络排查 archived", body: "b", category: .network, author: "alice", at: t0, status: .archived)
        XCTAssertEqual(try store.searchArticles("网络排查").map(\.id), [published])
        XCTAssertEqual(Set(try store.searchArticles("网络排查", visibility: KBVisibility(viewer: "alice")).map(\.id)), [published, draft])
        XCTAssertEqual(try store.searchArticles("网络排查", visibility: KBVisibility(viewer: "bob")).map(\.id), [published])
        XCTAssertEqual(Set(try store.searchArticles("网络排查", visibility: KBVisibility(allDrafts: true, archived: true)).map(\.id)),
                       [published, draft, archived])
        XCTAssertEqual(try store.recentArticles(visibility: .published).map(\.id), [published])
    }

    func testUsageCountsAppearInResults() throws {
        let id = try store.addArticle(title: "Printer jam", body: "open the cover", category: .hardware, author: "alice", at: t0)
        for title in ["打印机卡纸", "printer jam again"] {
            let ticket = try store.createTicket(StoreFixtures.draft(title), by: lead, at: t0)
            try store.linkArticle(id, toTicket: ticket.id, by: lead, at: t0)
        }
        XCTAssertEqual(try store.searchArticles("jam").first?.usage, 2)
        XCTAssertEqual(try store.recentArticles().first?.usage, 2)
        XCTAssertEqual(try store.articleUsage(articleID: id), 2)
    }

    func testRankingPutsTitleBeforeTagsBeforeBody() throws {
        let body = try store.addArticle(title: "Cable check", body: "replace the toner", category: .hardware, tags: ["misc"], author: "a", at: t0 + 30)
        let tag = try store.addArticle(title: "Cartridge swap", body: "nothing here", category: .hardware, tags: ["toner"], author: "a", at: t0 + 20)
        let title = try store.addArticle(title: "Toner empty", body: "x", category: .hardware, author: "a", at: t0)
        XCTAssertEqual(try store.searchArticles("toner").map(\.id), [title, tag, body])
        XCTAssertEqual(try store.searchArticles("ton").map(\.id), [title, tag, body], "a prefix ranks the same way")
        let zBody = try store.addArticle(title: "操作说明", body: "更换打印机硒鼓的步骤", category: .hardware, author: "a", at: t0 + 30)
        let zTag = try store.addArticle(title: "耗材", body: "无", category: .hardware, tags: ["打印机硒鼓"], author: "a", at: t0 + 20)
        let zTitle = try store.addArticle(title: "打印机硒鼓更换", body: "无", category: .hardware, author: "a", at: t0)
        XCTAssertEqual(try store.searchArticles("打印机硒鼓").map(\.id), [zTitle, zTag, zBody])
        XCTAssertEqual(try store.searchArticles("硒鼓").map(\.id), [zTitle, zTag, zBody], "two characters rank the same way")
        let snippet = try XCTUnwrap(try store.searchArticles("硒鼓").last?.snippet)
        XCTAssertTrue(snippet.contains("硒鼓"), "the snippet shows the match: \(snippet)")
    }

    func testNastyQueriesNeverRaise() throws {
        _ = try store.addArticle(title: "AND OR NOT \"quoted\" a*b ^x col:on", body: "NEAR(a b) 网络 (x) end", category: .other, author: "a", at: t0)
        let nasty = ["\"", "\"\"", "\"unbalanced", "AND", "OR", "NOT", "a AND", "NOT NOT", "NEAR(a b)", "NEAR(", "*", "**", "a*", "^",
                     "^x", ":", "col:on", "title:x", "(", ")", "((", "{", "}", "[", "-", "+", "\u{0}", "a\u{0}b", "网\u{0}络", "'",
                     "\\", "%", "_", "😀", "🇨🇳", "\u{202E}", "  ", "", String(repeating: "网", count: 300), "\"网络\" OR \"*\""]
        for query in nasty {
            XCTAssertNoThrow(try store.searchArticles(query, visibility: KBVisibility(allDrafts: true, archived: true)), query.debugDescription)
        }
        XCTAssertEqual(try store.searchArticles("col:on").count, 1, "punctuation is searched for literally")
        XCTAssertEqual(try store.searchArticles("\"quoted\"").count, 1)
        var generator = SystemRandomNumberGenerator()
        let pieces: [Character] = ["\"", "*", "^", ":", "(", ")", " ", "网", "络", "a", "N", "O", "T", "\u{0}", "-", "'", "{", "}"]
        for _ in 0..<300 {
            let query = String((0..<Int.random(in: 1...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! })
            XCTAssertNoThrow(try store.searchArticles(query), query.debugDescription)
        }
    }

    func testFilesRoundTripIntoAnEmptyStore() throws {
        let id = try store.addArticle(title: "打印机: \"脱机\"", body: "## 步骤\n- 一\n---\nend", category: .hardware,
                                      tags: ["printer", "打印机"], author: "alice", at: t0 + 0.75, status: .draft)
        let files = try store.allArticles().map { KBArticleFile($0).rendered() }
        let empty = try HelpdeskStore.temporary()
        for text in files {
            XCTAssertEqual(try empty.importArticle(KBArticleFile(parsing: text), by: lead, at: t0 + 999), .created(id))
        }
        XCTAssertEqual(try empty.allArticles().map { KBArticleFile($0).rendered() }, files)
        XCTAssertEqual(try empty.importArticle(KBArticleFile(parsing: files[0]), by: lead, at: t0 + 999), .unchanged(id))
        var changed = try KBArticleFile(parsing: files[0])
        changed.body += "\nmore"
        XCTAssertEqual(try empty.importArticle(changed, by: lead, at: t0 + 999), .updated(id, version: 2))
        XCTAssertThrowsError(try KBArticleFile(parsing: "---\ntitle: x\ncategory: plumbing\n---\n")) { error in
            XCTAssertTrue("\(error)".contains("category “plumbing” is not one of"), "\(error)")
        }
    }

    func testVersionThreeDatabaseGainsVersionsAndArchived() throws {
        let path = NSTemporaryDirectory() + "kb-v3-\(UUID().uuidString).sqlite"
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            let old = try HelpdeskStore(path: path)
            _ = try old.addArticle(title: "旧网络文章", body: "y", category: .network, author: "bob", at: t0)
            try old.writer.write { db in
                try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v9_kb_versions'")
                try db.execute(sql: "DROP TABLE kb_article_versions")
            }
        }
        let store = try HelpdeskStore(path: path)
        let id = try store.addArticle(title: "网络中断", body: "x", category: .network, author: "alice", at: t0)
        XCTAssertEqual(try store.articleVersions(articleID: 1).map(\.note), ["created"], "the migration seeds version 1")
        XCTAssertEqual(try store.articleVersions(articleID: id).count, 1)
        XCTAssertEqual(Set(try store.searchArticles("网络").map(\.id)), [1, id], "the indexes still follow the rebuilt table")
    }
}
