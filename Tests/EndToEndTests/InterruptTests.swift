import Foundation
import XCTest

/// Ctrl-C during long work: the command stops at a transaction boundary, says what was done,
/// leaves no partial file and a sound database, and exits 130; running it again finishes the job.
final class InterruptTests: XCTestCase {
    private func assertSound(_ path: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let db = SQLiteShell(database: path)
        XCTAssertEqual(try db.lines("PRAGMA integrity_check"), ["ok"], file: file, line: line)
        XCTAssertEqual(try db.lines("PRAGMA foreign_key_check"), [], file: file, line: line)
    }

    private func leftovers(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter {
            $0.hasSuffix(".partial") || $0.contains(".partial-") || $0.hasSuffix(".part") || $0.contains(".importing") || $0.contains(".restoring")
        }
    }

    func testDemoInterruptedLeavesNoDatabaseAndRunsAgain() throws {
        let hd = try BinaryRunner()
        let run = try WatchedRun(hd, ["demo", "--tickets", "300000"])
        XCTAssertTrue(run.waitForError("of 300000 tickets"), "no progress before the end: \(run.stderr)")
        run.interrupt()
        let result = run.finish()
        XCTAssertEqual(result.status, 130, result.stderr)
        let message = try XCTUnwrap(result.stderr.split(separator: "\n").last.map(String.init))
        XCTAssertNotNil(message.firstMatch(of: /^helpdesk: interrupted after \d+ of 300000 tickets; no demo database was written/), message)
        XCTAssertTrue(message.contains("run it again"), message)
        XCTAssertEqual(result.stdout, "", "nothing claims success")
        XCTAssertFalse(FileManager.default.fileExists(atPath: hd.database), "no half demo under the real name")
        XCTAssertEqual(try leftovers(in: hd.home), [], "the staging file is removed")

        let again = try hd.run(["demo", "--tickets", "500"])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertFalse(again.stderr.contains("was interrupted"), "nothing was left to clean up: \(again.stderr)")
        try assertSound(hd.database)
    }

    func testMailImportInterruptedKeepsWhatWasImportedAndContinuesOnTheNextRun() throws {
        let hd = try BinaryRunner()
        let mbox = hd.home + "/inbox.mbox"
        try ProgressOutputTests.mbox(3000, at: mbox)
        let run = try WatchedRun(hd, ["mail", "import", mbox])
        XCTAssertTrue(run.waitForError("of 3000 messages", count: 3), "no progress before the end: \(run.stderr)")
        run.interrupt()
        let result = run.finish()
        XCTAssertEqual(result.status, 130, result.stderr)
        let message = try XCTUnwrap(result.stderr.split(separator: "\n").last.map(String.init))
        let done = try XCTUnwrap(message.firstMatch(of: /^helpdesk: interrupted after (\d+) of 3000 messages; run it again to continue — already imported messages are skipped$/)?.1, message)
        let imported = Int(done)!
        XCTAssertGreaterThan(imported, 0)
        XCTAssertLessThan(imported, 3000, "stopped part-way")
        try assertSound(hd.database)
        XCTAssertEqual(try SQLiteShell(database: hd.database).lines("SELECT COUNT(*) FROM tickets"), ["\(imported)"], "every message reported is saved, no more")
        XCTAssertTrue(result.stdout.hasSuffix("mail import: \(imported) created, 0 threaded, 0 skipped, 0 failed\n"), String(result.stdout.suffix(200)))

        let again = try hd.run(["mail", "import", mbox])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stdout.hasSuffix("mail import: \(3000 - imported) created, 0 threaded, \(imported) skipped, 0 failed\n"), String(again.stdout.suffix(200)))
        XCTAssertEqual(try SQLiteShell(database: hd.database).lines("SELECT COUNT(*) FROM tickets"), ["3000"])
    }

    func testBackupInterruptedRemovesThePartialFileAndLeavesTheDatabaseAlone() throws {
        let hd = try BinaryRunner()
        try hd.ok(["demo", "--tickets", "30000"])
        let target = hd.home + "/backups"
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        let run = try WatchedRun(hd, ["backup", target])
        XCTAssertTrue(run.waitForError("progress: backup"), "no progress before the end: \(run.stderr)")
        run.interrupt()
        let result = run.finish()
        XCTAssertEqual(result.status, 130, "the backup finished before Ctrl-C arrived? \(result.stderr)")
        let message = try XCTUnwrap(result.stderr.split(separator: "\n").last.map(String.init))
        XCTAssertNotNil(message.firstMatch(of: /^helpdesk: interrupted after copying .+ of .+; no backup was written \(the partial file is removed\) and the database is unchanged; run it again$/), message)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: target), [], "no partial backup")
        try assertSound(hd.database)
        XCTAssertEqual(try SQLiteShell(database: hd.database).lines("SELECT COUNT(*) FROM tickets"), ["30000"])

        let again = try hd.run(["backup", target])
        XCTAssertEqual(again.status, 0, again.stderr)
        let written = try FileManager.default.contentsOfDirectory(atPath: target)
        XCTAssertEqual(written.count, 1, "\(written)")
        try assertSound(target + "/" + written[0])
    }
}
