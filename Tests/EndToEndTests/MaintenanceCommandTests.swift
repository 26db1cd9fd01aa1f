import Foundation
import XCTest

/// backup, restore and check as an admin runs them, including with consoles open.
final class MaintenanceCommandTests: XCTestCase {
    private var me: String { String(cString: getpwuid(geteuid())!.pointee.pw_name) }

    private func desk() throws -> BinaryRunner {
        let hd = try BinaryRunner()
        try hd.ok(["engineer", "add", me, "--name", "管理员", "--role", "admin"])
        try hd.ok(["ticket", "new", "--title", "打印机卡纸", "--requester", "张伟", "--contact", "zw@example.cn"])
        return hd
    }

    private func mode(_ path: String) throws -> Int {
        try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int ?? -1
    }

    func testBackupCheckAndRestoreRoundTrip() throws {
        let hd = try desk()
        let written = try hd.ok(["backup"])
        let path = try XCTUnwrap(written.firstMatch(of: /backup written: (.+\.sqlite) \(\d+(\.\d)? KB\)/)?.1).description
        XCTAssertTrue(path.hasPrefix(hd.home + "/test-backup-"), written)
        XCTAssertEqual(try mode(path), 0o600)

        let check = try hd.ok(["check"])
        for expected in ["integrity     ok", "foreign keys  ok", "schema        version", "tickets 1", "engineers 1"] {
            XCTAssertTrue(check.contains(expected), "check lacks \(expected):\n\(check)")
        }
        try hd.ok(["ticket", "new", "--title", "after the backup", "--requester", "x", "--contact", "x@example.com"])
        let restored = try hd.ok(["restore", path])
        XCTAssertTrue(restored.contains("restored \(hd.database) from \(path)"), restored)
        XCTAssertTrue(restored.contains("1 tickets"), restored)
        let kept = try XCTUnwrap(restored.firstMatch(of: /kept at (\S+\.bak)/)?.1).description
        XCTAssertEqual(try mode(kept), 0o600)
        XCTAssertFalse(try hd.ok(["ticket", "list"]).contains("after the backup"))
        XCTAssertTrue(try hd.ok(["check", "--db", kept]).contains("tickets 2"), "the replaced database is kept whole")
    }

    func testRestoreRefusesBadFilesInOneLineAndChangesNothing() throws {
        let hd = try desk()
        let text = hd.home + "/export.csv"
        try "id,title\n1,打印机\n".write(toFile: text, atomically: true, encoding: .utf8)
        let refused = try hd.fails(["restore", text])
        XCTAssertTrue(refused.contains("is not restorable: it is not a helpdesk database"), refused)
        XCTAssertTrue(refused.contains("the current database was not changed"), refused)
        let missing = try hd.fails(["restore", hd.home + "/nope.sqlite"])
        XCTAssertTrue(missing.contains("nope.sqlite"), missing)
        XCTAssertTrue(try hd.ok(["ticket", "list"]).contains("打印机卡纸"))
    }

