import Foundation
import XCTest

/// Each bad input docs/admin.md lists under "Bad input", tried through the real binary:
/// one clear line and nothing stored, or stored exactly as given and shown safely.
final class BadInputTests: XCTestCase {
    private var me: String { String(cString: getpwuid(geteuid())!.pointee.pw_name) }

    private func desk() throws -> BinaryRunner {
        let hd = try BinaryRunner()
        try hd.ok(["engineer", "add", me, "--name", "管理员", "--role", "admin"])
        try hd.ok(["ticket", "new", "--title", "第一张", "--requester", "张伟", "--contact", "zw@example.cn"])
        return hd
    }

    private func newTicket(_ extra: [String], title: String = "坏输入") -> [String] {
        ["ticket", "new", "--title", title, "--requester", "测试", "--contact", "t@example.cn"] + extra
    }

    private func assertStillOneTicket(_ hd: BinaryRunner, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertTrue(try hd.ok(["ticket", "list"]).contains("All open: 1–1 of 1"), "nothing was stored", file: file, line: line)
    }

    func testInvalidUTF8InAFileOnStdinAndInAnArgument() throws {
        let hd = try desk()
        let gbk = hd.home + "/gbk.txt"
        FileManager.default.createFile(atPath: gbk, contents: Data([0x41, 0x42, 0xB4, 0xF2, 0xD3, 0xA1]))  // "AB打印" in GBK
        let file = try hd.fails(newTicket(["--description-file", gbk]))
        XCTAssertTrue(file.contains("gbk.txt is not valid UTF-8 text (the first bad byte is at offset 2)"), file)
        XCTAssertTrue(file.contains("iconv"), file)
        let shell = ShellRunner(hd: hd)
        let stdin = try shell.run("printf 'ok\\377' | \"$HD\" ticket note 1 -")
        XCTAssertEqual(stdin.status, 1)
        XCTAssertTrue(stdin.stderr.contains("standard input is not valid UTF-8 text"), stdin.stderr)
        let argument = try shell.run("\"$HD\" ticket note 1 \"$(printf 'bad\\300\\257')\"")
        XCTAssertEqual(argument.status, 1)
        XCTAssertTrue(argument.stderr.contains("argument 4 is not valid UTF-8 text"), argument.stderr)
        XCTAssertFalse(try hd.ok(["ticket", "show", "1"]).contains("note (internal)"), "no note was stored")
        try assertStillOneTicket(hd)
    }

    func testNULBytesAreRefused() throws {
        let hd = try desk()
        let path = hd.home + "/nul.txt"
        FileManager.default.createFile(atPath: path, contents: Data("前\u{0}后".utf8))
        let message = try hd.fails(newTicket(["--description-file", path]))
        XCTAssertTrue(message.contains("the description contains a NUL character"), message)
        let note = try ShellRunner(hd: hd).run("printf 'a\\000b' | \"$HD\" ticket note 1 -")
        XCTAssertTrue(note.stderr.contains("the note contains a NUL character"), note.stderr)
        try assertStillOneTicket(hd)
    }

