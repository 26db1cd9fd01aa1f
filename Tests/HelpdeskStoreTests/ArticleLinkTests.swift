import Foundation
import GRDB
import HelpdeskCore
@testable import HelpdeskStore
import XCTest

final class ArticleLinkTests: XCTestCase {
    private let t0 = StoreFixtures.monday10
    private var store: HelpdeskStore!
    private var printer: Int64 = 0, vpn: Int64 = 0, network: Int64 = 0, retired: Int64 = 0
    private var ticket: Ticket!

    override func setUpWithError() throws {
        store = try StoreFixtures.teamStore()
        printer = try store.addArticle(title: "打印机脱机的处理方法", body: "检查打印机电源和网线。Printer offline: reinstall the driver.",
                                       category: .hardware, tags: ["printer"], author: "alice", at: t0)
        vpn = try store.addArticle(title: "VPN connection times out", body: "Re-issue the expired certificate. 证书过期会导致 VPN 无法连接。",
                                   category: .network, tags: ["vpn"], author: "bob", at: t0 + 60)
        network = try store.addArticle(title: "网络很慢的排查步骤", body: "先确认影响范围，再检查交换机端口。",
                                       category: .network, tags: ["网络"], author: "bob", at: t0 + 120)
        retired = try store.addArticle(title: "旧打印机驱动下载", body: "已不再适用", category: .hardware, author: "alice",
                                       at: t0, status: .archived)
        ticket = try store.createTicket(StoreFixtures.draft("三楼打印机脱机"), by: Actor(StoreFixtures.alice), at: t0)
    }

    private var lead: Actor { Actor(StoreFixtures.lead) }

    func testLinkRecordsAnEventAndIsListed() throws {
        XCTAssertTrue(try store.linkArticle(printer, toTicket: ticket.id, by: lead, at: t0 + 300))
        XCTAssertTrue(try store.linkArticle(network, toTicket: ticket.id, by: lead, at: t0 + 360))
        XCTAssertEqual(try store.linkedArticles(ticketID: ticket.id).map(\.id), [printer, network], "in the order linked")
        let event = try XCTUnwrap(try store.events(ticketID: ticket.id).last { $0.field == "kb_link" })
        XCTAssertEqual(event.actor, "lilei")
        XCTAssertEqual(event.at, t0 + 360)
        XCTAssertEqual(event.newValue, "#\(network) 网络很慢的排查步骤")
        XCTAssertEqual(try store.ticket(id: ticket.id).version, ticket.version, "a link is not a ticket edit")
    }

    func testLinkingTwiceChangesNothing() throws {
        XCTAssertTrue(try store.linkArticle(printer, toTicket: ticket.id, by: lead, at: t0))
        XCTAssertFalse(try store.linkArticle(printer, toTicket: ticket.id, by: lead, at: t0 + 60))
        XCTAssertEqual(try store.events(ticketID: ticket.id).filter { $0.field == "kb_link" }.count, 1)
        XCTAssertEqual(try store.articleUsage(articleID: printer), 1)
    }

    func testUnlinkRemovesAndRecords() throws {
        try store.linkArticle(vpn, toTicket: ticket.id, by: lead, at: t0)
        XCTAssertTrue(try store.unlinkArticle(vpn, fromTicket: ticket.id, by: lead, at: t0 + 60))
        XCTAssertFalse(try store.unlinkArticle(vpn, fromTicket: ticket.id, by: lead, at: t0 + 120), "nothing left to unlink")
        XCTAssertEqual(try store.linkedArticles(ticketID: ticket.id), [])
        let event = try XCTUnwrap(try store.events(ticketID: ticket.id).last)
        XCTAssertEqual(event.field, "kb_unlink")
        XCTAssertEqual(event.oldValue, "#\(vpn) VPN connection times out")
    }

    func testUsageCountsTickets() throws {
        let other = try store.createTicket(StoreFixtures.draft("VPN 连不上"), by: lead, at: t0)
        XCTAssertEqual(try store.articleUsage(articleID: vpn), 0)
        try store.linkArticle(vpn, toTicket: ticket.id, by: lead, at: t0)
        try store.linkArticle(vpn, toTicket: other.id, by: lead, at: t0)
        XCTAssertEqual(try store.articleUsage(articleID: vpn), 2)
        XCTAssertEqual(thrownError { try self.store.articleUsage(articleID: 999) } as? StoreError, .articleNotFound(999))
    }

    func testUnknownTicketOrArticleAndRetiredAreRefused() throws {
        XCTAssertEqual(thrownError { try self.store.linkArticle(999, toTicket: self.ticket.id, by: self.lead, at: self.t0) } as? StoreError,
                       .articleNotFound(999))
        XCTAssertEqual(thrownError { try self.store.linkArticle(self.printer, toTicket: 424242, by: self.lead, at: self.t0) } as? StoreError,
                       .ticketNotFound(424242))
        XCTAssertEqual(thrownError { try self.store.linkedArticles(ticketID: 424242) } as? StoreError, .ticketNotFound(424242))
        let error = thrownError { try self.store.linkArticle(self.retired, toTicket: self.ticket.id, by: self.lead, at: self.t0) }
        XCTAssertTrue("\(error!)".contains("archived"), "\(error!)")
        XCTAssertEqual(try store.linkedArticles(ticketID: ticket.id), [], "a refused link leaves nothing behind")
    }

