import Foundation
import HelpdeskCore
import HelpdeskTUI
import XCTest

final class ConsoleAppTests: XCTestCase {
    /// A clock the test moves by hand.
    final class Clock {
        var now = Fixtures.now
    }

    private func console(cols: Int = 120, rows: Int = 40, keys: [Key] = []) -> (ConsoleApp, HeadlessTerminal, InMemoryDataSource, Clock) {
        let source = Fixtures.source()
        let clock = Clock()
        let terminal = HeadlessTerminal(size: TerminalSize(rows: rows, cols: cols), keys: keys)
        let app = ConsoleApp(source: source, terminal: terminal,
                             configuration: ConsoleApp.Configuration(user: "lin", role: .lead, timeZone: Fixtures.shanghai),
                             now: { clock.now })
        return (app, terminal, source, clock)
    }

    /// The screen line holding ticket `id`.
    private func line(of id: Int64, in terminal: HeadlessTerminal) -> String? {
        terminal.text().first { $0.contains("#\(id) ") }
    }

    private func column(of text: String, in line: String) -> Int? {
        guard let range = line.range(of: text) else { return nil }
        return DisplayWidth.width(of: line[..<range.lowerBound])
    }

    func testQueriesOnlyTheVisiblePage() {
        let (app, _, source, _) = console(cols: 80, rows: 24)
        app.start()
        let query = source.queries.last
        XCTAssertEqual(query?.offset, 0)
        XCTAssertEqual(query?.limit, 20)
        XCTAssertEqual(query?.view, .open)
        XCTAssertEqual(query?.login, "lin")
    }

    func testAnotherEngineersChangeShowsOnTheNextTick() {
        let (app, terminal, source, _) = console()
        app.start()
        source.update(id: 1043) { $0.title = "打印机已修好 printer fixed" }
        XCTAssertFalse(terminal.text().joined().contains("打印机已修好"))
        app.tick()
        XCTAssertTrue(line(of: 1043, in: terminal)?.contains("打印机已修好 printer fixed") ?? false)
    }

    func testCountdownsTickWithTheClock() {
        let (app, terminal, source, clock) = console()
        app.start()
        XCTAssertTrue(line(of: 1043, in: terminal)?.contains(" 35m ") ?? false)
        let queriesBefore = source.queries.count
        clock.now += 0.5
        app.tick()
        XCTAssertEqual(source.queries.count, queriesBefore, "no query within a second when nothing changed")
        clock.now += 59.5
        app.tick()
        XCTAssertGreaterThan(source.queries.count, queriesBefore)
        XCTAssertEqual(source.queries.last?.view, .open, "the visible page was queried again")
        XCTAssertTrue(line(of: 1043, in: terminal)?.contains(" 34m ") ?? false, line(of: 1043, in: terminal) ?? "")
        XCTAssertTrue(terminal.text().last?.hasSuffix("09:01") ?? false, "the clock in the status bar moves")
    }

    func testColoursFollowTheSLAState() {
        let (app, terminal, _, _) = console()
        app.start()
        app.handle(.char("j"))
        let rows = terminal.text()
        func style(of id: Int64, text: String) -> Style? {
            guard let y = rows.firstIndex(where: { $0.contains("#\(id) ") }), let x = column(of: text, in: rows[y]) else { return nil }
            return terminal.screen.cell(y: y, x: x)?.style
        }
        XCTAssertEqual(style(of: 1042, text: "-1h20m"), Style(.slaBreached))
        XCTAssertEqual(style(of: 1048, text: "50m"), Style(.slaAtRisk))
        XCTAssertEqual(style(of: 1044, text: "2h05m"), Style(.slaOK))
        XCTAssertEqual(style(of: 1042, text: "P1"), Style(.priorityP1))
        XCTAssertEqual(style(of: 1042, text: "!"), Style(.majorIncident))
        XCTAssertEqual(style(of: 1052, text: "-10m"), Style(.selection), "the selected row is drawn as selected")
        XCTAssertEqual(style(of: 1052, text: "Phishing"), Style(.selection))
    }

