import Foundation
import XCTest

/// Saved views from the command line and in the console, as the real binary runs them.
final class SavedViewTests: XCTestCase {
    private var me: String { String(cString: getpwuid(geteuid())!.pointee.pw_name) }

    private func desk() throws -> BinaryRunner {
        let hd = try BinaryRunner()
        try hd.ok(["engineer", "add", me, "--name", "管理员", "--role", "admin", "--tier", "L2"])
        try hd.ok(["engineer", "add", "bob", "--name", "Bob"])
        try hd.ok(["engineer", "add", "li.na", "--name", "李娜", "--role", "lead"])
        try hd.ok(["ticket", "new", "--title", "三楼打印机卡纸", "--requester", "张伟", "--contact", "zw@example.com"])
        try hd.ok(["ticket", "new", "--title", "VPN 断线", "--requester", "Tom", "--contact", "tom@example.com"])
        return hd
    }

    func testAddListUseAndRemoveAViewFromTheCommandLine() throws {
        let hd = try desk()
        XCTAssertEqual(try hd.ok(["view", "add", "打印机", "--base", "open", "--filter", "打印机", "--sort", "priority"]),
                       "added view “打印机”: All open · “打印机” · by priority\n")
        let list = try hd.ok(["view", "list"])
        XCTAssertTrue(list.contains("打印机") && list.contains("private") && list.contains(me), list)
        let tickets = try hd.ok(["ticket", "list", "--view", "打印机"])
        XCTAssertTrue(tickets.contains("三楼打印机卡纸"), tickets)
        XCTAssertFalse(tickets.contains("VPN"), tickets)
        XCTAssertTrue(tickets.hasSuffix("“打印机” (All open · “打印机” · by priority): 1–1 of 1\n"), tickets)
        XCTAssertTrue(try hd.ok(["ticket", "list", "--view", "打印机", "--filter", "vpn"]).contains("VPN 断线"), "--filter overrides the saved one")
        XCTAssertEqual(try hd.fails(["view", "add", "打印机"]),
                       "helpdesk: you already have a view named “打印机”; choose another name or replace it\n")
        XCTAssertTrue(try hd.ok(["view", "add", "打印机", "--filter", "卡纸", "--replace"]).hasPrefix("saved view “打印机”"))
        XCTAssertEqual(try hd.fails(["view", "add", "open"]),
                       "helpdesk: “open” is the name of the built-in view All open; choose another name\n")
        XCTAssertEqual(try hd.ok(["view", "remove", "打印机"]), "removed view “打印机”\n")
        XCTAssertTrue(try hd.ok(["view", "list"]).contains("no saved views"))
    }

    func testSharingIsForLeadsAndRemovingAColleaguesSharedViewIsTheirsToo() throws {
        let hd = try desk()
        XCTAssertEqual(try hd.fails(["view", "add", "VPN", "--filter", "vpn", "--shared", "--as", "bob"]),
                       "helpdesk: not allowed: only a lead can share saved views with the team\n")
        try hd.ok(["view", "add", "VPN", "--filter", "vpn", "--shared"])
        XCTAssertEqual(try hd.ok(["view", "add", "李娜的", "--base", "mine", "--as", "li.na"]), "added view “李娜的”: My tickets · by due\n")
        let bobs = try hd.ok(["view", "list", "--as", "bob"])
        XCTAssertTrue(bobs.contains("VPN") && bobs.contains("shared"), bobs)
        XCTAssertTrue(try hd.ok(["ticket", "list", "--view", "VPN", "--as", "bob"]).contains("VPN 断线"))
        XCTAssertEqual(try hd.fails(["view", "remove", "VPN", "--as", "bob"]),
                       "helpdesk: not allowed: “VPN” was shared by \(me); only its owner, a lead or an admin can change or remove it\n")
        XCTAssertEqual(try hd.ok(["view", "remove", "VPN", "--shared", "--as", "li.na"]), "removed shared view “VPN”\n")
        XCTAssertFalse(try hd.ok(["view", "list", "--as", "bob"]).contains("VPN"))
        let json = try hd.ok(["view", "list", "--json", "--as", "li.na"])
        XCTAssertTrue(json.contains("\"owner\" : \"li.na\""), json)
    }

    func testAnUnknownViewNameSaysWhatViewsThereAre() throws {
        let hd = try desk()
        XCTAssertEqual(try hd.fails(["ticket", "list", "--view", "nonsense"]),
                       "helpdesk: --view “nonsense” is neither a built-in view (mine, unassigned, open, at_risk, escalated, pending, resolved) nor a saved view you can see (see: helpdesk view list)\n")
    }

    /// Save a view in the console, quit, open it again: the tab is there and shows the filtered tickets.
    func testASavedViewIsATabAfterReopening() throws {
        let hd = try BinaryRunner()
        try hd.ok(["demo", "--tickets", "300"])
        let environment = ["HELPDESK_DB": hd.database, "HOME": hd.home, "LANG": "C.UTF-8"]
        let first = try TmuxSession(command: TmuxSession.quote(hd.binary), width: 120, height: 40, environment: environment)
        try first.waitFor("Resolved")
        try first.send("3")
        try first.send("/")
        try first.type("打印机")
        try first.send("Enter")
        try first.send("v")
        try first.waitFor("Save this view as a tab")
        try first.type("打印机")
        try first.send("Enter")
        try first.waitFor("Share")
        try first.send("n")
        try first.waitFor("Saved “打印机” as tab 8")
        try first.send("q")

        let second = try TmuxSession(command: TmuxSession.quote(hd.binary), width: 120, height: 40, environment: environment)
        let start = try second.waitFor("8 打印机")
        XCTAssertFalse(start.contains("Filter: 打印机"), start)
        try second.send("8")
        let screen = try second.waitFor("filter: 打印机")
        let rows = screen.split(separator: "\n").filter { $0.contains("#") && $0.contains(" P") }
        XCTAssertFalse(rows.isEmpty, screen)
        XCTAssertTrue(rows.allSatisfy { $0.contains("打印机") }, screen)
        try second.send("q")
    }
}
