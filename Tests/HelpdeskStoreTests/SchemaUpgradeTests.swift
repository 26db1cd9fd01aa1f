import Foundation
import GRDB
import HelpdeskCore
@testable import HelpdeskStore
import XCTest

/// A database written before the search index (schema version 2) is brought to version 3 when opened.
final class SchemaUpgradeTests: XCTestCase {
    private let t0 = StoreFixtures.monday10
    private var owner: HelpdeskStore?

    override func tearDown() {
        owner = nil
    }

    /// Turns a fresh store's file back into what version 2 wrote: no index of characters and
    /// pairs for the filter or the knowledge base, no deadline or resolution counters.
    private func versionTwoDatabase() throws -> String {
        let store = try StoreFixtures.teamStore()
        owner = store
        _ = try store.createTicket(StoreFixtures.draft("鲸鱼座打印机故障", requester: "欧阳娜娜", contact: "oy@example.cn"),
                                   by: Actor(StoreFixtures.lead), at: t0)
        _ = try store.addArticle(title: "网络故障排查", body: "检查网线。", category: .network, author: "alice", at: t0)
        try store.writer.writeWithoutTransaction { db in
            try StoreSchema.dropFilterIndex(db)
            try db.execute(sql: """
                DROP TRIGGER kb_grams_insert; DROP TRIGGER kb_grams_delete; DROP TRIGGER kb_grams_update; DROP TABLE kb_grams;
                DROP TRIGGER queue_counts_resolved_insert; DROP TRIGGER queue_counts_resolved_delete; DROP TRIGGER queue_counts_resolved_update;
                DELETE FROM queue_counts WHERE key LIKE 'due:%' OR key LIKE 'resolved:%';
                DELETE FROM grdb_migrations WHERE identifier = 'v3_search_index_due_counters';
                PRAGMA user_version = 2;
                """)
        }
        return store.path
    }

    func testOpeningUpgradesSearchIndexesAndCounters() throws {
        let path = try versionTwoDatabase()
        let store = try HelpdeskStore(path: path, configuration: StoreOptions(filterProbeRows: 1))
        XCTAssertEqual(try store.schemaVersion(), StoreSchema.version, "every migration since version 2 ran")
        let page = try store.queue(QueueQuery(view: .open, login: "alice", filter: "欧阳", now: t0))
        XCTAssertEqual(page.rows.map(\.title), ["鲸鱼座打印机故障"], "the filter index was built from the existing tickets")
        XCTAssertEqual(try store.searchArticles("网络").map(\.title), ["网络故障排查"], "two characters, through the new index")
        XCTAssertEqual(try store.slaStanding(now: t0 + 3600).breached, 1, "deadline counters recounted")
        XCTAssertEqual(try store.counts(login: "alice", now: t0)[.resolved], 0)
        XCTAssertEqual(try store.writer.read { db in try StoreSchema.countTriggersMissing(db) }, false, "resolution counters kept from now on")
    }
}