    func testNoRawControlCharacterReachesTheScreen() {
        let (app, terminal, _, _) = console(cols: 200, rows: 50)
        app.start()
        for _ in 0..<7 { app.handle(.char("j")) }
        XCTAssertTrue(terminal.text().joined().contains("␛[31mURGENT␛[0m new keyboard please␇"))
        for y in 0..<terminal.size.rows {
            for x in 0..<terminal.size.cols {
                let scalars = terminal.screen.cell(y: y, x: x)!.character.unicodeScalars
                XCTAssertFalse(scalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, "raw control at \(y),\(x)")
            }
        }
    }

    func testErrorsShowInTheStatusBarAndKeepTheLastPage() {
        let (app, terminal, source, clock) = console()
        app.start()
        source.fail(with: "database is locked")
        clock.now += 2
        app.tick()
        let status = terminal.text().last ?? ""
        XCTAssertTrue(status.contains("database is locked"), status)
        XCTAssertEqual(terminal.screen.cell(y: 39, x: status.distance(from: status.startIndex, to: status.range(of: "database")!.lowerBound))?.style,
                       Style(.error))
        XCTAssertNotNil(line(of: 1042, in: terminal), "the last page stays on screen")
        source.fail(with: nil)
        clock.now += 6
        app.tick()
        XCTAssertFalse(terminal.text().last?.contains("database is locked") ?? true, "the message expires once the error is gone")
    }

    func testFailedFirstLoadShowsAnEmptyQueueAndTheReason() {
        let (app, terminal, source, _) = console()
        source.fail(with: "no such table: ticket")
        app.start()
        XCTAssertTrue(terminal.text().joined(separator: "\n").contains("No tickets in “All open”"))
        XCTAssertTrue(terminal.text().last?.contains("no such table: ticket") ?? false)
    }

    func testReloadKeyRequeriesEverythingAndRepaints() {
        let (app, terminal, source, _) = console()
        app.start()
        let before = source.queries.count
        app.handle(.ctrl("l"))
        XCTAssertEqual(terminal.invalidations, 1)
        XCTAssertEqual(source.queries.suffix(2).map(\.view), [.atRisk, .open], "SLA summary, then the page")
        XCTAssertEqual(source.queries.count, before + 2)
    }

    func testViewSwitchLoadsThatView() {
        let (app, terminal, source, _) = console()
        app.start()
        app.handle(.char("5"))
        XCTAssertEqual(source.queries.last?.view, .escalated)
        XCTAssertNotNil(line(of: 1045, in: terminal))
        XCTAssertNil(line(of: 1042, in: terminal))
        app.handle(.char("6"))
        XCTAssertNotNil(line(of: 1046, in: terminal))
        XCTAssertEqual(terminal.text().filter { $0.contains("#10") }.count, 1)
    }

    func testResizeToTooSmallAndBack() {
        let (app, terminal, _, _) = console()
        app.start()
        terminal.resize(to: TerminalSize(rows: 20, cols: 70))
        app.handle(terminal.readKey(timeoutMilliseconds: 0)!)
        XCTAssertTrue(terminal.text().contains { $0.contains("Terminal too small") })
        terminal.resize(to: TerminalSize(rows: 24, cols: 80))
        app.handle(terminal.readKey(timeoutMilliseconds: 0)!)
        XCTAssertNotNil(line(of: 1042, in: terminal))
        XCTAssertEqual(app.state.pageSize, 20)
    }

    func testRunLoopQuitsOnQ() {
        let (app, terminal, _, _) = console(keys: [.char("j"), .char("s"), .char("q")])
        XCTAssertEqual(app.run(), .quit)
        XCTAssertEqual(app.state.sort, .priority)
        XCTAssertEqual(app.state.selectedID, 1052, "the ticket selected by j stays selected after the sort")
        XCTAssertTrue(terminal.pendingKeys.isEmpty)
    }

    func testRunLoopStopsOnASignal() {
        let (app, terminal, _, _) = console()
        terminal.simulatedSignal = SIGTERM
        XCTAssertEqual(app.run(), .signal(SIGTERM))
    }
}
