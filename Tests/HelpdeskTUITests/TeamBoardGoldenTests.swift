import Foundation
import HelpdeskCore
import HelpdeskTUI
import XCTest

/// Golden screens of the lead's team board, wide and narrow, with Chinese names in the columns.
final class TeamBoardGoldenTests: XCTestCase {
    private func board(cols: Int, rows: Int) -> HeadlessTerminal {
        let source = DetailFixtures.source()
        source.setTeam(DetailFixtures.team + [
            Engineer(login: "ouyang.nana", name: "欧阳娜娜", tier: .l2, skills: [.security, .network], loadCap: 6),
        ])
        source.update(id: 1052) { $0.assignee = "ouyang.nana" }
        source.teamData.onShift = ["alice", "bob", "dave", "lin", "ouyang.nana"]
        source.teamData.staleMinutes = 20
        let (app, terminal, _) = DetailFixtures.console(cols: cols, rows: rows, source: source)
        app.type([.char("B"), .char("j"), .tab, .char(" ")])
        return terminal
    }

    func testBoardBesideTheListsAt120x40() {
        let terminal = board(cols: 120, rows: 40)
        assertGolden(terminal.text(), named: "team-board-120x40")
        let lines = terminal.text()
        XCTAssertTrue(lines.contains { $0.contains("ouyang.nana") && $0.contains("欧阳娜娜") && $0.contains("1/6") })
        XCTAssertTrue(lines.contains { $0.contains("#1052") && $0.contains("! ouyang.na") }, "breached and silent for 20 minutes: flagged")
    }

    func testBoardAboveTheListsAt80x24() {
        let terminal = board(cols: 80, rows: 24)
        assertGolden(terminal.text(), named: "team-board-80x24")
        // The columns after a Chinese name line up with those after a Latin one.
        let lines = terminal.text()
        guard let latin = lines.first(where: { $0.hasPrefix(" alice ") }),
              let chinese = lines.first(where: { $0.hasPrefix(" ouyang.nana ") }) else { return XCTFail("both engineers listed") }
        func loadColumn(_ line: String) -> Int { String(line.prefix { $0 != "/" }).displayWidth }
        XCTAssertEqual(loadColumn(latin), loadColumn(chinese), "the Load column starts at the same cell")
    }
}
