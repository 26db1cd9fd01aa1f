import Foundation
import XCTest

/// The real binary in tmux, driven by keys as a person would, read back from the screen.
final class ConsoleTests: XCTestCase {
    private func console(width: Int = 120, height: Int = 40, tickets: Int = 300) throws -> (TmuxSession, BinaryRunner) {
        let hd = try BinaryRunner()
        try hd.ok(["demo", "--tickets", "\(tickets)"])
        let session = try TmuxSession(command: TmuxSession.quote(hd.binary), width: width, height: height,
                                      environment: ["HELPDESK_DB": hd.database, "HOME": hd.home, "LANG": "C.UTF-8"])
        try session.waitFor("All open")
        return (session, hd)
    }

    func testQueueOpensWithTabsCountsAndStatusBar() throws {
        let (tmux, _) = try console()
        let screen = try tmux.waitFor("breached")
        XCTAssertTrue(screen.contains("Mine"), screen)
        XCTAssertTrue(screen.contains("Unassigned"), screen)
        XCTAssertTrue(screen.contains("(admin)"), screen)
        try tmux.send("q")
    }

    func testChineseFilterNarrowsTheQueue() throws {
        let (tmux, _) = try console()
        try tmux.send("3")
        try tmux.send("/")
        try tmux.type("打印机")
        let screen = try tmux.waitFor("Filter: 打印机")
        let rows = screen.split(separator: "\n").filter { $0.contains("#") && $0.contains(" P") }
        XCTAssertFalse(rows.isEmpty, screen)
        XCTAssertTrue(rows.allSatisfy { $0.contains("打印机") }, screen)
        try tmux.send("Escape")
        try tmux.send("q")
    }

    func testResizeBelowMinimumAndBack() throws {
        let (tmux, _) = try console()
        try tmux.resize(width: 60, height: 20)
        try tmux.waitFor("Terminal too small")
        try tmux.resize(width: 120, height: 40)
        let screen = try tmux.waitFor("All open")
        XCTAssertFalse(screen.contains("Terminal too small"), screen)
        try tmux.send("q")
    }

    func testChangeFromTheCommandLineAppearsWithoutAKeypress() throws {
        let (tmux, hd) = try console()
        try hd.ok(["ticket", "new", "--title", "实时刷新测试 live refresh", "--requester", "王芳", "--contact", "wf@example.com",
                   "--impact", "critical", "--urgency", "critical", "--major"])
        try tmux.waitFor("实时刷新测试", timeout: 4)
        try tmux.send("q")
    }
}
