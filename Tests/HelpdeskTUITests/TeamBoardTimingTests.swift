import Foundation
import HelpdeskCore
import HelpdeskStore
@testable import HelpdeskTUI
import XCTest

/// How long opening the team board takes on a large database (see docs/performance.md).
/// Run against a demo file: `helpdesk demo --db /tmp/b.sqlite --tickets 100000`, then
/// `HELPDESK_BOARD_DB=/tmp/b.sqlite swift test --filter TeamBoardTimingTests`.
final class TeamBoardTimingTests: XCTestCase {
    func testOpeningTheBoardStaysWellUnder100ms() throws {
        guard let path = ProcessInfo.processInfo.environment["HELPDESK_BOARD_DB"] else {
            throw XCTSkip("set HELPDESK_BOARD_DB to a large demo database to time the board")
        }
        let store = try HelpdeskStore(path: path)
        let lead = try XCTUnwrap(try store.engineers().first { $0.role == .lead })
        let terminal = HeadlessTerminal(size: TerminalSize(rows: 40, cols: 120))
        let app = ConsoleApp(source: store, terminal: terminal,
                             configuration: ConsoleApp.Configuration(user: lead.login, role: .lead, tier: lead.tier), now: { Date() })
        app.start()
        var times: [Double] = []
        for _ in 0..<10 {
            app.state.team.board = TeamBoard()
            let start = DispatchTime.now().uptimeNanoseconds
            app.loadBoard(at: Date())
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        let board = try XCTUnwrap(app.state.team.board)
        XCTAssertFalse(board.rows.isEmpty)
        times.sort()
        let median = times[times.count / 2]
        print("team board over \(try store.ticketCount()) tickets, \(board.rows.count) engineers: median \(String(format: "%.1f", median)) ms, worst \(String(format: "%.1f", times.last ?? 0)) ms, fastest \(String(format: "%.1f", times.first ?? 0)) ms")
        XCTAssertLessThan(median, 100)
    }
}