    func testCheckFailsOnADamagedFile() throws {
        let hd = try desk()
        let whole = try Data(contentsOf: URL(fileURLWithPath: hd.database))
        let cut = hd.home + "/cut.sqlite"
        FileManager.default.createFile(atPath: cut, contents: whole.prefix(whole.count / 2))
        let result = try hd.run(["check", "--db", cut])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("damaged (the file is truncated"), result.stderr)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1)
    }

    func testRestoreWaitsForOpenConsolesUnlessForced() throws {
        let hd = try desk()
        let backup = try hd.ok(["backup", hd.home + "/b.sqlite"])
        XCTAssertTrue(backup.contains("b.sqlite"), backup)
        try hd.ok(["ticket", "new", "--title", "新工单", "--requester", "x", "--contact", "x@example.com"])
        let console = try TmuxSession(command: "\(hd.binary) --db \(hd.database)",
                                      environment: ["HOME": hd.home, "XDG_CONFIG_HOME": hd.home + "/no-config"])
        try console.waitFor("新工单")
        let refused = try hd.fails(["restore", hd.home + "/b.sqlite"])
        XCTAssertTrue(refused.contains("is open in another helpdesk"), refused)
        XCTAssertTrue(refused.contains("--force"), refused)
        try hd.ok(["restore", hd.home + "/b.sqlite", "--force"])
        var screen = try console.screen()
        let deadline = Date().addingTimeInterval(10)
        while screen.contains("新工单") && Date() < deadline {
            usleep(200_000)
            screen = try console.screen()
        }
        XCTAssertFalse(screen.contains("新工单"), "the open console shows the restored data:\n\(screen)")
        XCTAssertTrue(screen.contains("打印机卡纸"), screen)
        try console.send("q")
    }

    func testSharedGroupFromTheSettingsFile() throws {
        guard let entry = getgrnam("users") else { throw XCTSkip("no group “users” on this host") }
        let hd = try BinaryRunner()
        let config = hd.home + "/cfg/helpdesk"
        try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
        try "group = users\n".write(toFile: config + "/config", atomically: true, encoding: .utf8)
        let db = hd.home + "/shared/desk.sqlite"
        let env: [String: String?] = ["XDG_CONFIG_HOME": hd.home + "/cfg", "HELPDESK_DB": db]
        XCTAssertEqual(try hd.run(["engineer", "add", me, "--name", "Admin", "--role", "admin"], environmentOverrides: env).status, 0)
        XCTAssertEqual(try mode(db), 0o660)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: db)[.groupOwnerAccountID] as? Int, Int(entry.pointee.gr_gid))
        XCTAssertEqual(try mode(hd.home + "/shared") & 0o7777, 0o2770)
        let backup = try hd.run(["backup"], environmentOverrides: env)
        let path = try XCTUnwrap(backup.stdout.firstMatch(of: /written: (\S+)/)?.1).description
        XCTAssertEqual(try mode(path), 0o660)

        try "group = no-such-group-hd\n".write(toFile: config + "/config", atomically: true, encoding: .utf8)
        let wrong = try hd.run(["ticket", "list"], environmentOverrides: env)
        XCTAssertEqual(wrong.status, 1)
        XCTAssertTrue(wrong.stderr.contains("the group “no-such-group-hd”, which does not exist"), wrong.stderr)
    }

    func testOnlyAnAdminMayRestore() throws {
        let hd = try desk()
        try hd.ok(["backup", hd.home + "/b.sqlite"])
        try hd.ok(["engineer", "add", "wang.fang", "--name", "王芳", "--role", "admin"])
        try hd.ok(["engineer", "set", me, "--role", "agent", "--as", "wang.fang"])
        let refused = try hd.fails(["restore", hd.home + "/b.sqlite"])
        XCTAssertTrue(refused.contains("only an admin of this helpdesk may do it"), refused)
        XCTAssertTrue(try hd.ok(["engineer", "list"]).contains("wang.fang"), "nothing was restored")
    }

    func testCheckReportsBrokenForeignKeysAndExitsNonZero() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else { throw XCTSkip("the sqlite3 shell is not installed") }
        let hd = try desk()
        let shell = ShellRunner(hd: hd)
        let broken = try shell.run("""
            /usr/bin/sqlite3 "$HELPDESK_DB" "PRAGMA foreign_keys=OFF; INSERT INTO comments(ticket_id, author, kind, body, created_at) VALUES (42, 'x', 'note', 'orphan', 0);"
            """)
        XCTAssertEqual(broken.status, 0, broken.stderr)
        let check = try hd.run(["check"])
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.stdout.contains("foreign keys  1 problem(s)"), check.stdout)
        XCTAssertTrue(check.stdout.contains("problem       foreign key: comments row 1 points at a missing row of tickets"), check.stdout)
        XCTAssertEqual(check.stderr, "helpdesk: 1 problem in \(hd.database): foreign key: comments row 1 points at a missing row of tickets\n")
    }
}
