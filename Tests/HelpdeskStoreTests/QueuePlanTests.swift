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
        for view in QueueView.allCases {
            for sort in QueueSort.allCases {
                for filter in ["", "打印机", "123"] {
                    var queuePlan = QueuePlan(view: view, login: "alice", sort: sort, now: now, atRiskIsDense: true)
                    queuePlan.filter(filter)
                    assertReadInIndexOrder(try plan(store, queuePlan), "\(view)/\(sort)/“\(filter)”")
                }
            }
        }
    }

    func testSparseAtRiskSearchesItsRangeAndSortsOnlyThat() throws {
        let store = try HelpdeskStore.temporary()
        for sort in QueueSort.allCases {
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

    func testTimeDependentCountsReadOnlyAnIndexRange() throws {
        let store = try HelpdeskStore.temporary()
        func details(_ sql: String) throws -> String {
            try store.writer.read { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: [now.timeIntervalSince1970])
                    .map { $0["detail"] as String }.joined(separator: " | ")
            }
        }
        let atRisk = try details("SELECT COUNT(*) FROM tickets INDEXED BY queue_at_risk WHERE open = 1 AND risk_at >= ?1 AND risk_at <= ?1")
        XCTAssertTrue(atRisk.contains("SEARCH tickets USING COVERING INDEX queue_at_risk (risk_at>? AND risk_at<?)"), atRisk)
        let resolved = try details("SELECT COUNT(*) FROM tickets INDEXED BY queue_resolved_by_due WHERE major IN (0, 1) AND resolved_at >= ?")
        XCTAssertTrue(resolved.contains("SEARCH tickets USING COVERING INDEX queue_resolved_by_due (major=? AND resolved_at>?)"), resolved)
    }
}
