import Foundation
import XCTest

/// Database files that are not what they should be, permissions and full disks, seen from the command line and the console.
final class FileFailureCommandTests: XCTestCase {
    private var me: String { String(cString: getpwuid(geteuid())!.pointee.pw_name) }

    private func desk() throws -> BinaryRunner {
        let hd = try BinaryRunner()
        try hd.ok(["engineer", "add", me, "--name", "管理员", "--role", "admin"])
        try hd.ok(["ticket", "new", "--title", "第一张", "--requester", "张伟", "--contact", "zw@example.cn"])
        return hd
    }

    func testCorruptFilesGiveOneLineInTheCommandLine() throws {
        let hd = try desk()
        let whole = try Data(contentsOf: URL(fileURLWithPath: hd.database))
        let files: [(String, Data, String)] = [
            ("random.bin", Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2654435761 >> 7) }), "is not a helpdesk database (the file is not an SQLite database)"),
            ("notes.txt", Data("会议纪要\nnot a database\n".utf8), "is not a helpdesk database (the file is not an SQLite database)"),
            ("cut.sqlite", whole.prefix(whole.count / 2), "is damaged (the file is truncated"),
            ("stub.sqlite", whole.prefix(60), "is damaged (the file is truncated"),
        ]
        for (name, bytes, expected) in files {
            let path = hd.home + "/" + name
            FileManager.default.createFile(atPath: path, contents: bytes)
            for args in [["ticket", "list", "--db", path], ["check", "--db", path], ["backup", "--db", path]] {
                let message = try hd.fails(args)
                XCTAssertTrue(message.contains(expected), "\(args.joined(separator: " ")): \(message)")
            }
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), bytes, "\(name) is left as it was")
        }
    }

    func testACorruptFileStopsTheConsoleBeforeItOpens() throws {
        let hd = try BinaryRunner()
        let path = hd.home + "/notes.txt"
        try "this is a text file\n".write(toFile: path, atomically: true, encoding: .utf8)
        let console = try TmuxSession(command: "\(hd.binary) --db \(path)", environment: ["HOME": hd.home, "XDG_CONFIG_HOME": hd.home + "/none"])
        try console.waitFor("helpdesk: ")
        usleep(300_000)
        let screen = try console.screen().replacingOccurrences(of: "\n", with: "")
        XCTAssertTrue(screen.contains("is not a helpdesk database (the file is not an SQLite database)"), screen)
    }

    func testADatabaseFromANewerHelpdeskIsRefusedNamingBothVersions() throws {
        let hd = try desk()
        let handle = try XCTUnwrap(FileHandle(forUpdatingAtPath: hd.database))
        try handle.seek(toOffset: 60)   // PRAGMA user_version lives at offset 60 of the header
        try handle.write(contentsOf: Data([0, 0, 0, 99]))
        try handle.close()
        let message = try hd.fails(["ticket", "list"])
        XCTAssertTrue(message.contains("was written by a newer helpdesk (schema version 99; this program knows up to"), message)
        XCTAssertTrue(message.contains("upgrade helpdesk"), message)
        let check = try hd.run(["check"])
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.stderr.contains("newer helpdesk"), check.stderr)
    }

    func testReadOnlyFileFolderAndMissingFolderForAnOrdinaryUser() throws {
        let hd = try desk()
        let shell = ShellRunner(hd: hd)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hd.home)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: hd.database)
        let file = try shell.runAsNobody(["ticket", "list", "--db", hd.database])
        XCTAssertEqual(file.status, 1)
        XCTAssertTrue(file.stderr.contains("cannot write the helpdesk database at \(hd.database): the file or its folder is read-only for this user"), file.stderr)
        XCTAssertEqual(file.stderr.split(separator: "\n").count, 1, file.stderr)

        let folder = hd.home + "/ro"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o555])
        let inFolder = try shell.runAsNobody(["ticket", "list", "--db", folder + "/desk.sqlite"])
        XCTAssertEqual(inFolder.status, 1)
        XCTAssertTrue(inFolder.stderr.contains("read-only"), inFolder.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/desk.sqlite"))

        let missing = try shell.runAsNobody(["ticket", "list", "--db", folder + "/sub/desk.sqlite"])
        XCTAssertTrue(missing.stderr.contains("the folder \(folder)/sub cannot be created"), missing.stderr)
        let backup = try shell.runAsNobody(["backup", "--db", hd.database, folder + "/b.sqlite"])
        XCTAssertEqual(backup.status, 1)
        XCTAssertTrue(backup.stderr.contains("read-only for this user"), backup.stderr)
        XCTAssertEqual(backup.stderr.split(separator: "\n").count, 1, backup.stderr)
    }

    func testAFullDiskRefusesTheTicketAndKeepsTheRest() throws {
        let mount = try ShellRunner.mountTmpfs(bytes: 2 * 1024 * 1024)  // an empty desk with every migration takes about 400 KB, more while its WAL is checkpointed
        defer { ShellRunner.unmount(mount) }
        let hd = try BinaryRunner()
        let db = mount + "/desk.sqlite"
        try hd.ok(["engineer", "add", me, "--name", "Admin", "--role", "admin", "--db", db])
        let text = hd.home + "/big.txt"
        try String(repeating: "磁盘快满了。", count: 60_000).write(toFile: text, atomically: true, encoding: .utf8)
        var created = 0
        var last = BinaryRunner.Result(status: 0, stdout: "", stderr: "")
        while last.status == 0 && created < 20 {
            last = try hd.run(["ticket", "new", "--title", "大工单 \(created)", "--requester", "r", "--contact", "c",
                               "--description-file", text, "--db", db])
            if last.status == 0 { created += 1 }
        }
        XCTAssertEqual(last.status, 1)
        XCTAssertTrue(last.stderr.contains("the disk holding \(db) is full; free some space and try again"), last.stderr)
        let list = try hd.ok(["ticket", "list", "--db", db, "--limit", "100"])
        XCTAssertTrue(list.contains("of \(created)") || created == 0, list)
        let backup = try hd.run(["backup", "--db", db])
        XCTAssertEqual(backup.status, 1)
        XCTAssertTrue(backup.stderr.contains("is full"), backup.stderr)
        XCTAssertFalse(try FileManager.default.contentsOfDirectory(atPath: mount).contains { $0.contains("backup") }, "no partial backup")
    }
}
