import Foundation
import XCTest

/// Two engineers in two consoles on one ticket, and text being typed when the console is killed.
final class ConflictConsoleTests: XCTestCase {
    /// Filters the queue down to `title` so the ticket is the selected row.
    private func select(_ title: String, in tmux: TmuxSession) throws {
        try tmux.send("/")
        try tmux.type(title)
        try tmux.send("Enter")
        try tmux.waitFor("1/1")
    }

    func testTwoConsolesSavingOneTicketMeetTheConflictScreenAndMerge() throws {
        let hd = try BinaryRunner()
        try hd.ok(["demo", "--tickets", "30"])
        let id = try hd.newTicket("冲突测试 VPN 断线")
        let grace = try hd.console(as: "grace")
        let wang = try hd.console(as: "wang.fang")
        try select("冲突测试", in: grace)
        try select("冲突测试", in: wang)

        try grace.send("n")
        try grace.waitFor("Ctrl-S")
        try grace.type("已远程检查证书 / checked the certificate")
        try wang.send("t")
        try wang.waitFor("You took #\(id)")
        try grace.send("C-s")
        let screen = try grace.waitFor("changed while you worked on it")
        XCTAssertTrue(screen.contains("wang.fang saved #\(id) after you opened it"), screen)
        XCTAssertTrue(screen.contains("assignee — → wang.fang"), screen)
        // The consoles run under --as: the audit marks naming the real user are no change of the colleague's.
        XCTAssertFalse(screen.contains("acted_as"), screen)
        XCTAssertTrue(screen.contains("Your note: 已远程检查证书"), screen)
        XCTAssertTrue(screen.contains("Merge: add your note"), screen)
        print("conflict screen in tmux:\n\(screen)")
        try grace.send("m")
        try grace.waitFor("Internal note added to #\(id)")

        let show = try hd.ok(["ticket", "show", "\(id)"])
        XCTAssertTrue(show.contains("已远程检查证书 / checked the certificate"), show)
        XCTAssertTrue(show.contains("wang.fang"), "the colleague's change stays: \(show)")
        let db = SQLiteShell(database: hd.database)
        XCTAssertEqual(try db.lines("SELECT assignee, version FROM tickets WHERE id = \(id)"), ["wang.fang|3"])
        XCTAssertEqual(try db.lines("SELECT COUNT(*) FROM drafts"), ["0"], "a merged note leaves no draft")
    }

    func testANoteBeingTypedSurvivesKillDashNine() throws {
        let hd = try BinaryRunner()
        try hd.ok(["demo", "--tickets", "30"])
        let id = try hd.newTicket("草稿测试 打印机")
        let console = try hd.console(as: "grace")
        try select("草稿测试", in: console)
        try console.send("n")
        try console.waitFor("Ctrl-S")
        try console.type("换了硒鼓，")
        try console.send("Enter")
        try console.type("still streaks 仍有条纹")
        usleep(1_200_000)
        kill(try console.programPID(), SIGKILL)
        try console.waitFor("still streaks", timeout: 1) // the dead console's last frame

        let db = SQLiteShell(database: hd.database)
        XCTAssertEqual(try db.lines("PRAGMA integrity_check"), ["ok"])
        XCTAssertEqual(try db.lines("PRAGMA foreign_key_check"), [])
        XCTAssertEqual(try db.rows("SELECT body FROM drafts WHERE login = 'grace' AND ticket_id = \(id) AND kind = 'note'")
            .first?["body"] as? String, "换了硒鼓，\nstill streaks 仍有条纹")

        let again = try hd.console(as: "grace")
        try again.waitFor("Unsent draft: note on #\(id)")
        try select("草稿测试", in: again)
        try again.send("n")
        let screen = try again.waitFor("still streaks 仍有条纹")
        XCTAssertTrue(screen.contains("换了硒鼓，"), screen)
        try again.send("C-s")
        try again.waitFor("Internal note added to #\(id)")
        XCTAssertEqual(try db.lines("SELECT COUNT(*) FROM drafts"), ["0"])
    }

    func testSIGTERMSIGHUPAndSIGINTRightAfterTypingKeepEveryCharacter() throws {
        let hd = try BinaryRunner()
        try hd.ok(["demo", "--tickets", "30"])
        let db = SQLiteShell(database: hd.database)
        for (signal, name) in [(SIGTERM, "TERM"), (SIGHUP, "HUP"), (SIGINT, "INT")] {
            let id = try hd.newTicket("信号测试\(name) 邮箱")
            let console = try hd.console(as: "grace")
            try select("信号测试\(name)", in: console)
            try console.send("r")
            try console.waitFor("Ctrl-S")
            try console.type("您好")
            usleep(700_000)
            // Typed and signalled within the half second a draft may lag behind: the flush on the signal must catch it.
            try console.type("，请重启 Outlook \(name)")
            try console.waitFor("请重启 Outlook \(name)", timeout: 2)
            kill(try console.programPID(), signal)
            let deadline = Date().addingTimeInterval(3)
            var body: String?
            while Date() < deadline {
                body = try db.rows("SELECT body FROM drafts WHERE ticket_id = \(id) AND kind = 'reply'").first?["body"] as? String
                if body == "您好，请重启 Outlook \(name)" { break }
                usleep(100_000)
            }
            XCTAssertEqual(body, "您好，请重启 Outlook \(name)", "SIG\(name) lost what was typed")
        }
    }
}
