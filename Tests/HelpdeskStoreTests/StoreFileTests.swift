import Foundation
import GRDB
import HelpdeskCore
@testable import HelpdeskStore
import XCTest

final class StoreFileTests: XCTestCase {
    private var folder: String!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-file-\(UUID().uuidString)").path
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    func testMigrationCreatesSchemaAndRecordsVersion() throws {
        let store = try HelpdeskStore.temporary()
        XCTAssertEqual(try store.schemaVersion(), StoreSchema.version)
        let tables = try store.writer.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name")
        }
        for table in ["requesters", "engineers", "engineer_skills", "tickets", "comments", "events", "time_entries",
                      "calendars", "calendar_days", "sla_policies", "settings", "kb_articles", "kb_fts", "kb_grams", "queue_counts", "ticket_trigrams", "ticket_grams"] {
            XCTAssertTrue(tables.contains(table), "missing table \(table)")
        }
        let pragmas = try store.writer.writeWithoutTransaction { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA foreign_keys"),
             try Int.fetchOne(db, sql: "PRAGMA synchronous"))
        }
        XCTAssertEqual(pragmas.0, "wal")
        XCTAssertEqual(pragmas.1, 1)
        XCTAssertEqual(pragmas.2, 1, "synchronous should be NORMAL (1)")
    }

    func testDefaultsAreSeeded() throws {
        let store = try HelpdeskStore.temporary()
        XCTAssertEqual(try store.slaConfiguration(), SLAConfiguration.standard)
        XCTAssertEqual(try store.priorityRules(), PriorityRules())
        XCTAssertFalse(try store.isDemo())
        try store.setDemo(true)
        XCTAssertTrue(try store.isDemo())
    }

    func testNewFileAndFolderArePrivate() throws {
        let path = folder + "/nested/helpdesk.sqlite"
        let store = try HelpdeskStore(path: path)
        _ = try store.createTicket(StoreFixtures.draft("打印机卡纸"), by: .system, at: StoreFixtures.monday10)
        for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
            let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? NSNumber
            XCTAssertEqual(mode?.intValue, 0o600, "\(file) should be readable by its owner only")
        }
        let dirMode = try FileManager.default.attributesOfItem(atPath: folder + "/nested")[.posixPermissions] as? NSNumber
        XCTAssertEqual(dirMode?.intValue, 0o700)
    }

    func testReopeningKeepsData() throws {
        let path = folder + "/helpdesk.sqlite"
        let id = try HelpdeskStore(path: path).createTicket(StoreFixtures.draft("VPN 断网"), by: .system, at: StoreFixtures.monday10).id
        let again = try HelpdeskStore(path: path)
        XCTAssertEqual(try again.ticket(id: id).title, "VPN 断网")
    }

    func testDefaultPathPrefersHelpdeskDBThenXDGThenHome() {
        XCTAssertEqual(HelpdeskStore.defaultPath(environment: ["HELPDESK_DB": "/srv/desk.sqlite", "XDG_DATA_HOME": "/x", "HOME": "/home/a"]),
                       "/srv/desk.sqlite")
        XCTAssertEqual(HelpdeskStore.defaultPath(environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/a"]),
                       "/data/helpdesk/helpdesk.sqlite")
        XCTAssertEqual(HelpdeskStore.defaultPath(environment: ["HOME": "/home/a"]),
                       "/home/a/.local/share/helpdesk/helpdesk.sqlite")
        XCTAssertEqual(HelpdeskStore.defaultPath(environment: ["HELPDESK_DB": "", "XDG_DATA_HOME": "relative", "HOME": "/home/b"]),
                       "/home/b/.local/share/helpdesk/helpdesk.sqlite", "empty HELPDESK_DB and relative XDG_DATA_HOME are ignored")
    }

    func testForeignFileIsRefusedWithAClearMessage() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/notes.txt"
        try String(repeating: "not a database at all\n", count: 200).write(toFile: path, atomically: true, encoding: .utf8)
        let error = thrownError { try HelpdeskStore(path: path) }
        guard case .notHelpdeskDatabase? = error as? StoreError else { return XCTFail("got \(String(describing: error))") }
        XCTAssertTrue("\(error!)".contains("is not a helpdesk database"), "\(error!)")
        XCTAssertFalse("\(error!)".contains("SQLite error"), "\(error!)")
    }

    func testAnotherProgramsDatabaseIsRefusedAndLeftAlone() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/other.sqlite"
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "CREATE TABLE photos (id INTEGER PRIMARY KEY)") }
        let error = thrownError { try HelpdeskStore(path: path) }
        guard case .notHelpdeskDatabase? = error as? StoreError else { return XCTFail("got \(String(describing: error))") }
        let mode = try DatabaseQueue(path: path).read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        XCTAssertEqual(mode, "delete", "the other program's database must not be switched to WAL")
    }

    func testNewerSchemaIsRefused() throws {
        let path = folder + "/helpdesk.sqlite"
        do {
            let store = try HelpdeskStore(path: path)
            try store.writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA user_version = 99") }
        }
        let error = thrownError { try HelpdeskStore(path: path) }
        XCTAssertEqual(error as? StoreError, .newerSchema(path: path, found: 99, supported: StoreSchema.version))
        XCTAssertTrue("\(error!)".contains("newer helpdesk"), "\(error!)")
    }

    func testUnwritableLocationIsReportedPlainly() throws {
        // A folder cannot be created below a regular file, even by root.
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let blocker = folder + "/file"
        XCTAssertTrue(FileManager.default.createFile(atPath: blocker, contents: Data("x".utf8)))
        let error = thrownError { try HelpdeskStore(path: blocker + "/helpdesk.sqlite") }
        guard case .notWritable? = error as? StoreError else { return XCTFail("got \(String(describing: error))") }
        XCTAssertTrue("\(error!)".hasPrefix("cannot write the helpdesk database at \(blocker)/helpdesk.sqlite"), "\(error!)")
    }

    func testDataVersionNoticesAnotherProcessWrites() throws {
        let path = folder + "/helpdesk.sqlite"
        let mine = try HelpdeskStore(path: path)
        let theirs = try HelpdeskStore(path: path)
        let before = try mine.dataVersion()
        XCTAssertEqual(try mine.dataVersion(), before, "nothing changed yet")
        _ = try theirs.createTicket(StoreFixtures.draft("网络中断"), by: .system, at: StoreFixtures.monday10)
        XCTAssertNotEqual(try mine.dataVersion(), before)
    }

    func testAuditLogIsAppendOnly() throws {
        let store = try StoreFixtures.teamStore()
        let error = thrownError { try store.write { db in try db.execute(sql: "DELETE FROM events") } }
        guard case .database(let detail)? = error as? StoreError else { return XCTFail("got \(String(describing: error))") }
        XCTAssertTrue(detail.contains("append-only"), detail)
    }
}
