import Foundation
import XCTest

/// The kb commands through the real binary: write, version, search, link, and a folder round trip.
final class KBCommandTests: XCTestCase {
    private var me: String { String(cString: getpwuid(geteuid())!.pointee.pw_name) }

    func testExportImportExportGivesIdenticalFiles() throws {
        let first = try BinaryRunner()
        try first.ok(["engineer", "add", me, "--name", "管理员", "--role", "admin"])
        let added = try first.ok(["kb", "add", "--title", "打印机脱机: \"处理\"", "--category", "hardware", "--tags", "printer,打印机",
                                  "--body-file", "-"], stdin: "## 步骤\n1. 检查**电源**\n\n| 列 | b |\n|---|---|\n| 网线 | 2 |\n")
        XCTAssertTrue(added.hasPrefix("added #1 v1 published"), added)
        try first.ok(["kb", "add", "--title", "VPN draft", "--status", "draft", "--body-file", "-"], stdin: "certificate\n---\nrule")
        let edited = try first.ok(["kb", "edit", "1", "--status", "archived"])
        XCTAssertTrue(edited.hasPrefix("saved #1 v2 archived"), edited)

        let one = first.home + "/export1", two = first.home + "/export2"
        XCTAssertTrue(try first.ok(["kb", "export", one]).contains("exported 2 articles"))
        let second = try BinaryRunner()
        try second.ok(["engineer", "add", me, "--name", "管理员", "--role", "admin"])
        let imported = try second.ok(["kb", "import", one])
        XCTAssertTrue(imported.contains("2 created, 0 updated, 0 unchanged, 0 failed"), imported)
        try second.ok(["kb", "export", two])
        let names = try FileManager.default.contentsOfDirectory(atPath: one).sorted()
        XCTAssertEqual(names, try FileManager.default.contentsOfDirectory(atPath: two).sorted())
        for name in names {
            XCTAssertEqual(FileManager.default.contents(atPath: one + "/" + name), FileManager.default.contents(atPath: two + "/" + name), name)
        }

        // A changed file becomes a new version; a broken one is named and the rest go on.
        let path = one + "/" + names[0]
        let text = String(decoding: FileManager.default.contents(atPath: path)!, as: UTF8.self)
        try Data(text.replacingOccurrences(of: "检查**电源**", with: "检查**电源和网线**").utf8).write(to: URL(fileURLWithPath: path))
        try Data("---\ntitle: broken\nstatus: gone\n---\n".utf8).write(to: URL(fileURLWithPath: one + "/9999-broken.md"))
        let result = try second.run(["kb", "import", one])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("updated #1 to version 2"), result.stdout)
        XCTAssertTrue(result.stderr.contains("9999-broken.md: status “gone” is not one of draft, published, archived"), result.stderr)
        let diff = try second.ok(["kb", "show", "1", "--diff", "1..2"])
        XCTAssertTrue(diff.contains("- 1. 检查**电源**") && diff.contains("+ 1. 检查**电源和网线**"), diff)
    }

    func testSearchShowHistoryRestoreAndLinks() throws {
        let hd = try BinaryRunner()
        try hd.ok(["engineer", "add", me, "--name", "管理员", "--role", "admin", "--tier", "L2"])
        try hd.ok(["ticket", "new", "--title", "三楼打印机卡纸", "--requester", "张伟", "--contact", "zw@example.com", "--category", "hardware"])
        let early = try hd.fails(["kb", "add", "--from-ticket", "1"])
        XCTAssertTrue(early.contains("an article can be written from a resolved or closed ticket"), early)
        try hd.ok(["ticket", "take", "1"])
        try hd.ok(["ticket", "resolve", "1", "--resolution", "取出卡纸，清洁搓纸轮。"])
        let fromTicket = try hd.ok(["kb", "add", "--from-ticket", "1"])
        XCTAssertTrue(fromTicket.contains("三楼打印机卡纸 (used in 1 ticket)"), fromTicket)
        let shown = try hd.ok(["kb", "show", "1"])
        XCTAssertTrue(shown.contains("version 1 of 1  used in 1 ticket") && shown.contains("取出卡纸，清洁搓纸轮。"), shown)

        try hd.ok(["kb", "edit", "1", "--title", "Printer paper jam 卡纸"])
        let search = try hd.ok(["kb", "search", "卡纸"])
        XCTAssertTrue(search.contains("#1 Printer paper jam [卡纸] — hardware, used in 1 ticket"), search)
        let json = try hd.ok(["kb", "search", "jam", "--json"])
        XCTAssertTrue(json.contains("\"usage\" : 1") && json.contains("\"version\" : 2"), json)
        for query in ["\"", "NOT", "a*", "^", ":", "NEAR(", "(\"unbalanced"] { _ = try hd.ok(["kb", "search", query]) }

        let restored = try hd.ok(["kb", "restore", "1", "--version", "1"])
        XCTAssertTrue(restored.contains("restored v1 as #1 v3"), restored)
        let history = try hd.ok(["kb", "history", "1"])
        XCTAssertEqual(history.split(separator: "\n").count, 3, history)
        XCTAssertTrue(history.contains("restored v1"), history)
        XCTAssertTrue(try hd.ok(["kb", "show", "1", "--version", "2"]).contains("Printer paper jam"))

        XCTAssertTrue(try hd.ok(["kb", "unlink", "1", "1"]).contains("used in 0 tickets"))
        XCTAssertTrue(try hd.fails(["kb", "unlink", "1", "1"]).contains("is not linked to ticket #1"))
        XCTAssertTrue(try hd.ok(["kb", "link", "1", "1"]).contains("used in 1 ticket"))
        XCTAssertTrue(try hd.fails(["kb", "show", "42"]).contains("42"))
    }
}
