import Foundation
import XCTest

/// Working tickets in the real console: the keys a support engineer presses, checked on screen and in the database.
final class ConsoleWorkTests: XCTestCase {
    private func open(_ hd: BinaryRunner) throws -> TmuxSession {
        let tmux = try TmuxSession(command: TmuxSession.quote(hd.binary), width: 120, height: 40,
                                   environment: ["HELPDESK_DB": hd.database, "HOME": hd.home, "LANG": "C.UTF-8"])
        try tmux.waitFor("Resolved")
        return tmux
    }

    func testTakeReplyAndResolveATicket() throws {
        let hd = try BinaryRunner()
        try hd.ok(["demo", "--tickets", "200"])
        try hd.ok(["ticket", "new", "--title", "端到端测试 打印机卡纸", "--requester", "王芳", "--contact", "wf@example.com",
                   "--impact", "critical", "--urgency", "critical", "--major"])
        let id = try XCTUnwrap(try hd.ok(["ticket", "list", "--view", "unassigned", "--filter", "端到端测试", "--json"])
            .split(separator: "\"id\" : ").dropFirst().first.flatMap { Int($0.prefix { $0.isNumber }) })
        let tmux = try open(hd)
        try tmux.send("2")
        try tmux.waitFor("端到端测试")
        try tmux.send("t")
        try tmux.waitFor("You took #\(id)")
        try tmux.send("r")
        try tmux.waitFor("Reply to 王芳")
        try tmux.type("您好，马上派人过来。")
        try tmux.send("C-s")
        try tmux.waitFor("Reply added to #\(id)")
        try tmux.send("R")
        try tmux.type("清理了进纸辊，打印正常。")
        try tmux.send("C-s")
        try tmux.waitFor("Knowledge base")
        try tmux.send("Escape")
        try tmux.send("q")

        let show = try hd.ok(["ticket", "show", "\(id)"])
        XCTAssertTrue(show.contains("您好，马上派人过来。"), show)
        XCTAssertTrue(show.contains("resolved"), show)
        XCTAssertTrue(show.contains("清理了进纸辊，打印正常。"), show)
    }

    func testCreateATicketFromTheConsole() throws {
        let hd = try BinaryRunner()
        try hd.ok(["demo", "--tickets", "30"])
        let tmux = try open(hd)
        try tmux.send("c")
        try tmux.waitFor("New ticket")
        for answer in ["会议室电视无法投屏", "赵磊", "zhao.lei@example.com"] {
            try tmux.type(answer)
            try tmux.send("Enter")
        }
        try tmux.send("Enter")          // channel: phone
        try tmux.type("hard")
        try tmux.send("Enter")          // category: hardware
        try tmux.send("Enter")          // impact: medium
        try tmux.send("Enter")          // urgency: medium
        try tmux.type("HDMI 无线投屏器没有反应。")
        try tmux.send("C-s")
        let screen = try tmux.waitFor("Created #31")
        XCTAssertTrue(screen.contains("unassigned"), screen)
        try tmux.send("q")
        let show = try hd.ok(["ticket", "show", "31"])
        for expected in ["会议室电视无法投屏", "赵磊 <zhao.lei@example.com>", "Category hardware", "HDMI 无线投屏器没有反应。"] {
            XCTAssertTrue(show.contains(expected), "missing \(expected):\n\(show)")
        }
    }

    func testRefusedActionExplainsWhyInTheStatusBar() throws {
        let hd = try BinaryRunner()
        try hd.ok(["demo", "--tickets", "50"])
        try hd.ok(["ticket", "new", "--title", "Refusal check", "--requester", "Emma", "--contact", "emma@example.com",
                   "--impact", "critical", "--urgency", "critical", "--major"])
        let tmux = try open(hd)
        try tmux.send("3")
        try tmux.waitFor("Refusal check")
        try tmux.send("o")
        let screen = try tmux.waitFor("cannot")
        XCTAssertTrue(screen.contains("reopen") || screen.contains("reopened"), screen)
        try tmux.send("q")
    }
}

/// The knowledge base as a person searches it: English words, prefixes and two-character Chinese.
final class ConsoleKnowledgeBaseTests: XCTestCase {
    func testSearchAsYouTypeFindsEnglishPrefixAndChinese() throws {
        let hd = try BinaryRunner()
        try hd.ok(["demo", "--tickets", "20"])
        let tmux = try TmuxSession(command: TmuxSession.quote(hd.binary), width: 120, height: 40,
                                   environment: ["HELPDESK_DB": hd.database, "HOME": hd.home, "LANG": "C.UTF-8"])
        try tmux.waitFor("Resolved")
        try tmux.send("K")
        try tmux.waitFor("Search KB")
        try tmux.type("vpn")
        XCTAssertTrue(try tmux.waitFor("for “vpn”").contains("VPN connection times out"))
        try tmux.send("C-u")
        try tmux.type("outl")
        XCTAssertTrue(try tmux.waitFor("for “outl”").contains("Outlook 反复提示输入密码"))
        try tmux.send("C-u")
        try tmux.type("打印")
        let screen = try tmux.waitFor("for “打印”")
        XCTAssertTrue(screen.contains("打印机脱机的处理方法"), screen)
        XCTAssertFalse(screen.contains("VPN connection times out"), screen)
        try tmux.send("Escape")
        try tmux.send("q")
    }
}
