import Foundation
import XCTest

/// A lead reassigning marked tickets in the real console, checked afterwards with `helpdesk ticket show`.
final class TeamBoardEndToEndTests: XCTestCase {
    func testALeadMarksThreeTicketsAndReassignsThem() throws {
        let hd = try BinaryRunner()
        try hd.ok(["demo", "--tickets", "200"])
        // The demo's network team auto-assigns new tickets to whoever is on its day or night shift, and the
        // picker dims engineers off shift: without both, the tickets arrive unassigned whatever the hour.
        try hd.ok(["team", "set", "network", "--auto-assign", "off"])
        try hd.ok(["shift", "remove", "day"])
        try hd.ok(["shift", "remove", "night"])
        var ids: [Int] = []
        for n in 1...3 {
            let out = try hd.ok(["ticket", "new", "--title", "端到端改派 \(n) VPN 无法连接", "--requester", "王芳",
                                 "--contact", "wf\(n)@example.com", "--category", "network", "--impact", "high", "--urgency", "high"])
            ids.append(try XCTUnwrap(Int(out.drop { $0 != "#" }.dropFirst().prefix { $0.isNumber }), out))
            XCTAssertFalse(out.contains("assigned to"), "the lead should find it in Unassigned: \(out)")
        }
        let tmux = try TmuxSession(command: TmuxSession.quote(hd.binary) + " console --as wang.fang", width: 120, height: 40,
                                   environment: ["HELPDESK_DB": hd.database, "HOME": hd.home, "LANG": "C.UTF-8"])
        try tmux.waitFor("Resolved")
        try tmux.send("B")
        try tmux.waitFor("at or over cap")
        // B again closes it (an Escape followed at once by a key reads as Alt-key).
        try tmux.send("B")
        try tmux.send("2")
        try tmux.send("/")
        try tmux.type("端到端改派")
        try tmux.send("Enter")
        try tmux.waitFor("1/3")
        try tmux.send("Space", "Space", "Space")
        try tmux.waitFor("3 marked")
        try tmux.send("a")
        try tmux.waitFor("Reassign 3 tickets")
        try tmux.type("li.na")
        try tmux.send("Enter")
        try tmux.waitFor("Reassign 3 tickets to li.na")
        try tmux.type("值班调整 rebalance")
        try tmux.send("Enter")
        try tmux.waitFor("3 reassigned to li.na")
        try tmux.send("q")

        for id in ids {
            let show = try hd.ok(["ticket", "show", "\(id)"])
            XCTAssertTrue(show.contains("li.na"), show)
            XCTAssertTrue(show.contains("wang.fang   assignee → li.na — 值班调整 rebalance"), show)
        }
        let mine = try hd.ok(["ticket", "list", "--view", "mine", "--as", "li.na", "--filter", "端到端改派"])
        XCTAssertEqual(mine.components(separatedBy: "端到端改派").count - 1, 3, mine)
    }
}
