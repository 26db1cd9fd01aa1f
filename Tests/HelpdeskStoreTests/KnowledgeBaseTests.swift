import Foundation
import HelpdeskCore
@testable import HelpdeskStore
import XCTest

final class KnowledgeBaseTests: XCTestCase {
    private let t0 = StoreFixtures.monday10
    private var store: HelpdeskStore!
    private var printer: Int64 = 0, vpn: Int64 = 0, network: Int64 = 0, retired: Int64 = 0

    override func tearDown() {
        // XCTest keeps test-case objects to the end of the run; let the temporary store go now.
        store = nil
    }

    override func setUpWithError() throws {
        store = try HelpdeskStore.temporary()
        printer = try store.addArticle(title: "打印机卡纸的处理方法", body: "先关闭打印机电源，打开后盖取出卡住的纸张。Printer jam: open the rear cover.",
                                       category: .hardware, tags: ["printer", "打印"], author: "alice", at: t0)
        vpn = try store.addArticle(title: "VPN cannot connect", body: "Reinstall the VPN client and check the certificate. 证书过期会导致连接失败。",
                                   category: .network, tags: ["vpn"], author: "bob", at: t0 + 60)
        network = try store.addArticle(title: "网络故障排查步骤", body: "检查网线、交换机端口和 DHCP 地址。Check the cable first.",
                                       category: .network, tags: ["网络"], author: "bob", at: t0 + 120)
        retired = try store.addArticle(title: "旧打印机驱动", body: "已不再适用", category: .hardware, author: "alice",
                                       at: t0, status: .archived)
    }

    func testEnglishWordAndPrefix() throws {
        XCTAssertEqual(try store.searchArticles("certificate").map(\.id), [vpn])
        XCTAssertEqual(try store.searchArticles("CERTIF").map(\.id), [vpn], "a prefix, case-insensitive")
        XCTAssertEqual(Set(try store.searchArticles("cable").map(\.id)), [network])
        XCTAssertEqual(try store.searchArticles("vpn client").map(\.id), [vpn], "all terms must match")
    }

    func testChineseThreeCharactersAndMoreUseTheIndex() throws {
        XCTAssertEqual(try store.searchArticles("打印机").map(\.id), [printer], "retired articles are not found")
        XCTAssertEqual(try store.searchArticles("交换机端口").map(\.id), [network])
        let hit = try XCTUnwrap(try store.searchArticles("卡纸").first)
        XCTAssertEqual(hit.id, printer)
    }

    func testChineseTwoCharactersAndShortEnglish() throws {
        XCTAssertEqual(try store.searchArticles("网络").map(\.id), [network])
        XCTAssertEqual(try store.searchArticles("证书").map(\.id), [vpn])
        XCTAssertEqual(try store.searchArticles("打印").map(\.id), [printer])
        XCTAssertEqual(try store.searchArticles("机").map(\.id), [printer, network], "one character; the earlier match ranks first")
        XCTAssertEqual(try store.searchArticles("网络 DHCP").map(\.id), [network], "a short and a long term together")
        XCTAssertEqual(try store.searchArticles("vp").map(\.id), [vpn])
    }

    func testTitleMatchesRankFirst() throws {
        let other = try store.addArticle(title: "Mail client settings", body: "Unrelated to printers? No: this mentions printer once.",
                                         category: .software, author: "alice", at: t0)
        XCTAssertEqual(try store.searchArticles("printer").map(\.id), [printer, other])
    }

    func testAnyTypedTextIsSafe() throws {
        for query in ["\"", "AND", "OR", "NOT", "*", "(", ")", "\"打印机", "title:vpn", "a:b", "NEAR(", "'", "^", "-", "\u{0}", "%", "vpn\"\"", "   "] {
            XCTAssertNoThrow(try store.searchArticles(query), "query \(query.debugDescription)")
        }
        XCTAssertEqual(try store.searchArticles("(").map(\.id), [], "no article contains a parenthesis")
        XCTAssertEqual(try store.searchArticles("   "), [])
    }

    func testArticleReadsBackAndUpdatesItsIndex() throws {
        var article = try store.article(id: vpn)
        XCTAssertEqual(article.title, "VPN cannot connect")
        XCTAssertEqual(article.tags, ["vpn"])
        XCTAssertEqual(article.category, .network)
        XCTAssertEqual(article.author, "bob")
        XCTAssertEqual(article.createdAt, t0 + 60)
        article.body = "Use the new 零信任 gateway instead."
        try store.updateArticle(article, by: Actor(login: "bob", role: .agent), at: t0 + 600)
        XCTAssertEqual(try store.searchArticles("certificate"), [])
        XCTAssertEqual(try store.searchArticles("零信任").map(\.id), [vpn])
        XCTAssertEqual(try store.article(id: vpn).updatedAt, t0 + 600)
        XCTAssertEqual(thrownError { try self.store.article(id: 999) } as? StoreError, .articleNotFound(999))
        XCTAssertEqual(try store.recentArticles(limit: 1).map(\.id), [vpn])
    }

    func testSnippetShowsTheMatch() throws {
        let snippet = try XCTUnwrap(try store.searchArticles("证书").first?.snippet)
        XCTAssertTrue(snippet.contains("证书"), snippet)
        let ftsSnippet = try XCTUnwrap(try store.searchArticles("certificate").first?.snippet)
        XCTAssertTrue(ftsSnippet.contains("certificate"), ftsSnippet)
    }
}
