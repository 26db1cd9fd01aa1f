import Foundation
import HelpdeskCore
@testable import HelpdeskTUI
import XCTest

/// The reports pane: keys, periods, loading through the console, and its screens.
final class ReportsPaneTests: XCTestCase {
    private let size80 = TerminalSize(rows: 24, cols: 80)

    func testPOpensAndEscClosesGivingTheFocusBack() {
        var state = ConsoleState(user: "lin", role: .lead, size: size80)
        _ = state.update(with: .char("P"))
        XCTAssertEqual(state.focus, .reports)
        XCTAssertTrue(state.reports.isOpen)
        _ = state.update(with: .escape)
        XCTAssertEqual(state.focus, .queue)
        XCTAssertFalse(state.reports.isOpen)
        _ = state.update(with: .function(6))
        XCTAssertEqual(state.focus, .reports)
        _ = state.update(with: .char("P"))
        XCTAssertEqual(state.focus, .queue, "P toggles")
    }

    func testPeriodKeysAndTheirDays() {
        var state = ConsoleState(user: "lin", role: .lead, size: size80)
        _ = state.update(with: .char("P"))
        let today = LocalDate("2026-11-19")!   // a Thursday
        let utc = TimeZone(identifier: "UTC")!
        XCTAssertEqual(state.reports.request(today: today, timeZone: utc), ReportRequest(from: LocalDate("2026-11-01")!, to: today, timeZoneID: utc.identifier))
        _ = state.update(with: .char("w"))
        XCTAssertEqual(state.reports.request(today: today, timeZone: utc).from, LocalDate("2026-11-16"), "weeks start on Monday")
        _ = state.update(with: .char("D"))
        XCTAssertEqual(state.reports.request(today: today, timeZone: utc).from, LocalDate("2026-10-21"), "30 days including today")
        _ = state.update(with: .char("m"))
        XCTAssertEqual(state.reports.range, .thisMonth)
    }

    func testCustomPeriodIsCheckedAndKeepsWhatWasTyped() {
        var state = ConsoleState(user: "lin", role: .lead, size: size80)
        _ = state.update(with: .char("P"))
        _ = state.update(with: .char("C"))
        for c in "2026-11-30 2026-11-01" { _ = state.update(with: .char(c)) }
        _ = state.update(with: .enter)
        XCTAssertEqual(state.message?.kind, .error)
        XCTAssertTrue(state.message?.text.contains("ends earlier") == true, state.message?.text ?? "")
        XCTAssertEqual(state.reports.customText, "2026-11-30 2026-11-01", "nothing typed is lost")
        for _ in 0..<21 { _ = state.update(with: .backspace) }
        for c in "2026-10-01 2026-10-31" { _ = state.update(with: .char(c)) }
        _ = state.update(with: .enter)
        XCTAssertNil(state.reports.customText)
        XCTAssertEqual(state.reports.range, .custom(LocalDate("2026-10-01")!, LocalDate("2026-10-31")!))
        _ = state.update(with: .char("C"))
        for c in "yesterday today" { _ = state.update(with: .char(c)) }
        _ = state.update(with: .enter)
        XCTAssertTrue(state.message?.text.contains("is not a date") == true, state.message?.text ?? "")
        _ = state.update(with: .escape)
        XCTAssertNil(state.reports.customText)
        XCTAssertEqual(state.focus, .reports, "Esc leaves the typing, not the pane")
    }

    func testTicketActionsAreNotRunFromThePane() {
        var state = ConsoleState(user: "lin", role: .lead, size: size80)
        _ = state.update(with: .char("P"))
        XCTAssertEqual(state.update(with: .char("t")), [])
        XCTAssertNil(state.flow)
        XCTAssertEqual(state.message?.text, "Close the reports (Esc) to work on tickets")
        XCTAssertEqual(state.update(with: .char("q")), [.quit])
    }

    func testConsoleLoadsTheReportOffTheKeyLoop() throws {
        let (app, terminal) = Fixtures.console(cols: 80, rows: 24)
        app.handle(.char("P"))
        var tries = 0
        while app.state.reports.report == nil, tries < 200 {
            Thread.sleep(forTimeInterval: 0.01)
            app.tick()
            tries += 1
        }
        let report = try XCTUnwrap(app.state.reports.report)
        XCTAssertEqual(report.from, "2026-03-01")
        XCTAssertEqual(report.to, "2026-03-02")
        XCTAssertEqual(report.total.created, Fixtures.rows.count, "every fixture ticket was created on 2026-03-02")
        XCTAssertTrue(terminal.text()[0].contains("This month: 2026-03-01 – 2026-03-02"), terminal.text()[0])
    }

    func testFailureIsShownInThePane() {
        let source = Fixtures.source()
        let (app, terminal) = Fixtures.console(cols: 80, rows: 24, source: source)
        source.fail(with: "disk I/O error")
        app.handle(.char("P"))
        for _ in 0..<200 where app.state.reports.report == nil {
            if case .failed = app.state.reports.status { break }
            Thread.sleep(forTimeInterval: 0.01)
            app.tick()
        }
        XCTAssertTrue(terminal.text().contains { $0.contains("Cannot compute the report: disk I/O error") }, terminal.text().joined(separator: "\n"))
    }

    func testCharts() {
        XCTAssertEqual(Charts.bar(8, of: 8, width: 2), "██")
        XCTAssertEqual(Charts.bar(3, of: 8, width: 2), "▊", "6 of 16 eighths")
        XCTAssertEqual(Charts.bar(1, of: 1000, width: 10), "▏", "a non-zero value is never invisible")
        XCTAssertEqual(Charts.bar(0, of: 8, width: 4), "")
        XCTAssertEqual(Charts.sparkline([0, 1, 2, 4, 8], width: 10), " ▁▂▄█")
        XCTAssertEqual(Charts.sparkline([0, 0], width: 10), "  ")
        XCTAssertEqual(Charts.merged([1, 2, 3, 4, 5, 6], into: 3), [3, 7, 11])
    }

    func testGoldenScreens() throws {
        for (cols, rows) in [(80, 24), (120, 40)] {
            let terminal = HeadlessTerminal(size: TerminalSize(rows: rows, cols: cols))
            var state = ConsoleState(user: "lin", role: .lead, size: terminal.size)
            _ = state.update(with: .char("P"))
            state.sla = SLASummary(breached: 2, atRisk: 1)
            let request = ReportRequest(from: LocalDate("2026-11-01")!, to: LocalDate("2026-11-07")!, timeZoneID: "Asia/Shanghai")
            state.reports.range = .custom(request.from, request.to)
            state.reports.status = .loaded(try ReportPaneFixtures.report(request), request, seconds: 0.04)
            ScreenRenderer(timeZone: Fixtures.shanghai).render(state, now: Fixtures.now, on: terminal)
            assertGolden(terminal.text(), named: "reports-\(cols)x\(rows)")
        }
    }
}