    func testSizeLimits() throws {
        let hd = try desk()
        let huge = hd.home + "/huge.txt"
        FileManager.default.createFile(atPath: huge, contents: Data(repeating: UInt8(ascii: "x"), count: 10 * 1024 * 1024))
        let tooBig = try hd.fails(newTicket(["--description-file", huge]))
        XCTAssertTrue(tooBig.contains("the description is 10485760 characters long; the limit is 1000000"), tooBig)
        let longTitle = try hd.fails(newTicket([], title: String(repeating: "长", count: 301)))
        XCTAssertTrue(longTitle.contains("the title is 301 characters long; the limit is 300"), longTitle)
        let longName = try hd.fails(["ticket", "new", "--title", "t", "--requester", String(repeating: "名", count: 121), "--contact", "c"])
        XCTAssertTrue(longName.contains("the requester's name is 121 characters long; the limit is 120"), longName)
        try assertStillOneTicket(hd)

        let atLimit = hd.home + "/limit.txt"
        let line = String(repeating: "一行很长的文字不换行", count: 100_000)   // one line of 1,000,000 characters
        try line.write(toFile: atLimit, atomically: true, encoding: .utf8)
        XCTAssertTrue(try hd.ok(newTicket(["--description-file", atLimit])).hasPrefix("#2 created"))
        let json = try hd.ok(["ticket", "show", "2", "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        XCTAssertEqual((object?["ticket"] as? [String: Any])?["description"] as? String, line, "stored whole")
    }

    func testEscapesRTLCombiningAndEmojiAreStoredAsGivenAndShownSafely() throws {
        let hd = try desk()
        let title = "\u{1B}]52;c;cm0gLXJmIH4=\u{07}\u{1B}[31m红色\u{1B}[0m \u{202E}fdp.exe é\u{0301} 👩‍💻"
        let requester = "\u{1B}]8;;http://evil.example/\u{1B}\\Mallory\u{1B}]8;;\u{1B}\\"
        try hd.ok(["ticket", "new", "--title", title, "--requester", requester, "--contact", "m@evil.example",
                   "--description", "第一行\n\u{9B}31m第二行\t制表\r\n"])
        try hd.ok(["ticket", "note", "2", "内部\u{1B}[2J备注 مرحبا"])
        for output in [try hd.ok(["ticket", "list"]), try hd.ok(["ticket", "show", "2"])] {
            XCTAssertFalse(output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B || $0.value == 0x202E },
                           "raw control characters reached the terminal:\n\(output)")
        }
        let show = try hd.ok(["ticket", "show", "2"])
        for expected in ["␛]52;c;cm0gLXJmIH4=␇␛[31m红色␛[0m", "�fdp.exe", "␛]8;;http://evil.example/␛\\Mallory", "内部␛[2J备注 مرحبا", "👩‍💻"] {
            XCTAssertTrue(show.contains(expected), "show lacks \(expected):\n\(show)")
        }
        let json = try hd.ok(["ticket", "show", "2", "--json"])
        let ticket = (try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["ticket"] as? [String: Any]
        XCTAssertEqual(ticket?["title"] as? String, title, "stored exactly as given")
        XCTAssertEqual((ticket?["requester"] as? [String: Any])?["name"] as? String, requester)
    }

    func testErrorLinesNeverCarryRawEscapes() throws {
        let hd = try desk()
        let result = try hd.run(["ticket", "new", "--title", "t", "--requester", "r", "--contact", "c", "--tag", "bad tag\u{1B}[5m"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("␛[5m"), result.stderr)
        XCTAssertFalse(result.stderr.unicodeScalars.contains { $0.value == 0x1B }, result.stderr)
    }

    func testOptionsOutOfRangeGetOneClearLine() throws {
        let hd = try desk()
        let cases: [([String], String)] = [
            (["ticket", "set", "1", "--priority", "9", "--reason", "x"], "--priority"),
            (["ticket", "set", "1", "--priority", "P1"], "--priority needs --reason"),
            (["demo", "--tickets", "-1"], "--tickets"),
            (["demo", "--tickets", "0"], "--tickets must be between 1 and 5000000"),
            (["ticket", "list", "--limit", "0"], "--limit must be between 1 and 10000"),
            (["ticket", "list", "--offset", "-3"], "--offset"),
            (["ticket", "show", "0"], "id"),
            (["ticket", "show", "abc"], "id"),
            (["ticket", "take", "1", "--version", "two"], "--version"),
            (["ticket", "new", "--title", "t", "--requester", "r", "--contact", "c", "--impact", "huge"], "--impact"),
            (["ticket", "status", "1", "sleeping"], "status"),
            (["engineer", "add", "x1", "--name", "X", "--cap", "0"], "--cap must be between 1 and 200"),
            (["engineer", "add", "x2", "--name", "X", "--tier", "L3"], "--tier"),
            (["ticket", "new", "--title", "t", "--requester", "r", "--contact", "c", "--description", "d", "--description-file", "/etc/hostname"],
             "not both"),
            (["ticket", "new", "--title", "t", "--requester", "r", "--contact", "c", "--description-file", "/nonexistent/file.txt"],
             "there is no file /nonexistent/file.txt"),
        ]
        for (args, expected) in cases {
            let message = try hd.fails(args)
            XCTAssertTrue(message.hasPrefix("helpdesk: "), message)
            XCTAssertTrue(message.contains(expected), "\(args.joined(separator: " ")): \(message)")
        }
        try assertStillOneTicket(hd)
    }
}
