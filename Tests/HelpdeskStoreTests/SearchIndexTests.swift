import Foundation
import GRDB
import HelpdeskCore
@testable import HelpdeskStore
import XCTest

/// The character-and-pair index behind the queue filter and the knowledge base.
final class SearchIndexTests: XCTestCase {
    private let t0 = StoreFixtures.monday10
    private let lead = Actor(StoreFixtures.lead)
    /// Owns the temporary folder, which goes when this store does.
    private var owner: HelpdeskStore?

    override func tearDown() {
        owner = nil
    }

    func testMatchAsksForEveryPairOfEveryTerm() {
        XCTAssertEqual(TermMatch.pairs(["打印机"]), "\"打印\" AND \"印机\"")
        XCTAssertEqual(TermMatch.pairs(["网"]), "\"网\"", "one character is its own token")
        XCTAssertEqual(TermMatch.pairs(["VPN", "无法"]), "\"vp\" AND \"pn\" AND \"无法\"", "lower-cased, all terms")
        XCTAssertEqual(TermMatch.pairs(["aaaa"]), "\"aa\"", "a repeated pair is asked for once")
        XCTAssertEqual(TermMatch.pairs(["a\"b"]), "\"a\"\"\" AND \"\"\"b\"", "quotes are doubled inside the FTS string")
        XCTAssertNil(TermMatch.pairs([]))
        XCTAssertNil(TermMatch.pairs(["\u{0}"]), "NUL would end the FTS string, so it is never asked for")
        XCTAssertEqual(TermMatch.trigrams(["Interest"]), "\"int\" AND \"nte\" AND \"ter\" AND \"ere\" AND \"res\" AND \"est\"")
        XCTAssertEqual(TermMatch.trigrams(["打印机", "vpn"], openOnly: true), "\"\u{1}\u{1}\u{1}\" AND \"打印机\" AND \"vpn\"")
        XCTAssertEqual(QueuePlan.candidates(["网络", "vpn"], openOnly: false)?.table, "ticket_trigrams", "a long term picks the trigrams")
        XCTAssertEqual(QueuePlan.candidates(["网络", "pc"], openOnly: false)?.table, "ticket_grams")
    }

    func testTokenizerCutsWordsIntoCharactersAndPairs() throws {
        let store = try HelpdeskStore.temporary()
        let tokens = try store.writer.read { db in
            try db.makeTokenizer(FTS5TokenizerDescriptor(components: [NGramTokenizer.name])).tokenize(document: "Ab 打印\nÉ Ｐ한Ꙁ").map(\.token)
        }
        XCTAssertEqual(tokens, ["a", "b", "ab", "打", "印", "打印", "é", "ｐ", "한", "ｐ한", "ꙁ", "한ꙁ"],
                       "lower-cased in every script; no pair across a space or a line")
    }

    func testPagesNearTheEndAreReadBackwardsAndMatchTheForwardOrder() throws {
        XCTAssertEqual(QueuePlan.reversedOrder("major DESC, due_at, id"), "major, due_at DESC, id DESC")
        let store = try StoreFixtures.teamStore()
        let lead = Actor(StoreFixtures.lead)
        for n in 0..<23 {
            let id = try store.createTicket(StoreFixtures.draft("工单 \(n)", impact: Level.allCases[n % 4], major: n % 7 == 0),
                                            by: lead, at: t0 + Double(n * 60)).id
            if n % 3 == 0 { _ = try store.perform(.assign(to: "alice", reason: nil), on: id, expectedVersion: nil, by: lead, at: t0 + 3600) }
        }
        for view in QueueView.allCases {
            for sort in QueueSort.allCases {
                let all = try store.queue(QueueQuery(view: view, login: "alice", sort: sort, limit: 1000, now: t0 + 7200))
                for offset in [0, 5, 12, 17, 20, 22, 30] {
                    let page = try store.queue(QueueQuery(view: view, login: "alice", sort: sort, offset: offset, limit: 5, now: t0 + 7200))
                    XCTAssertEqual(page.rows.map(\.id), Array(all.rows.dropFirst(offset).prefix(5)).map(\.id), "\(view)/\(sort) at \(offset)")
                    XCTAssertEqual(page.total, all.total)
                }
            }
        }
    }

    func testLowerCasingShortcutsAgreeWithLowercased() {
        for text in ["", "already lower 已经小写", "Printer 三楼打印机 VPN", "ÉCOLE", "Straße ΣΑΣ", "Ｐｃ 全角", "한국어 Ꙁ", "x\u{301}X"] {
            XCTAssertEqual(NGramTokenizer.lowercased(text), text.lowercased(), text)
        }
    }

