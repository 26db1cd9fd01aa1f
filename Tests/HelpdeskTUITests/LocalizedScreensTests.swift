import Foundation
import HelpdeskCore
@testable import HelpdeskTUI
import XCTest

/// The main screens rendered in Simplified Chinese: golden screens at 120×40 and 80×24, and a
/// failure for any interface string looked up without a Chinese entry while drawing them.
final class LocalizedScreensTests: XCTestCase {
    override func setUp() {
        super.setUp()
        L10n.resetMissing()
    }

    override func tearDown() {
        XCTAssertEqual(L10n.missing.sorted(), [], "interface strings without a Chinese entry (add them to Localization/Catalog+*.swift)")
        super.tearDown()
    }

    private func zh(_ body: () throws -> Void) rethrows {
        try L10n.with(.zh, body)
    }

    func testQueueAt120x40And80x24() {
        zh {
            for (cols, rows) in [(120, 40), (80, 24)] {
                let (_, terminal) = Fixtures.console(cols: cols, rows: rows)
                assertGolden(terminal.text(), named: "zh-queue-\(cols)x\(rows)")
                let lines = terminal.text()
                XCTAssertTrue(lines[0].contains("全部未结") || lines[0].contains("全部"), "the tabs are in Chinese: \(lines[0])")
                XCTAssertLessThanOrEqual(lines[0].displayWidth, cols)
                XCTAssertTrue(lines.contains { $0.contains("处理中") || $0.contains("已分配") || $0.contains("新建") }, "statuses in Chinese")
            }
        }
    }

    func testTheStatusColumnLinesUpAfterChineseStatusNames() {
        zh {
            let (_, terminal) = Fixtures.console(cols: 120, rows: 40)
            let columns = QueueColumns.compute(width: 120)
            guard let sla = columns.first(where: { $0.column == .sla }) else { return XCTFail("no SLA column") }
            for y in 2..<terminal.size.rows - 2 where terminal.text()[y].contains("#10") {
                XCTAssertEqual(terminal.screen.cell(y: y, x: sla.x)?.isContinuation, false, "row \(y): a status spills into the SLA column")
            }
        }
    }

    func testDetailAt120x40And80x24() {
        zh {
            let (app, terminal, _) = DetailFixtures.console(cols: 120, rows: 40)
            app.handle(.enter)
            assertGolden(terminal.text(), named: "zh-detail-120x40")
            XCTAssertTrue(terminal.text().contains { $0.contains("优先级") }, "field labels in Chinese")
            let (small, narrow, _) = DetailFixtures.console(cols: 80, rows: 24)
            small.type([.char("d"), .char("j")])
            assertGolden(narrow.text(), named: "zh-detail-80x24")
        }
    }

    func testHelpOverlayAndPalette() {
        zh {
            let (app, terminal) = Fixtures.console(cols: 120, rows: 40)
            app.handle(.char("?"))
            assertGolden(terminal.text(), named: "zh-help-120x40")
            app.handle(.char("x"))
            for key: Key in [.char(":"), .char("k"), .char("b")] { app.handle(key) }
            assertGolden(terminal.text(), named: "zh-palette-120x40")
        }
    }

    func testNewTicketFormAndStatusPicker() {
        zh {
            let (app, terminal, _) = DetailFixtures.console(cols: 120, rows: 40)
            app.handle(.char("c"))
            app.type("打印机卡纸")
            app.handle(.enter)
            app.type("王伟")
            assertGolden(terminal.text(), named: "zh-form-120x40")
            let (other, screen, _) = DetailFixtures.console(cols: 120, rows: 40)
            other.handle(.char("S"))
            XCTAssertNotNil(other.state.flow, "the status picker opened")
            assertGolden(screen.text(), named: "zh-status-picker-120x40")

        }
    }

    func testKnowledgeBasePane() {
        zh {
            let (app, terminal, _) = KBFixtures.consoleWithKB(cols: 120, rows: 40)
            for key: Key in [.char("打"), .char("印")] { app.handle(key) }
            assertGolden(terminal.text(), named: "zh-kb-120x40")
        }
    }

    func testTeamBoardAt120x40And80x24() {
        zh {
            for (cols, rows) in [(120, 40), (80, 24)] {
                let source = DetailFixtures.source()
                source.teamData.onShift = ["alice", "bob", "dave", "lin"]
                source.teamData.staleMinutes = 20
                let (app, terminal, _) = DetailFixtures.console(cols: cols, rows: rows, source: source)
                app.type([.char("B"), .char("j"), .tab, .char(" ")])
                assertGolden(terminal.text(), named: "zh-team-board-\(cols)x\(rows)")
            }
        }
    }

    func testHandoverScreen() {
        zh {
            let source = Fixtures.source()
            let at = Fixtures.now.addingTimeInterval(-1800)
            let builder = HandoverSnapshotBuilder(now: at, since: at.addingTimeInterval(-12 * 3600), limit: 5)
            let snapshot = builder.build(open: Fixtures.rows, resolved: [], unassigned: 3,
                                         engineers: [Engineer(login: "alice", name: "Alice", loadCap: 4)], openByEngineer: ["alice": 4])
            source.handoverBook.add(Handover(author: "wang", createdAt: at, shiftLabel: "夜班", note: "全楼网络中断 #1042 仍在处理",
                                             snapshot: snapshot))
            let (app, terminal) = Fixtures.console(cols: 120, rows: 40, source: source)
            assertGolden(terminal.text(), named: "zh-handover-pending-120x40")
            app.handle(.escape)
            app.handle(.char("H"))
            assertGolden(terminal.text(), named: "zh-handover-list-120x40")
        }
    }

    func testReportsAt120x40And80x24() throws {
        try zh {
            for (cols, rows) in [(80, 24), (120, 40)] {
                let terminal = HeadlessTerminal(size: TerminalSize(rows: rows, cols: cols))
                var state = ConsoleState(user: "lin", role: .lead, size: terminal.size)
                _ = state.update(with: .char("P"))
                state.sla = SLASummary(breached: 2, atRisk: 1)
                let request = ReportRequest(from: LocalDate("2026-11-01")!, to: LocalDate("2026-11-07")!, timeZoneID: "Asia/Shanghai")
                state.reports.range = .custom(request.from, request.to)
                state.reports.status = .loaded(try ReportPaneFixtures.report(request), request, seconds: 0.04)
                ScreenRenderer(timeZone: Fixtures.shanghai).render(state, now: Fixtures.now, on: terminal)
                assertGolden(terminal.text(), named: "zh-reports-\(cols)x\(rows)")
            }
        }
    }

    /// Every key title, hint word and view name has Chinese, whether or not a screen above showed it.
    func testEveryRegistryTitleAndHintHasChinese() {
        zh {
            for command in CommandRegistry.standard.commands {
                _ = tr(command.title)
                if let hint = command.hint { _ = tr(hint) }
            }
            for pane in Pane.allCases {
                _ = CommandRegistry.standard.helpLines(for: pane)
                _ = CommandPalette.candidates(in: .standard, pane: pane)
            }
            for view in QueueView.allCases { _ = QueueTabs.layout(counts: [view: 1], active: view, width: 40) }
            for column in QueueColumn.allCases { _ = tr(column.heading) }
        }
    }

    /// The English screens are the keys themselves: nothing is looked up, nothing recorded.
    func testEnglishNeedsNoCatalog() {
        let (_, terminal) = Fixtures.console(cols: 120, rows: 40)
        XCTAssertTrue(terminal.text()[0].contains("3 Open 10"), terminal.text()[0])
        XCTAssertEqual(L10n.missing, [])
    }
}
