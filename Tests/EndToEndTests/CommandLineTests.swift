import Foundation
import XCTest

/// The command line as a new user meets it: an empty database, the first admin, tickets through their life.
final class CommandLineTests: XCTestCase {
    private var me: String { String(cString: getpwuid(geteuid())!.pointee.pw_name) }

    func testEmptyDatabaseExplainsHowToStart() throws {
        let hd = try BinaryRunner()
        let message = try hd.fails(["ticket", "list"])
        XCTAssertTrue(message.contains("no engineers yet"), message)
        XCTAssertTrue(message.contains("helpdesk engineer add \(me)"), message)
        let notAdmin = try hd.fails(["engineer", "add", me, "--name", "Me"])
        XCTAssertTrue(notAdmin.contains("must be an admin"), notAdmin)
    }

    func testTicketLifeFromTheCommandLine() throws {
        let hd = try BinaryRunner()
        try hd.ok(["engineer", "add", me, "--name", "管理员", "--role", "admin", "--tier", "L2"])
        try hd.ok(["engineer", "add", "li.na", "--name", "李娜", "--skills", "network,hardware"])
        let created = try hd.ok(["ticket", "new", "--title", "三楼打印机无法打印", "--requester", "张伟",
                                 "--contact", "zhang.wei@example.com", "--category", "hardware", "--tag", "printer"])
        XCTAssertTrue(created.hasPrefix("#1 created: P3"), created)

        let list = try hd.ok(["ticket", "list"])
        XCTAssertTrue(list.contains("三楼打印机无法打印"), list)
        XCTAssertTrue(list.contains("All open: 1–1 of 1"), list)

        try hd.ok(["ticket", "take", "1"])
        try hd.ok(["ticket", "reply", "1", "您好，我们正在处理。"])
        try hd.ok(["ticket", "status", "1", "in_progress"])
        let noResolution = try hd.fails(["ticket", "status", "1", "resolved"])
        XCTAssertTrue(noResolution.contains("resolving needs a resolution"), noResolution)
        let illegal = try hd.fails(["ticket", "close", "1"])
        XCTAssertTrue(illegal.contains("cannot move to closed"), illegal)
        try hd.ok(["ticket", "resolve", "1", "--resolution", "更换网线，打印正常。"])
        try hd.ok(["ticket", "close", "1"])
        let reopened = try hd.ok(["ticket", "reopen", "1", "--reason", "又不能打印了"])
        XCTAssertTrue(reopened.contains("reopened"), reopened)

        let show = try hd.ok(["ticket", "show", "1"])
        for expected in ["三楼打印机无法打印", "张伟", "您好，我们正在处理。", "更换网线，打印正常。", "reopened"] {
            XCTAssertTrue(show.contains(expected), "show lacks \(expected):\n\(show)")
        }
        let json = try hd.ok(["ticket", "show", "1", "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        XCTAssertNotNil(object?["ticket"], json)
    }

    func testStaleVersionIsAConflictThatSaysWhoAndWhat() throws {
        let hd = try BinaryRunner()
        try hd.ok(["engineer", "add", me, "--name", "Admin", "--role", "admin"])
        try hd.ok(["ticket", "new", "--title", "VPN down", "--requester", "Emma", "--contact", "emma@example.com"])
        try hd.ok(["ticket", "take", "1", "--version", "1"])
        let conflict = try hd.fails(["ticket", "reply", "1", "hello", "--version", "1"])
        XCTAssertTrue(conflict.contains("changed by \(me)"), conflict)
        XCTAssertTrue(conflict.contains("assignee"), conflict)
    }

    func testBadInputGetsOneClearLine() throws {
        let hd = try BinaryRunner()
        try hd.ok(["engineer", "add", me, "--name", "Admin", "--role", "admin"])
        XCTAssertTrue(try hd.fails(["ticket", "show", "99"]).contains("#99"))
        XCTAssertTrue(try hd.fails(["ticket", "new", "--title", "  ", "--requester", "x", "--contact", "y"]).contains("title"))
        XCTAssertTrue(try hd.fails(["ticket", "list", "--view", "nonsense"]).contains("view"))
        XCTAssertTrue(try hd.fails(["ticket", "assign", "1", "nobody"]).contains("#1"))
        XCTAssertTrue(try hd.fails(["engineer", "add", "Bad Login", "--name", "x"]).contains("not a valid login"))
    }

    func testDemoDatabaseHasATeamAndTickets() throws {
        let hd = try BinaryRunner()
        try hd.ok(["demo", "--tickets", "300"])
        let engineers = try hd.ok(["engineer", "list"])
        XCTAssertTrue(engineers.contains("zhang.wei"), engineers)
        XCTAssertTrue(engineers.contains(me), engineers)
        let list = try hd.ok(["ticket", "list", "--view", "open", "--limit", "5"])
        XCTAssertTrue(list.contains("of "), list)
        let again = try hd.fails(["demo", "--tickets", "10"])
        XCTAssertTrue(again.contains("--force"), again)
        try hd.ok(["ticket", "list", "--as", "li.na", "--view", "mine"])
    }

    func testSettingsFileMistakesNameFileAndLine() throws {
        let hd = try BinaryRunner()
        let folder = hd.home + "/helpdesk"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "# 设置\ntheme = dark\ncolour = red\n".write(toFile: folder + "/config", atomically: true, encoding: .utf8)
        let message = try hd.fails(["ticket", "list", "--db", hd.database + "-unused"])
        XCTAssertFalse(message.contains("colour"), "--db needs no settings file: \(message)")
        let viaDefault = try hd.run(["ticket", "list"], environmentOverrides: ["HELPDESK_DB": nil, "XDG_CONFIG_HOME": hd.home])
        XCTAssertEqual(viaDefault.status, 1)
        XCTAssertTrue(viaDefault.stderr.contains("config:3: unknown setting “colour”"), viaDefault.stderr)
    }
}