    /// Forty tickets of which three are rare; a probe of one row forces every lookup through the index.
    private func rareDesk() throws -> (HelpdeskStore, [Int64]) {
        let store = try StoreFixtures.teamStore()
        let records = (0..<40).map { n in
            let title = [3, 17, 29].contains(n) ? "鲸鱼座服务器宕机 \(n)" : "Printer jam \(n)"
            return TicketRecord(ticket: Ticket(title: title, description: "", requester: Requester(name: n == 17 ? "欧阳娜娜" : "孙八", contact: "u\(n)@example.cn"),
                                               tags: n == 29 ? ["x光机"] : [], createdAt: t0 + Double(n)))
        }
        let ids = try store.importTickets(records)
        owner = store
        return (try HelpdeskStore(path: store.path, configuration: StoreOptions(filterProbeRows: 1)), ids)
    }

    private func filtered(_ store: HelpdeskStore, _ text: String, view: QueueView = .open) throws -> QueuePage {
        try store.queue(QueueQuery(view: view, login: "alice", sort: .id, filter: text, now: t0 + 60))
    }

    func testRareTermsOfAnyLengthAreFoundThroughTheIndex() throws {
        let (store, ids) = try rareDesk()
        for term in ["鲸", "鲸鱼", "鲸鱼座", "宕机"] {
            let page = try filtered(store, term)
            XCTAssertEqual(page.rows.map(\.id), [ids[29], ids[17], ids[3]], term)
            XCTAssertEqual(page.total, 3, term)
        }
        XCTAssertEqual(try filtered(store, "欧阳").rows.map(\.id), [ids[17]], "a two-character requester name")
        XCTAssertEqual(try filtered(store, "x光").rows.map(\.id), [ids[29]], "a tag")
        XCTAssertEqual(try filtered(store, "座 29").rows.map(\.id), [ids[29]], "every term must match")
        XCTAssertEqual(try filtered(store, "鲸座").rows, [], "pairs that occur apart are no match: instr confirms")
        XCTAssertEqual(try filtered(store, "zz").total, 0)
        XCTAssertEqual(Set(try filtered(store, "\(ids[5])").rows.map(\.id)), [ids[5], ids[6], ids[16], ids[26], ids[36]],
                       "a number is the ticket with that id and every ticket whose text holds it")
        XCTAssertEqual(try filtered(store, "\u{0}").rows, [])
    }

    func testManyCandidatesAreReadFromTheHeadOfTheViewFirst() throws {
        let (_, ids) = try rareDesk()
        let path = try XCTUnwrap(owner?.path)
        // With at most one candidate read directly, "printer" (37 tickets) goes through the probe.
        let probing = try HelpdeskStore(path: path, configuration: StoreOptions(filteredTotalCap: 12, filterProbeRows: 10,
                                                                                filterCandidateReads: 1))
        let dense = try probing.queue(QueueQuery(view: .open, login: "alice", sort: .id, filter: "printer", limit: 5, now: t0 + 60))
        XCTAssertEqual(dense.rows.map(\.id), [ids[39], ids[38], ids[37], ids[36], ids[35]], "the head of the view, in order")
        XCTAssertEqual(dense.total, 12, "the count stops at the cap")
        let sparse = try probing.queue(QueueQuery(view: .open, login: "alice", sort: .id, filter: "鲸鱼", limit: 5, now: t0 + 60))
        XCTAssertEqual(sparse.rows.map(\.id), [ids[29], ids[17], ids[3]], "the probe cannot fill the page: the candidates are read")
        XCTAssertEqual(sparse.total, 3)
    }

    func testShortTermsInAllOpenAreCountedFromTheIndexAlone() throws {
        var plan = QueuePlan(view: .open, login: "alice", sort: .due, now: t0, atRiskIsDense: false)
        plan.filter("鲸鱼")
        XCTAssertTrue(plan.candidatesAreMatches)
        XCTAssertFalse(plan.cappedCountSQL(cap: 10).sql.contains("tickets t"), plan.cappedCountSQL(cap: 10).sql)
        for (view, text) in [(QueueView.open, "鲸鱼座"), (.open, "12"), (.unassigned, "鲸鱼"), (.resolved, "鲸鱼")] {
            var other = QueuePlan(view: view, login: "alice", sort: .due, now: t0, atRiskIsDense: false)
            other.filter(text)
            XCTAssertFalse(other.candidatesAreMatches, "\(view) \(text): candidates must be read and confirmed")
        }
        let (store, ids) = try rareDesk()
        let counted = try HelpdeskStore(path: store.path, configuration: StoreOptions(filteredTotalCap: 2, filterProbeRows: 1,
                                                                                     filterCandidateReads: 0))
        let page = try counted.queue(QueueQuery(view: .open, login: "alice", sort: .id, filter: "鲸鱼", limit: 1, now: t0 + 60))
        XCTAssertEqual(page.rows.map(\.id), [ids[29]])
        XCTAssertEqual(page.total, 2, "counted to the cap on the index")
    }

