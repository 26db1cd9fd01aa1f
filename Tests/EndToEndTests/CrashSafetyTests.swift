import Foundation
import XCTest

/// kill -9 in the middle of a large import and of a run of reassignments: the database stays
/// sound (integrity and foreign keys), nothing is half-written, and the work can simply be run again.
final class CrashSafetyTests: XCTestCase {
    private func assertSound(_ path: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let db = SQLiteShell(database: path)
        XCTAssertEqual(try db.lines("PRAGMA integrity_check"), ["ok"], file: file, line: line)
        XCTAssertEqual(try db.lines("PRAGMA foreign_key_check"), [], file: file, line: line)
    }

    func testADemoImportKilledHalfWayLeavesNoHalfDatabaseAndRunsAgain() throws {
        let hd = try BinaryRunner()
        let staging = hd.database + ".importing"
        let demo = try hd.start(["demo", "--tickets", "200000"])
        // Wait until tickets are being written (the file grows past the team and articles), then kill.
        let deadline = Date().addingTimeInterval(60)
        var size = 0
        while Date() < deadline, demo.isRunning {
            size = ((try? FileManager.default.attributesOfItem(atPath: staging + "-wal")[.size] as? Int) ?? 0)
                + ((try? FileManager.default.attributesOfItem(atPath: staging)[.size] as? Int) ?? 0)
            if size > 8_000_000 { break }
            usleep(50_000)
        }
        XCTAssertTrue(demo.isRunning, "the demo finished before it could be killed (\(size) bytes written)")
        kill(demo.processIdentifier, SIGKILL)
        demo.waitUntilExit()
        XCTAssertEqual(demo.terminationReason, .uncaughtSignal)

        XCTAssertFalse(FileManager.default.fileExists(atPath: hd.database), "no half-filled database where the user asked for one")
        try assertSound(staging)
        let partial = try SQLiteShell(database: staging).lines("SELECT COUNT(*) FROM tickets")
        XCTAssertNotEqual(partial, ["200000"], "killed part-way")

        // Run again (a smaller run keeps the test quick; it proves the same thing): it starts afresh.
        let again = try hd.run(["demo", "--tickets", "20000"])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stderr.contains("was interrupted; starting it again"), again.stderr)
        try assertSound(hd.database)
        let db = SQLiteShell(database: hd.database)
        XCTAssertEqual(try db.lines("SELECT COUNT(*), COUNT(DISTINCT id), MAX(id) FROM tickets"), ["20000|20000|20000"], "no duplicates, nothing left over")
        XCTAssertFalse(FileManager.default.fileExists(atPath: staging))
        let list = try hd.ok(["ticket", "list", "--limit", "1"])
        XCTAssertTrue(list.contains("of "), "the queues work: \(list)")
    }

    func testReassignmentsKilledMidRunLeaveEveryTicketConsistent() throws {
        let hd = try BinaryRunner()
        try hd.ok(["demo", "--tickets", "300"])
        let db = SQLiteShell(database: hd.database)
        let ids = try db.lines("SELECT id FROM tickets WHERE open = 1 ORDER BY id LIMIT 40")
        let before = Dictionary(uniqueKeysWithValues: try db.rows("SELECT id, version FROM tickets").map { ($0.int("id")!, $0.int("version")!) })
        // A lead moving tickets between two engineers, one command after another, as a script would;
        // several such loops at once, all killed after a second.
        var loops: [Process] = []
        for worker in 0..<4 {
            let script = ids.map { id in
                "\(TmuxSession.quote(hd.binary)) ticket assign \(id) \(worker % 2 == 0 ? "alice" : "bob") --as grace --reason move\(worker) >/dev/null 2>&1"
            }.joined(separator: "; ")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "while true; do \(script); done"]
            process.environment = ["HELPDESK_DB": hd.database, "HOME": hd.home, "XDG_CONFIG_HOME": hd.home + "/no-config",
                                   "PATH": "/usr/bin:/bin"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            // Its own process group, so the loop and the helpdesk it is running die together.
            try process.run()
            setpgid(process.processIdentifier, process.processIdentifier)
            loops.append(process)
        }
        usleep(1_500_000)
        for loop in loops {
            kill(-loop.processIdentifier, SIGKILL)
            kill(loop.processIdentifier, SIGKILL)
            loop.waitUntilExit()
        }
        usleep(200_000)
        try assertSound(hd.database)

        // Every saved version has its events, and the audit log's last assignee is the ticket's.
        var moved = 0
        for row in try db.rows("SELECT id, version, assignee FROM tickets WHERE id IN (\(ids.joined(separator: ",")))") {
            let id = row.int("id")!, version = row.int("version")!
            let events = try db.rows("SELECT version, new_value FROM events WHERE ticket_id = \(id) AND field = 'assignee' AND version > \(before[id]!) ORDER BY id")
            let versions = Set(try db.lines("SELECT DISTINCT version FROM events WHERE ticket_id = \(id) AND version > \(before[id]!)").compactMap { Int($0) })
            let expected: Set<Int> = version > before[id]! ? Set((before[id]! + 1)...version) : []
            XCTAssertEqual(versions, expected,
                           "#\(id): every version from \(before[id]!) to \(version) has its events")
            if let last = events.last {
                moved += 1
                XCTAssertEqual(last.string("new_value"), row.string("assignee"), "#\(id): the audit log's last assignee is the ticket's")
            }
        }
        XCTAssertGreaterThan(moved, 0, "some reassignments were saved before the kill")
        print("killed reassignment loops: \(moved) of \(ids.count) tickets moved, database sound")
    }
}
