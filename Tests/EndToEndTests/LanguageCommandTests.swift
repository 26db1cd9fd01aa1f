import Foundation
import XCTest

/// The command line in Chinese: chosen by --lang, the settings file or the locale; scripts' output stays English.
final class LanguageCommandTests: XCTestCase {
    private var me: String { String(cString: getpwuid(geteuid())!.pointee.pw_name) }

    private func desk() throws -> BinaryRunner {
        let hd = try BinaryRunner()
        try hd.ok(["engineer", "add", me, "--name", "管理员", "--role", "admin", "--tier", "L2"])
        try hd.ok(["ticket", "new", "--title", "三楼打印机无法打印", "--requester", "张伟", "--contact", "zhang.wei@example.com",
                   "--category", "hardware"])
        return hd
    }

    func testLangFlagTranslatesMessagesButNotWhatScriptsRead() throws {
        let hd = try desk()
        let taken = try hd.ok(["ticket", "take", "1", "--lang", "zh"])
        XCTAssertTrue(taken.hasPrefix("#1 已接手：已分配，已分配给 \(me)"), taken)
        let list = try hd.ok(["ticket", "list", "--lang", "zh"])
        XCTAssertTrue(list.contains("全部未结：第 1–1 条，共 1 条"), list)
        XCTAssertTrue(list.contains(" assigned ") && list.contains("hardware"), "column values stay English for scripts: \(list)")
        XCTAssertEqual(try hd.ok(["ticket", "list", "--json", "--lang", "zh"]), try hd.ok(["ticket", "list", "--json"]))
        let english = try hd.ok(["ticket", "list", "--lang", "en"])
        XCTAssertTrue(english.contains("All open: 1–1 of 1"), english)
    }

    func testLocaleAndSettingsChooseAndTheFlagWins() throws {
        let hd = try desk()
        let chinese = try hd.run(["ticket", "show", "99"], environmentOverrides: ["LANG": "zh_CN.UTF-8"])
        XCTAssertEqual(chinese.stderr, "helpdesk: 没有工单 #99\n")
        let lcAll = try hd.run(["ticket", "show", "99"], environmentOverrides: ["LANG": "zh_CN.UTF-8", "LC_ALL": "en_US.UTF-8"])
        XCTAssertEqual(lcAll.stderr, "helpdesk: there is no ticket #99\n", "LC_ALL comes before LANG")
        let flag = try hd.run(["ticket", "show", "99", "--lang", "en"], environmentOverrides: ["LANG": "zh_CN.UTF-8"])
        XCTAssertEqual(flag.stderr, "helpdesk: there is no ticket #99\n")

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hd-lang-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("helpdesk"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "lang = zh\n".write(to: folder.appendingPathComponent("helpdesk/config"), atomically: true, encoding: .utf8)
        let configured = try hd.run(["ticket", "show", "99"], environmentOverrides: ["XDG_CONFIG_HOME": folder.path])
        XCTAssertEqual(configured.stderr, "helpdesk: 没有工单 #99\n")
        let overridden = try hd.run(["ticket", "show", "99", "--lang=en"], environmentOverrides: ["XDG_CONFIG_HOME": folder.path])
        XCTAssertEqual(overridden.stderr, "helpdesk: there is no ticket #99\n")
    }

    func testBadLanguageIsRefusedAndHelpIsTranslated() throws {
        let hd = try desk()
        let bad = try hd.fails(["ticket", "list", "--lang", "fr"])
        XCTAssertEqual(bad, "helpdesk: --lang must be en or zh, not “fr”\n")
        let help = try hd.run(["ticket", "--help", "--lang", "zh"])
        XCTAssertTrue(help.stdout.contains("创建、列出、查看和处理工单。"), help.stdout)
        let options = try hd.run(["ticket", "new", "--help", "--lang", "zh"])
        XCTAssertTrue(options.stdout.contains("--title <title>         一句话说明出了什么问题。"), options.stdout)
        XCTAssertTrue(options.stdout.contains("影响范围：low、medium（默认）、high、critical。"), "values stay as typed: \(options.stdout)")
        XCTAssertFalse(options.stdout.contains("default: 2"), "a level is named, not numbered")
        let english = try hd.run(["ticket", "new", "--help", "--lang", "en"])
        XCTAssertTrue(english.stdout.contains("--title <title>         One line saying what is wrong."), english.stdout)
    }
}
