import Foundation
import HelpdeskCore
@testable import HelpdeskTUI
import XCTest

/// The tab bar with saved views: names shrink, then the bar scrolls around the active tab; it
/// always fits the width, Chinese names measured by display width.
final class SavedViewTabsTests: XCTestCase {
    private let counts: [QueueView: Int] = [.mine: 12, .unassigned: 5, .open: 1234, .atRisk: 8, .escalated: 3, .pending: 4, .resolved: 56]

    private func views(_ names: [String], shared: Set<String> = []) -> [SavedView] {
        names.enumerated().map { index, name in
            SavedView(id: Int64(index + 1), owner: "lin", name: name, base: .open, filter: name, sort: .due,
                      isShared: shared.contains(name), createdAt: Date(timeIntervalSince1970: 0))
        }
    }

    private let many = ["打印机", "VPN 远程办公", "财务部 ERP 宕机问题跟踪", "P1 at risk", "邮箱", "Windows 更新蓝屏", "门禁", "会议室投影仪", "新员工入职", "钓鱼邮件"]

    private func assertFits(_ tabs: [QueueTab], width: Int, file: StaticString = #filePath, line: UInt = #line) {
        guard let last = tabs.last else { return XCTFail("no tabs", file: file, line: line) }
        XCTAssertLessThanOrEqual(last.x + last.width, width, "the bar overflows", file: file, line: line)
        for (a, b) in zip(tabs, tabs.dropFirst()) { XCTAssertEqual(a.x + a.width, b.x, "tabs touch", file: file, line: line) }
        for tab in tabs { XCTAssertEqual(tab.text.displayWidth, tab.width, file: file, line: line) }
    }

    func testTwoViewsFitWithFullTitlesAt200AndShortNamesAt120() {
        let saved = views(["打印机", "VPN"], shared: ["VPN"])
        let wide = QueueTabs.layout(counts: counts, active: .open, width: 200, saved: saved, savedCounts: [1: 7, 2: 1000])
        XCTAssertEqual(wide.map(\.text).suffix(3), [" 7 Recently resolved 56 ", " 8 打印机 7 ", " 9 @VPN 999+ "])
        assertFits(wide, width: 200)
        let medium = QueueTabs.layout(counts: counts, active: .open, width: 120, saved: saved, savedCounts: [1: 7, 2: 3])
        assertFits(medium, width: 120)
        XCTAssertEqual(medium.count, 9, "nothing scrolls away at 120 columns")
        XCTAssertEqual(medium[2].text, " 3 Open 1234 ")
        XCTAssertEqual(medium[2].isActive, true)
    }

    func testManyCJKNamedViewsAt120AreElidedThenScrolled() {
        let saved = views(many)
        let tabs = QueueTabs.layout(counts: counts, active: .open, width: 120, saved: saved, activeSaved: 3)
        assertFits(tabs, width: 120)
        let active = tabs.first(where: \.isActive)
        XCTAssertEqual(active?.savedViewID, 3, "the active saved view is always in view")
        XCTAssertTrue(active!.text.contains(" 财务部… "), "elided to eight columns, no dangling space: \(active!.text)")
        XCTAssertTrue(tabs.last!.text.hasSuffix("›"), "more tabs lie to the right: \(tabs.last!.text)")
        XCTAssertEqual(tabs.first?.view, .mine, "the start is kept while the active tab fits with it")
    }

    func testAt80ColumnsTheBarScrollsToTheActiveTabAndMarksBothEnds() {
        let saved = views(many, shared: ["钓鱼邮件"])
        for active in saved {
            let tabs = QueueTabs.layout(counts: counts, active: .open, width: 80, saved: saved, activeSaved: active.id)
            assertFits(tabs, width: 80)
            XCTAssertEqual(tabs.first(where: \.isActive)?.savedViewID, active.id)
        }
        let last = QueueTabs.layout(counts: counts, active: .open, width: 80, saved: saved, activeSaved: 10)
        XCTAssertTrue(last.first!.text.hasPrefix("‹"), "tabs lie to the left: \(last.first!.text)")
        XCTAssertFalse(last.last!.text.hasSuffix("›"), "the last tab is in view")
        XCTAssertEqual(last.last!.text, " @钓鱼邮… ", "past 9 a tab has no number key, so it shows none; the name is elided")
        let first = QueueTabs.layout(counts: counts, active: .mine, width: 80, saved: saved)
        XCTAssertEqual(first.first?.view, .mine)
        XCTAssertTrue(first.first!.isActive)
        XCTAssertTrue(first.last!.text.hasSuffix("›"))
    }

    func testAnActiveIDThatIsNotListedLeavesTheBaseViewActive() {
        let tabs = QueueTabs.layout(counts: counts, active: .open, width: 200, saved: views(["打印机"]), activeSaved: 42)
        XCTAssertEqual(tabs.filter(\.isActive).map(\.view), [.open])
        XCTAssertNil(tabs.first(where: \.isActive)?.savedViewID)
    }

    func testHostileNamesAreSanitisedBeforeTheyAreMeasured() {
        let saved = [SavedView(id: 1, owner: "x", name: "a\u{1B}[2Jb", base: .open, filter: "", sort: .due, isShared: false,
                               createdAt: Date(timeIntervalSince1970: 0))]
        let tabs = QueueTabs.layout(counts: counts, active: .open, width: 200, saved: saved)
        XCTAssertFalse(tabs.last!.text.contains("\u{1B}"))
    }

    func testTabsAtEightyColumnsInTheConsole() {
        let source = Fixtures.source()
        source.savedViewBook.views = views(many, shared: ["VPN 远程办公"])
        let (app, terminal) = Fixtures.console(cols: 80, rows: 24, source: source)
        app.handle(.char("9"))
        assertGolden(terminal.text(), named: "saved-views-many-80x24")
        app.handle(.right)
        app.handle(.right)
        app.handle(.right)
        XCTAssertEqual(app.state.activeSavedView?.name, "邮箱")
        XCTAssertTrue(terminal.text()[0].contains("邮箱"), terminal.text()[0])
        assertGolden(terminal.text(), named: "saved-views-scrolled-80x24")
    }
}
