@testable import HelpdeskTUI
import XCTest

final class KBLayoutTests: XCTestCase {
    func testBelowTwoHundredColumnsItCoversTheBody() throws {
        for (cols, rows) in [(80, 24), (120, 40), (199, 50)] {
            let plain = Layout.compute(cols: cols, rows: rows)
            let layout = Layout.compute(cols: cols, rows: rows, showDetail: false, showKB: true)
            XCTAssertEqual(layout.kbPlacement, .full)
            XCTAssertEqual(layout.kb, Rect(x: 0, y: 1, width: cols, height: rows - 3))
            XCTAssertEqual(layout.queue, plain.queue, "the queue keeps its place underneath")
            XCTAssertNil(layout.kbDivider)
        }
    }

    func testFromTwoHundredColumnsItIsAThirdColumn() throws {
        for cols in [200, 240, 300, 400] {
            let layout = Layout.compute(cols: cols, rows: 50, showDetail: false, showKB: true)
            XCTAssertEqual(layout.kbPlacement, .column)
            let kb = try XCTUnwrap(layout.kb)
            let detail = try XCTUnwrap(layout.detail)
            let kbDivider = try XCTUnwrap(layout.kbDivider)
            XCTAssertEqual(layout.queue.width + 1 + detail.width + 1 + kb.width, cols, "\(cols): the columns fill the width")
            XCTAssertEqual(detail.x, layout.queue.maxX + 1)
            XCTAssertEqual(kbDivider.x, detail.maxX)
            XCTAssertEqual(kb.x, kbDivider.x + 1)
            XCTAssertGreaterThanOrEqual(layout.queue.width, 78, "\(cols): the queue keeps room for its columns")
            XCTAssertGreaterThanOrEqual(kb.width, 60)
        }
    }

    func testClosedOrTooSmallHasNoPane() {
        XCTAssertNil(Layout.compute(cols: 200, rows: 50, showDetail: false, showKB: false).kb)
        let small = Layout.compute(cols: 70, rows: 20, showDetail: false, showKB: true)
        XCTAssertTrue(small.isTooSmall)
        XCTAssertNil(small.kb)
    }

    func testPaneSideBySideWhenWideStackedWhenNarrow() {
        let wide = KBPaneLayout.compute(Rect(x: 0, y: 1, width: 120, height: 37))
        XCTAssertTrue(wide.isSideBySide)
        XCTAssertEqual(wide.visibleResults, 17)
        XCTAssertEqual(wide.article.y, wide.results.y)
        XCTAssertLessThan(wide.results.maxX, wide.divider.x + 1)
        XCTAssertLessThan(wide.divider.x, wide.article.x)
        XCTAssertLessThanOrEqual(wide.article.maxX, 120)

        let narrow = KBPaneLayout.compute(Rect(x: 140, y: 1, width: 60, height: 47))
        XCTAssertFalse(narrow.isSideBySide)
        XCTAssertEqual(narrow.results.height % 2, 0, "whole results only")
        XCTAssertEqual(narrow.divider.y, narrow.results.maxY)
        XCTAssertEqual(narrow.article.y, narrow.divider.y + 1)
        XCTAssertEqual(narrow.article.maxY, 48)
        XCTAssertEqual(narrow.search.x, 141, "a one-column margin")
    }
}
