import Foundation
import GRDB
import HelpdeskCore
@testable import HelpdeskStore
import XCTest

/// Every queue page must be read off an index in order: no table scan, no sort of the whole view.
final class QueuePlanTests: XCTestCase {
    private let now = StoreFixtures.monday10

    private func plan(_ store: HelpdeskStore, _ plan: QueuePlan) throws -> [String] {
        let page = plan.pageSQL(limit: 50, offset: 0)
        return try store.writer.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + page.sql, arguments: page.arguments).map { $0["detail"] as String }
        }
    }

    private func assertReadInIndexOrder(_ details: [String], _ label: String, file: StaticString = #filePath, line: UInt = #line) {
        let text = details.joined(separator: " | ")
        XCTAssertFalse(text.contains("TEMP B-TREE"), "\(label) sorts: \(text)", file: file, line: line)
        for detail in details where detail.hasPrefix("SCAN") {
            XCTAssertTrue(detail.contains("USING INDEX queue_") || detail.contains("USING COVERING INDEX queue_"),
                          "\(label) scans the table: \(text)", file: file, line: line)
        }
        XCTAssertTrue(text.contains("queue_"), "\(label) uses no queue index: \(text)", file: file, line: line)
    }

    func testEveryViewAndSortReadsItsIndexInOrder() throws {
        let store = try HelpdeskStore.temporary()
        for view in QueueView.allCases where view != .resolved {
            for sort in QueueSort.allCases {
                for filter in ["", "打印机", "123"] {
                    var queuePlan = QueuePlan(view: view, login: "alice", sort: sort, now: now, atRiskIsDense: true)
                    queuePlan.filter(filter)
                    assertReadInIndexOrder(try plan(store, queuePlan), "\(view)/\(sort)/“\(filter)”")
                }
            }
        }
    }

    func testTimeWindowViewsSearchARangeAndSortOnlyIt() throws {
        let store = try HelpdeskStore.temporary()
        for sort in QueueSort.allCases {
            let resolved = try plan(store, QueuePlan(view: .resolved, login: "alice", sort: sort, now: now, atRiskIsDense: false))
            XCTAssertTrue(resolved.contains { $0.contains("SEARCH t USING INDEX queue_resolved (resolved_at>?)") }, "\(resolved)")
            let sparse = try plan(store, QueuePlan(view: .atRisk, login: "alice", sort: sort, now: now, atRiskIsDense: false))
            XCTAssertTrue(sparse.contains { $0.contains("SEARCH t USING INDEX queue_at_risk (risk_at<?)") }, "\(sparse)")
        }
    }

    func testIdFilterLooksUpTheKey() throws {
        let store = try HelpdeskStore.temporary()
        var queuePlan = QueuePlan(view: .open, login: "alice", sort: .due, now: now, atRiskIsDense: false)
        queuePlan.filter("#42")
        let details = try plan(store, queuePlan)
        XCTAssertTrue(details.contains { $0.contains("SEARCH t USING INTEGER PRIMARY KEY (rowid=?)") }, "\(details)")
    }

    func testCountsUseIndexesOrCounters() throws {
        let store = try HelpdeskStore.temporary()
        let details = try store.writer.read { db in
            try Row.fetchAll(db, sql: """
                EXPLAIN QUERY PLAN SELECT COUNT(*) FROM (SELECT 1 FROM tickets INDEXED BY queue_at_risk WHERE open = 1 AND risk_at <= ?)
                """, arguments: [now.timeIntervalSince1970]).map { $0["detail"] as String }
        }
        XCTAssertTrue(details.contains { $0.contains("COVERING INDEX queue_at_risk") }, "\(details)")
        XCTAssertFalse(details.contains { $0.hasPrefix("SCAN tickets") && !$0.contains("INDEX") }, "\(details)")
    }
}