    func testTheIndexFollowsEditsAndRenames() throws {
        let (store, ids) = try rareDesk()
        _ = try store.perform(.setTags(["独角兽"]), on: ids[8], expectedVersion: nil, by: lead, at: t0 + 30)
        XCTAssertEqual(try filtered(store, "独角").rows.map(\.id), [ids[8]])
        _ = try store.perform(.setTags([]), on: ids[8], expectedVersion: nil, by: lead, at: t0 + 40)
        XCTAssertEqual(try filtered(store, "独角").rows, [], "the old text leaves the index")
        _ = try store.createTicket(StoreFixtures.draft("新问题", requester: "司马光", contact: "u17@example.cn"), by: lead, at: t0 + 50)
        XCTAssertEqual(Set(try filtered(store, "司马").rows.map(\.id)).contains(ids[17]), true, "renamed requester's old ticket")
        XCTAssertEqual(try filtered(store, "欧阳").rows, [])
    }

    func testOpenViewsAskTheIndexForOpenTicketsOnly() throws {
        let (store, ids) = try rareDesk()
        _ = try store.perform(.cancel(reason: "重复"), on: ids[17], expectedVersion: nil, by: lead, at: t0 + 30)
        XCTAssertEqual(try filtered(store, "鲸鱼").rows.map(\.id), [ids[29], ids[3]], "a closed ticket leaves the open views")
        XCTAssertEqual(TermMatch.pairs(["鲸鱼"], openOnly: true), "\"\u{1}\" AND \"鲸鱼\"")
        _ = try store.perform(.setTags(["鲸鱼"]), on: ids[8], expectedVersion: nil, by: lead, at: t0 + 40)
        _ = try store.perform(.cancel(reason: "重复"), on: ids[8], expectedVersion: nil, by: lead, at: t0 + 50)
        let resolved = try store.queue(QueueQuery(view: .resolved, login: "alice", sort: .id, filter: "鲸鱼", now: t0 + 60))
        XCTAssertEqual(resolved.rows.map(\.id), [], "cancelled tickets have no resolution time, so no view shows them")
    }

    func testBulkImportRebuildsTheFilterIndexAndOpeningHealsIt() throws {
        let (store, ids) = try rareDesk()
        var duringLoad: (any Error)?
        var added: [Int64] = []
        try store.bulkImport { importer in
            added = try importer.add([TicketRecord(ticket: Ticket(title: "导入的鲸鱼", description: "",
                                                                  requester: Requester(name: "钱七", contact: "q@example.cn"), createdAt: t0))])
            duringLoad = thrownError { try self.filtered(store, "鲸鱼") }
        }
        XCTAssertEqual(duringLoad as? StoreError, .bulkImportRunning(path: store.path), "a filter while the index is rebuilt says why")
        let expected = added + [ids[29], ids[17], ids[3]]
        XCTAssertEqual(try filtered(store, "鲸鱼").rows.map(\.id), expected)
        try store.writer.write { db in try StoreSchema.dropFilterIndex(db) }
        let reopened = try HelpdeskStore(path: store.path, configuration: StoreOptions(filterProbeRows: 1))
        XCTAssertEqual(try filtered(reopened, "鲸鱼").rows.map(\.id), expected, "opening rebuilds a missing filter index")
    }

    func testKnowledgeBaseRanksTheNewestMatchesByEarliestOccurrence() throws {
        let store = try HelpdeskStore.temporary(options: StoreOptions(searchRankWindow: 2))
        let old = try store.addArticle(title: "Printer offline", body: "Check the cable.", category: .hardware, author: "a", at: t0)
        let late = try store.addArticle(title: "Scanner", body: "Unlike a printer, the scanner…", category: .hardware, author: "a", at: t0 + 60)
        let early = try store.addArticle(title: "Toner", body: "Printer toner is in room 3.", category: .hardware, author: "a", at: t0 + 120)
        XCTAssertEqual(try store.searchArticles("printer", limit: 2).map(\.id), [early, late], "only the two newest matches are ranked")
        let wide = try HelpdeskStore(path: store.path, configuration: StoreOptions(searchRankWindow: 100))
        XCTAssertEqual(try wide.searchArticles("printer").map(\.id), [old, early, late], "a title match comes first")
        XCTAssertEqual(try wide.searchArticles("printer", limit: 1).map(\.id), [old])
    }
}
