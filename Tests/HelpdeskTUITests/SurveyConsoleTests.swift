import Foundation
import HelpdeskCore
@testable import HelpdeskTUI
import XCTest

/// The `*` survey form: refused on open tickets, a score and a comment, then the reopen offer.
final class SurveyConsoleTests: XCTestCase {
    private func console(selecting id: Int64) -> (ConsoleApp, HeadlessTerminal, InMemoryDataSource) {
        let source = Fixtures.source()
        let (app, terminal) = Fixtures.console(cols: 120, rows: 40, source: source)
        let view: QueueView = id == 1051 ? .resolved : .open
        app.handle(.char(Character(String(QueueTabs.viewOrder.firstIndex(of: view)! + 1))))
        while app.state.selectedID != id, app.state.cursor < app.state.total - 1 { app.handle(.char("j")) }
        XCTAssertEqual(app.state.selectedID, id)
        return (app, terminal, source)
    }

    func testOpenTicketIsRefusedBeforeAnythingIsTyped() {
        let (app, _, _) = console(selecting: 1043)
        app.handle(.char("*"))
        XCTAssertNil(app.state.flow)
        XCTAssertEqual(app.state.message?.text, "Cannot survey #1043: #1043 is still open (new); survey it once it is resolved")
    }

    func testLowScoreIsSavedFlaggedAndOffersToReopen() {
        let (app, terminal, source) = console(selecting: 1051)
        app.handle(.char("*"))
        guard case .pick? = app.state.flow?.step else { return XCTFail("expected the score picker") }
        XCTAssertTrue(terminal.text().contains { $0.contains("2  不满意 dissatisfied · flags it for the lead") })
        app.handle(.char("j"))
        app.handle(.char("j"))
        app.handle(.enter)
        for c in "还是慢" { app.handle(.char(c)) }
        app.handle(.enter)
        let timeline = (try? source.timeline(ticketID: 1051)) ?? []
        XCTAssertEqual(Satisfaction.current(in: timeline)?.score, 2)
        XCTAssertEqual(Satisfaction.current(in: timeline)?.comment, "还是慢")
        guard case let .prompt(prompt)? = app.state.flow?.step else { return XCTFail("expected the reopen prompt") }
        XCTAssertEqual(prompt.title, "Reopen #1051? reason…")
        XCTAssertEqual(app.state.flow?.kind, .reopen)
        app.handle(.escape)
        XCTAssertEqual(source.storedTicket(1051)?.status, .resolved, "Esc keeps it resolved")
        app.handle(.enter)
        XCTAssertTrue(terminal.text().contains { $0.contains("2/5 ⚑ low, flagged for the lead · 还是慢") },
                      "the detail shows the flag:\n" + terminal.text().joined(separator: "\n"))
    }

    func testGoodScoreJustSaysSo() {
        let (app, _, source) = console(selecting: 1051)
        app.handle(.char("*"))
        app.handle(.char("k"))   // from 4 up to 5
        app.handle(.enter)
        app.handle(.enter)       // no comment
        XCTAssertNil(app.state.flow)
        XCTAssertEqual(app.state.message?.text, "#1051 satisfaction 5/5 recorded")
        XCTAssertEqual(Satisfaction.current(in: (try? source.timeline(ticketID: 1051)) ?? [])?.score, 5)
    }
}