    func testAgentsLinkOnlyTicketsTheyMayWork() throws {
        _ = try store.perform(.assign(to: "alice", reason: nil), on: ticket.id, expectedVersion: nil, by: lead, at: t0)
        let bob = Actor(StoreFixtures.bob)
        let error = thrownError { try self.store.linkArticle(self.printer, toTicket: self.ticket.id, by: bob, at: self.t0) }
        guard case .denied? = error as? WorkflowError else { return XCTFail("got \(String(describing: error))") }
        XCTAssertTrue(try store.linkArticle(printer, toTicket: ticket.id, by: Actor(StoreFixtures.alice), at: t0))
    }

    func testSuggestionsFromChineseAndEnglishTitles() throws {
        XCTAssertEqual(try store.suggestArticles(forTitle: "三楼打印机脱机", limit: 5).first?.id, printer)
        XCTAssertEqual(try store.suggestArticles(forTitle: "VPN keeps timing out for remote staff", limit: 5).first?.id, vpn)
        XCTAssertEqual(try store.suggestArticles(forTitle: "全楼网络中断", limit: 5).map(\.id), [network],
                       "网络 is only two characters: found by the fallback scan")
        XCTAssertEqual(try store.suggestArticles(forTitle: "证书坏了", limit: 5), [],
                       "two-character words are looked up in article titles only, not in bodies")
        XCTAssertFalse(try store.suggestArticles(forTitle: "打印机驱动", limit: 5).map(\.id).contains(retired),
                       "retired articles are never suggested")
    }

    func testSuggestionsRespectTheLimitAndRankIndexHitsFirst() throws {
        let hits = try store.suggestArticles(forTitle: "打印机脱机 VPN 证书 网络", limit: 2)
        XCTAssertEqual(hits.count, 2)
        XCTAssertEqual(try store.suggestArticles(forTitle: "打印机脱机 VPN 证书 网络", limit: 10).map(\.id).sorted(),
                       [printer, vpn, network].sorted())
        XCTAssertEqual(try store.suggestArticles(forTitle: "printer", limit: 0), [])
    }

    func testAnyTitleIsSafe() throws {
        for title in ["", "   ", "\"", "AND OR NOT", "(*)", "a\"b\"c", "NEAR(x y)", "网", "!!!", "\u{1B}[31m", "title:vpn", "😀😀😀",
                      "the and for please"] {
            XCTAssertNoThrow(try store.suggestArticles(forTitle: title, limit: 5), "title \(title.debugDescription)")
        }
        XCTAssertEqual(try store.suggestArticles(forTitle: "the and for please", limit: 5), [], "only common words")
        XCTAssertEqual(try store.suggestArticles(forTitle: "\"vpn\"", limit: 5).map(\.id), [vpn], "quotes separate words")
    }

    func testSuggestionQueryTerms() {
        let query = KBSuggestionQuery(title: "Printer 打印机脱机, please help!")
        XCTAssertEqual(query.words, ["printer"])
        XCTAssertEqual(query.trigrams, ["打印机", "印机脱", "机脱机"])
        XCTAssertEqual(query.bigrams, ["打印", "印机", "机脱", "脱机"])
        XCTAssertEqual(query.match, "\"printer\" OR \"打印机\" OR \"印机脱\" OR \"机脱机\"")
        XCTAssertEqual(KBSuggestionQuery(title: "无法登录").bigrams, ["法登", "登录"], "无法 is too common to suggest by")
        XCTAssertTrue(KBSuggestionQuery(title: "a b 网 !!").isEmpty)
        XCTAssertLessThanOrEqual(KBSuggestionQuery(title: String(repeating: "网络打印机故障排查", count: 20)).trigrams.count,
                                 KBSuggestionQuery.maxIndexTerms)
    }

    func testVersionOneDatabaseGainsTheLinkTable() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-v1-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/helpdesk.sqlite"
        do {
            // Roll a fresh database back to what version 1 left on disk.
            let old = try HelpdeskStore(path: path)
            try old.writer.writeWithoutTransaction { db in
                try db.execute(sql: """
                    DROP TABLE ticket_articles;
                    DELETE FROM grdb_migrations WHERE identifier = 'v2_kb_links';
                    PRAGMA user_version = 1;
                    """)
            }
        }
        let upgraded = try HelpdeskStore(path: path)
        XCTAssertEqual(try upgraded.schemaVersion(), StoreSchema.version, "every migration since version 1 ran")
        let article = try upgraded.addArticle(title: "Upgrade check", body: "ok", category: .other, author: "alice", at: t0)
        try upgraded.addEngineer(StoreFixtures.admin, by: Actor(StoreFixtures.admin), at: t0)
        let created = try upgraded.createTicket(StoreFixtures.draft("upgrade"), by: Actor(StoreFixtures.admin), at: t0)
        XCTAssertTrue(try upgraded.linkArticle(article, toTicket: created.id, by: Actor(StoreFixtures.admin), at: t0))
    }
}
