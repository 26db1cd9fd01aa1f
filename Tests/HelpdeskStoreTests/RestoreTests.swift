import Foundation
import GRDB
import HelpdeskCore
@testable import HelpdeskStore
import XCTest

/// `StoreRestore`: a bad file is refused before anything changes; a good one goes in, the old database kept.
final class RestoreTests: XCTestCase {
    private var folder: String!
    private var database: String { folder + "/helpdesk.sqlite" }

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-restore-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func ticketCount(_ path: String) throws -> Int {
        try HelpdeskStore(path: path).ticketCount()
    }

    /// A live database with `live` tickets and a backup of it taken at `backedUp` tickets.
    private func databaseAndBackup(backedUp: Int = 2, live: Int = 5) throws -> String {
        let store = try HelpdeskStore(path: database)
        for n in 0..<live {
            if n == backedUp { _ = try StoreBackup.backup(databaseAt: database, to: folder + "/good.sqlite") }
            _ = try store.createTicket(StoreFixtures.draft("工单 \(n)"), by: .system, at: StoreFixtures.monday10)
        }
        return folder + "/good.sqlite"
    }

    private func assertRefused(_ backup: String, saying expected: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let before = try ticketCount(database)
        let error = thrownError({ try StoreRestore.restore(from: backup, to: database) }, file: file, line: line)
        guard case .unhealthyBackup? = error as? MaintenanceError else {
            return XCTFail("got \(String(describing: error))", file: file, line: line)
        }
        let message = "\(error!)"
        XCTAssertTrue(message.contains(expected), message, file: file, line: line)
        XCTAssertTrue(message.hasSuffix("the current database was not changed"), message, file: file, line: line)
        XCTAssertFalse(message.contains(".restoring"), "the staging copy is not named: \(message)", file: file, line: line)
        XCTAssertEqual(try ticketCount(database), before, file: file, line: line)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains("restoring") || $0.contains("before-restore") }
        XCTAssertEqual(left, [], "nothing left behind", file: file, line: line)
    }

    func testGoodBackupReplacesTheDatabaseAndTheOldOneIsKept() throws {
        let backup = try databaseAndBackup()
        let outcome = try StoreRestore.restore(from: backup, to: database, at: StoreFixtures.monday10)
        XCTAssertEqual(try ticketCount(database), 2)
        XCTAssertEqual(outcome.report.counts.first { $0.table == "tickets" }?.rows, 2)
        let previous = try XCTUnwrap(outcome.previous)
        XCTAssertTrue(previous.path.hasPrefix(database + ".before-restore-2026"), previous.path)
        XCTAssertEqual(try ticketCount(previous.path), 5, "the replaced database is kept whole")
        let mode = try FileManager.default.attributesOfItem(atPath: previous.path)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
        XCTAssertTrue(try DatabaseInspector.inspect(backup).isHealthy, "the backup itself is untouched")
    }

    func testRestoreWhereThereIsNoDatabaseYet() throws {
        let backup = try databaseAndBackup()
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
        let outcome = try StoreRestore.restore(from: backup, to: database)
        XCTAssertNil(outcome.previous)
        XCTAssertEqual(try ticketCount(database), 2)
    }

    func testTextRandomEmptyAndTruncatedFilesAreRefused() throws {
        _ = try databaseAndBackup()
        let text = folder + "/notes.txt"
        try "工单导出\nnot a database\n".write(toFile: text, atomically: true, encoding: .utf8)
        try assertRefused(text, saying: "not a helpdesk database (the file is not an SQLite database)")
        let random = folder + "/random.bin"
        var generator = SystemRandomNumberGenerator()
        FileManager.default.createFile(atPath: random, contents: Data((0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) }))
        try assertRefused(random, saying: "not an SQLite database")
        let empty = folder + "/empty.sqlite"
        FileManager.default.createFile(atPath: empty, contents: Data())
        try assertRefused(empty, saying: "the file is empty")
        let truncated = folder + "/truncated.sqlite"
        let whole = try Data(contentsOf: URL(fileURLWithPath: folder + "/good.sqlite"))
        FileManager.default.createFile(atPath: truncated, contents: whole.prefix(whole.count / 2))
        try assertRefused(truncated, saying: "truncated")
        let headerOnly = folder + "/header.sqlite"
        FileManager.default.createFile(atPath: headerOnly, contents: whole.prefix(40))
        try assertRefused(headerOnly, saying: "truncated")
        let missing = thrownError { try StoreRestore.restore(from: folder + "/absent.sqlite", to: database) }
        XCTAssertTrue("\(missing!)".contains("absent.sqlite"), "\(missing!)")
    }

    func testAnotherProgramsDatabaseAndANewerHelpdeskAreRefused() throws {
        let backup = try databaseAndBackup()
        let other = folder + "/photos.sqlite"
        try DatabaseQueue(path: other).write { db in try db.execute(sql: "CREATE TABLE photos (id INTEGER PRIMARY KEY)") }
        try assertRefused(other, saying: "another program")
        try DatabaseQueue(path: backup).writeWithoutTransaction { db in try db.execute(sql: "PRAGMA user_version = 99") }
        try assertRefused(backup, saying: "newer helpdesk (schema version 99; this program knows up to \(StoreSchema.version))")
    }

    func testBrokenForeignKeysAndDamagedPagesAreRefused() throws {
        let backup = try databaseAndBackup()
        let orphan = folder + "/orphan.sqlite"
        try FileManager.default.copyItem(atPath: backup, toPath: orphan)
        try DatabaseQueue(path: orphan).writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: "INSERT INTO comments(ticket_id, author, kind, body, created_at) VALUES (999, 'x', 'note', 'lost', 0)")
        }
        try assertRefused(orphan, saying: "foreign key: comments row")
        let damaged = folder + "/damaged.sqlite"
        var bytes = try Data(contentsOf: URL(fileURLWithPath: backup))
        let pageSize = 4096
        for offset in (pageSize * 3)..<(pageSize * 6) { bytes[offset] = UInt8(truncatingIfNeeded: offset &* 31) }
        FileManager.default.createFile(atPath: damaged, contents: bytes)
        try assertRefused(damaged, saying: "it is damaged")
    }

    func testRestoreRefusesWhileAnotherProcessHasTheDatabaseOpenUnlessForced() throws {
        let backup = try databaseAndBackup()
        let holder = try SQLiteShell(database: database)
        XCTAssertTrue(StoreFile.isOpenElsewhere(database))
        let error = thrownError { try StoreRestore.restore(from: backup, to: database) }
        XCTAssertEqual(error as? MaintenanceError, .databaseInUse(path: database))
        XCTAssertTrue("\(error!)".contains("--force"), "\(error!)")
        XCTAssertEqual(try ticketCount(database), 5)
        _ = try StoreRestore.restore(from: backup, to: database, force: true)
        XCTAssertEqual(try holder.query("SELECT COUNT(*) FROM tickets;"), "2", "the open connection sees the restored data, not a broken file")
        holder.close()
        XCTAssertFalse(StoreFile.isOpenElsewhere(database))
        XCTAssertTrue(try DatabaseInspector.inspect(database).isHealthy)
    }

    func testADamagedDatabaseIsKeptAsItWasAndReplaced() throws {
        let backup = try databaseAndBackup()
        _ = try HelpdeskStore(path: database)   // checkpointed and closed: the file alone holds the data
        var bytes = try Data(contentsOf: URL(fileURLWithPath: database))
        let cut = bytes.count / 3
        bytes = bytes.prefix(cut)
        FileManager.default.createFile(atPath: database, contents: bytes)
        let outcome = try StoreRestore.restore(from: backup, to: database)
        XCTAssertEqual(try ticketCount(database), 2)
        let previous = try XCTUnwrap(outcome.previous)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: previous.path)), bytes, "the damaged file is kept byte for byte")
    }

    func testRestoringTheDatabaseOntoItselfIsRefused() throws {
        _ = try databaseAndBackup()
        let error = thrownError { try StoreRestore.restore(from: database, to: database) }
        XCTAssertTrue("\(error!)".contains("the database itself"), "\(error!)")
    }
}
