import HelpdeskCore
import HelpdeskTUI
import XCTest

final class LayoutTests: XCTestCase {
    func testMinimum80x24HasEveryRegionAndNoDetail() {
        let layout = Layout.compute(cols: 80, rows: 24)
        XCTAssertFalse(layout.isTooSmall)
        XCTAssertEqual(layout.header, Rect(x: 0, y: 0, width: 80, height: 1))
        XCTAssertEqual(layout.queue, Rect(x: 0, y: 1, width: 80, height: 21))
        XCTAssertEqual(layout.queueRowCount, 20)
        XCTAssertEqual(layout.hints, Rect(x: 0, y: 22, width: 80, height: 1))
        XCTAssertEqual(layout.status, Rect(x: 0, y: 23, width: 80, height: 1))
        XCTAssertNil(layout.detail)
        XCTAssertEqual(layout.detailPlacement, .hidden)
    }

    func testNarrowScreenPutsRequestedDetailBelowTheQueue() {
        let layout = Layout.compute(cols: 120, rows: 40, showDetail: true)
        XCTAssertEqual(layout.detailPlacement, .below)
        XCTAssertEqual(layout.queue, Rect(x: 0, y: 1, width: 120, height: 22))
        XCTAssertEqual(layout.divider, Rect(x: 0, y: 23, width: 120, height: 1))
        XCTAssertEqual(layout.detail, Rect(x: 0, y: 24, width: 120, height: 14))
        XCTAssertEqual(layout.detail?.maxY, layout.hints.y, "detail ends where the hint bar starts")
    }

    func testNarrowScreenWithoutDetailGivesTheQueueEverything() {
        let layout = Layout.compute(cols: 120, rows: 40)
        XCTAssertEqual(layout.queue, Rect(x: 0, y: 1, width: 120, height: 37))
        XCTAssertNil(layout.divider)
    }

    func testWideScreenAlwaysShowsDetailOnTheRight() {
        for showDetail in [false, true] {
            let layout = Layout.compute(cols: 250, rows: 70, showDetail: showDetail)
            XCTAssertEqual(layout.detailPlacement, .right)
            XCTAssertEqual(layout.detail, Rect(x: 150, y: 1, width: 100, height: 67))
            XCTAssertEqual(layout.divider, Rect(x: 149, y: 1, width: 1, height: 67))
            XCTAssertEqual(layout.queue, Rect(x: 0, y: 1, width: 149, height: 67))
            XCTAssertEqual(layout.queueRowCount, 66)
        }
    }

    func testSideBySideStartsAt160Columns() {
        XCTAssertEqual(Layout.compute(cols: 159, rows: 40).detailPlacement, .hidden)
        let layout = Layout.compute(cols: 160, rows: 40)
        XCTAssertEqual(layout.detailPlacement, .right)
        XCTAssertEqual(layout.detail?.width, 64)
        XCTAssertEqual(layout.queue.width + 1 + (layout.detail?.width ?? 0), 160)
    }

    func testBelowMinimumIsTooSmall() {
        for (cols, rows) in [(79, 24), (80, 23), (40, 10), (0, 0)] {
            let layout = Layout.compute(cols: cols, rows: rows)
            XCTAssertTrue(layout.isTooSmall, "\(cols)x\(rows)")
            XCTAssertEqual(layout.queueRowCount, 0)
            XCTAssertNil(layout.detail)
        }
    }

    func testQueueColumnsAt80DropCategoryAndKeepTitleRoom() {
        let spans = QueueColumns.compute(width: 80)
        XCTAssertFalse(spans.contains { $0.column == .category })
        let title = spans.first { $0.column == .title }!
        XCTAssertEqual(title.x + title.width, 80)
        XCTAssertGreaterThanOrEqual(title.width, 24)
    }

    func testQueueColumnsAt120KeepEverything() {
        let spans = QueueColumns.compute(width: 120)
        XCTAssertEqual(spans.map(\.column), QueueColumn.allCases)
        for (a, b) in zip(spans, spans.dropFirst()) {
            XCTAssertEqual(a.x + a.width + 1, b.x, "\(a.column) and \(b.column) are one space apart")
        }
        XCTAssertEqual(spans.last.map { $0.x + $0.width }, 120)
    }

    func testQueueColumnsWidenRequesterOnWideQueues() {
        let spans = QueueColumns.compute(width: 149)
        XCTAssertEqual(spans.first { $0.column == .requester }?.width, 16)
        XCTAssertEqual(spans.first { $0.column == .assignee }?.width, 12)
    }

    func testTabsShortenUntilTheyFit() {
        let counts: [QueueView: Int] = [.mine: 3, .unassigned: 12, .open: 140, .atRisk: 7, .escalated: 2, .pending: 5, .resolved: 30]
        let wide = QueueTabs.layout(counts: counts, active: .open, width: 200)
        XCTAssertEqual(wide[2].text, " 3 All open 140 ")
        XCTAssertTrue(wide[2].isActive)
        let medium = QueueTabs.layout(counts: counts, active: .open, width: 120)
        XCTAssertEqual(medium[3].text, " 4 At risk 7 ")
        let narrow = QueueTabs.layout(counts: counts, active: .open, width: 80)
        XCTAssertEqual(narrow[1].text, " 2 Unas 12 ")
        XCTAssertLessThanOrEqual(narrow.last!.x + narrow.last!.width, 80)
        XCTAssertEqual(QueueTabs.view(at: narrow[4].x, in: narrow), .escalated)
        XCTAssertNil(QueueTabs.view(at: 79, in: narrow))
    }
}
