import Foundation
import XCTest

/// Roles, teams, shifts and escalation from the command line, as the real binary runs them.
final class TeamShiftCommandLineTests: XCTestCase {
    private var me: String { String(cString: getpwuid(geteuid())!.pointee.pw_name) }

    private func desk() throws -> BinaryRunner {
        let hd = try BinaryRunner()
        try hd.ok(["engineer", "add", me, "--name", "管理员", "--role", "admin", "--tier", "L2"])
        try hd.ok(["engineer", "add", "bob", "--name", "Bob", "--skills", "network,hardware"])
        try hd.ok(["engineer", "add", "li.na", "--name", "李娜", "--skills", "network"])
        return hd
    }

    func testAnAgentsReassignIsRefusedInOneLineAndAudited() throws {
        let hd = try desk()
        try hd.ok(["ticket", "new", "--title", "打印机卡纸", "--requester", "张伟", "--contact", "zw@example.com"])
        try hd.ok(["ticket", "assign", "1", "bob"])
        let result = try hd.run(["ticket", "assign", "1", "li.na", "--as", "bob"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertEqual(result.stderr, "helpdesk: not allowed: only a lead can assign tickets to other engineers; use take to assign yourself\n")
        XCTAssertEqual(result.stdout, "")
        let show = try hd.ok(["ticket", "show", "1"])
        XCTAssertTrue(show.contains("denied → assign to li.na — not allowed: only a lead can assign tickets"), show)
        let json = try hd.ok(["ticket", "show", "1", "--json"])
        XCTAssertTrue(json.contains("\"field\" : \"denied\""), json)
        XCTAssertTrue(try hd.ok(["ticket", "list", "--view", "open"]).contains("bob"), "the ticket stays with bob")
    }

    func testAnUnknownUserIsToldWhatToAskAnAdmin() throws {
        let hd = try BinaryRunner()
        try hd.ok(["engineer", "add", "root.admin", "--name", "Root", "--role", "admin"])
        let message = try hd.fails(["ticket", "list"])
        XCTAssertEqual(message, "helpdesk: \(me) is not an engineer in this helpdesk; ask an admin to run: helpdesk engineer add \(me) --name \"Your Name\"\n")
    }

    func testShiftsAndShiftNow() throws {
        let hd = try desk()
        XCTAssertEqual(try hd.ok(["shift", "now"]), "no shifts defined: everyone counts as on shift\n")
        let refused = try hd.fails(["shift", "add", "day", "--start", "08:00", "--end", "20:00", "--as", "bob"])
        XCTAssertTrue(refused.contains("only an admin can define shifts and rosters"), refused)
        XCTAssertTrue(try hd.fails(["shift", "add", "x", "--start", "25:00", "--end", "08:00"]).contains("start"))
        XCTAssertTrue(try hd.fails(["shift", "add", "x", "--start", "08:00", "--end", "09:00", "--tz", "Mars/Base"]).contains("not a time zone"))
        try hd.ok(["shift", "add", "allday", "--start", "00:00", "--end", "24:00", "--days", "everyday", "--tz", "Asia/Shanghai"])
        try hd.ok(["shift", "add", "weekend", "--start", "09:00", "--end", "17:00", "--days", "sat,sun"])
        try hd.ok(["shift", "assign", me, "allday", "--lead"])
        try hd.ok(["shift", "assign", "li.na", "allday"])
        let now = try hd.ok(["shift", "now"])
        XCTAssertTrue(now.contains("shift allday (00:00–24:00 everyday Asia/Shanghai"), now)
        XCTAssertTrue(now.contains("lead: \(me)\n"), now)
        XCTAssertTrue(now.contains("on shift: " + ["li.na", me].sorted().joined(separator: ", ")), now)
        let list = try hd.ok(["shift", "list"])
        XCTAssertTrue(list.contains("allday") && list.contains("sat,sun"), list)
        try hd.ok(["shift", "unassign", "li.na", "allday"])
        try hd.ok(["shift", "remove", "weekend"])
        XCTAssertFalse(try hd.ok(["shift", "now"]).contains("li.na"))
    }

    func testAutoAssignmentWithinATeam() throws {
        let hd = try desk()
        let refused = try hd.fails(["team", "add", "network", "--as", "bob"])
        XCTAssertTrue(refused.contains("only an admin can create and change teams"), refused)
        try hd.ok(["team", "add", "network", "--categories", "network", "--auto-assign", "on"])
        try hd.ok(["engineer", "set", "li.na", "--team", "network"])
        XCTAssertTrue(try hd.fails(["engineer", "set", "bob", "--team", "nowhere"]).contains("no team named nowhere"))
        let created = try hd.ok(["ticket", "new", "--title", "VPN 连不上", "--requester", "Emma", "--contact", "emma@example.com",
                                 "--category", "network"])
        XCTAssertTrue(created.contains("assigned to li.na"), created)
        XCTAssertTrue(created.contains("auto-assign (team network): li.na: network"), created)
        let teams = try hd.ok(["team", "list"])
        XCTAssertTrue(teams.contains("network") && teams.contains("li.na"), teams)
    }

    func testEscalationNeedsTheRequestersData() throws {
        let hd = try desk()
        try hd.ok(["ticket", "new", "--title", "蓝屏", "--requester", "张伟", "--contact", "zw@example.com"])
        try hd.ok(["ticket", "take", "1"])
        try hd.ok(["ticket", "status", "1", "in_progress"])
        let missing = try hd.fails(["ticket", "escalate", "1", "--details", "重装驱动无效"])
        XCTAssertTrue(missing.contains("escalating needs the data the requester supplied"), missing)
        let done = try hd.ok(["ticket", "escalate", "1", "--details", "重装驱动无效", "--requester-data", "截图 bsod.png"])
        XCTAssertTrue(done.contains("escalated"), done)
        XCTAssertTrue(try hd.ok(["ticket", "show", "1"]).contains("Requester data: 截图 bsod.png"))
    }
}
