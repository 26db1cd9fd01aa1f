import Foundation
import XCTest

/// `--as`: only admins (or anyone on a demo database), and every change says who really made it.
final class ImpersonationTests: XCTestCase {
    private var me: String { String(cString: getpwuid(geteuid())!.pointee.pw_name) }

    func testEveryChangeUnderAsRecordsTheRealUser() throws {
        let hd = try BinaryRunner()
        try hd.ok(["engineer", "add", me, "--name", "管理员", "--role", "admin"])
        try hd.ok(["engineer", "add", "li.na", "--name", "李娜"])
        try hd.ok(["ticket", "new", "--title", "代理操作", "--requester", "张伟", "--contact", "zw@example.cn"])
        try hd.ok(["ticket", "take", "1", "--as", "li.na"])
        try hd.ok(["ticket", "reply", "1", "您好", "--as", "li.na"])
        let json = try hd.ok(["ticket", "show", "1", "--json"])
        let timeline = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["timeline"] as? [[String: Any]])
        // Each comment is a change too; the timeline shows it as the reply itself rather than as an event.
        let changes = timeline.filter { ($0["actor"] as? String) == "li.na" }
        let marks = timeline.filter { ($0["field"] as? String) == "acted_as" }
        XCTAssertGreaterThanOrEqual(changes.count, 3, "\(timeline)")
        XCTAssertEqual(marks.count, changes.count, "one mark per change: \(timeline)")
        for mark in marks {
            XCTAssertEqual(mark["actor"] as? String, me, "the real user")
            XCTAssertEqual(mark["newValue"] as? String, "li.na", "the engineer acted for")
        }
        let show = try hd.ok(["ticket", "show", "1"])
        XCTAssertTrue(show.contains("acted_as \(me) → li.na"), show)
        try hd.ok(["ticket", "note", "1", "本人备注"])
        let after = try hd.ok(["ticket", "show", "1", "--json"])
        XCTAssertEqual(after.components(separatedBy: "\"acted_as\"").count, json.components(separatedBy: "\"acted_as\"").count,
                       "a change without --as adds no mark")
    }

    func testNonAdminsCannotUseAs() throws {
        let hd = try BinaryRunner()
        try hd.ok(["engineer", "add", me, "--name", "管理员", "--role", "admin"])
        try hd.ok(["engineer", "add", "wang.fang", "--name", "王芳", "--role", "admin"])
        try hd.ok(["engineer", "set", me, "--role", "agent", "--as", "wang.fang"])
        let refused = try hd.fails(["ticket", "list", "--as", "wang.fang"])
        XCTAssertTrue(refused.contains("--as is only for admins"), refused)
        let log = try hd.run(["engineer", "list", "--json"])
        XCTAssertEqual(log.status, 0, log.stderr)
    }

    func testEngineerChangesUnderAsAreMarkedToo() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else { throw XCTSkip("the sqlite3 shell is not installed") }
        let hd = try BinaryRunner()
        try hd.ok(["engineer", "add", me, "--name", "管理员", "--role", "admin"])
        try hd.ok(["engineer", "add", "wang.fang", "--name", "王芳", "--role", "admin"])
        try hd.ok(["engineer", "add", "carol", "--name", "Carol", "--as", "wang.fang"])
        try hd.ok(["engineer", "set", "carol", "--tier", "L2", "--as", "wang.fang"])
        let log = try ShellRunner(hd: hd).run(#"/usr/bin/sqlite3 "$HELPDESK_DB" "SELECT actor || ' ' || new_value || ' ' || reason FROM events WHERE field = 'acted_as' ORDER BY id""#)
        XCTAssertEqual(log.stdout, "\(me) wang.fang engineer.added\n\(me) wang.fang engineer.changed\n", log.stderr)
    }
}
