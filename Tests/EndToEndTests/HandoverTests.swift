import Foundation
import XCTest

/// Shift handovers through the real binary: the command line, and two leads in two consoles.
final class HandoverEndToEndTests: XCTestCase {
    /// The demo's leads, from the team list.
    private func leads(_ hd: BinaryRunner) throws -> [String] {
        try hd.ok(["engineer", "list"]).split(separator: "\n").compactMap { line in
            let cells = line.split(separator: " ", omittingEmptySubsequences: true)
            return cells.count > 2 && cells.contains("lead") ? String(cells[0]) : nil
        }
    }

    func testCommandLineWritesListsSearchesAcknowledgesAndExports() throws {
        let hd = try BinaryRunner()
        try hd.ok(["demo", "--tickets", "300"])
        let team = try leads(hd)
        XCTAssertGreaterThanOrEqual(team.count, 2, "the demo has leads")
        let (outgoing, incoming) = (team[0], team[1])
        let saved = try hd.ok(["handover", "new", "--as", outgoing, "--note", "夜班：VPN 故障 仍在处理 | 打印机已修好", "--shift", "夜班"])
        XCTAssertTrue(saved.hasPrefix("saved handover #1 (夜班): "), saved)
        XCTAssertTrue(saved.contains("unassigned"), saved)
        let fromStdin = try hd.ok(["handover", "new", "--as", outgoing], stdin: "Day shift: all quiet\n第二行")
        XCTAssertTrue(fromStdin.hasPrefix("saved handover #2 "), fromStdin)

        let agent = try hd.fails(["handover", "new", "--as", "alice", "--note", "x"])
        XCTAssertEqual(agent, "helpdesk: not allowed: only a lead or an admin can write a shift handover; agents may read them\n")
        XCTAssertEqual(try hd.fails(["handover", "new", "--as", outgoing, "--note", "   "]), "helpdesk: the handover note must not be empty\n")
        XCTAssertEqual(try hd.fails(["handover", "show", "99"]), "helpdesk: there is no handover #99 (see: helpdesk handover list)\n")
        XCTAssertTrue(try hd.fails(["handover", "export"]).contains("give its number or --latest"))

        let list = try hd.ok(["handover", "list"])
        XCTAssertTrue(list.contains("#2") && list.contains("#1") && list.hasSuffix("2 handovers\n"), list)
        XCTAssertLessThan(try XCTUnwrap(list.range(of: "#2")).lowerBound, try XCTUnwrap(list.range(of: "#1")).lowerBound, "newest first")
        let search = try hd.ok(["handover", "list", "--search", "打印"])
        XCTAssertTrue(search.contains("#1") && !search.contains("#2") && search.hasSuffix("1 handover\n"), search)

        XCTAssertEqual(try hd.fails(["handover", "ack", "1", "--as", outgoing]),
                       "helpdesk: not allowed: you wrote handover #1; the incoming lead must acknowledge it, not its author\n")
        XCTAssertEqual(try hd.ok(["handover", "ack", "#1", "--as", incoming, "--reply", "收到"]),
                       "acknowledged handover #1 from \(outgoing) with a reply\n")
        let waiting = try hd.ok(["handover", "list", "--unacknowledged"])
        XCTAssertTrue(waiting.contains("#2") && !waiting.contains("#1 "), waiting)
        let show = try hd.ok(["handover", "show", "1"])
        XCTAssertTrue(show.contains("Acknowledged by \(incoming) at ") && show.contains(": 收到"), show)
        XCTAssertTrue(show.contains("Load per engineer 负载:"), show)

        let report = hd.home + "/report.md"
        XCTAssertEqual(try hd.ok(["handover", "export", "1", "-o", report]), "wrote handover #1 to \(report)\n")
        let markdown = try String(contentsOfFile: report, encoding: .utf8)
        XCTAssertTrue(markdown.hasPrefix("# Shift handover 交接班 #1 — 夜班\n"), markdown)
        XCTAssertTrue(markdown.contains("夜班：VPN 故障 仍在处理 | 打印机已修好"), "the note is kept as written")
        XCTAssertTrue(markdown.contains("## Summary 概况"))
        let latest = try hd.ok(["handover", "export", "--latest"])
        XCTAssertTrue(latest.hasPrefix("# Shift handover 交接班 #2"), latest)
        XCTAssertTrue(try hd.ok(["handover", "export", "--latest", "--format", "json"]).contains("\"snapshot\""))
    }

    func testOneLeadWritesInOneConsoleAndTheNextAcknowledgesInAnother() throws {
        let hd = try BinaryRunner()
        try hd.ok(["demo", "--tickets", "200"])
        let team = try leads(hd)
        let (outgoing, incoming) = (team[0], team[1])
        let environment = ["HELPDESK_DB": hd.database, "HOME": hd.home, "LANG": "C.UTF-8"]

        let first = try TmuxSession(command: TmuxSession.quote(hd.binary) + " --as " + outgoing, environment: environment)
        try first.waitFor("Resolved")
        try first.send("H")
        try first.waitFor("No handovers yet")
        try first.send("n")
        try first.waitFor("What the next lead must know")
        try first.type("夜班交接：邮件服务器宕机 仍在处理")
        try first.send("Enter")
        try first.type("VPN ok, 打印机已修好")
        try first.send("C-s")
        try first.waitFor("Handover #1 saved")
        try first.send("Escape")
        try first.send("q")

        let second = try TmuxSession(command: TmuxSession.quote(hd.binary) + " --as " + incoming, environment: environment)
        let shown = try second.waitFor("Handover waiting for your acknowledgement")
        XCTAssertTrue(shown.contains("夜班交接：邮件服务器宕机 仍在处理"), shown)
        XCTAssertTrue(shown.contains("Open P1/P2"), shown)
        try second.send("Enter")
        try second.waitFor("A reply for the outgoing lead")
        try second.type("收到，明早跟进")
        try second.send("Enter")
        try second.waitFor("Acknowledged handover #1 from \(outgoing)")
        try second.send("Escape")
        try second.send("q")

        let show = try hd.ok(["handover", "show", "1"])
        XCTAssertTrue(show.contains("Acknowledged by \(incoming) at "), show)
        XCTAssertTrue(show.contains("收到，明早跟进"), show)
        XCTAssertTrue(show.contains("VPN ok, 打印机已修好"), show)
    }
}
