import Foundation
import GRDB
import HelpdeskCore
@testable import HelpdeskStore
import XCTest

/// `StoreBackup`: consistent copies while others write, private files, and no half backups.
final class BackupTests: XCTestCase {
    private var folder: String!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-backup-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func mode(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    private func store(tickets: Int = 3) throws -> HelpdeskStore {
        let store = try HelpdeskStore(path: folder + "/helpdesk.sqlite")
        try store.addEngineer(StoreFixtures.admin, by: Actor(StoreFixtures.admin), at: StoreFixtures.monday10)
        for n in 0..<tickets {
            _ = try store.createTicket(StoreFixtures.draft("打印机故障 \(n)"), by: .system, at: StoreFixtures.monday10)
        }
        return store
    }

    func testBackupIsACompletePrivateCopyNextToTheDatabase() throws {
        let store = try store()
        let file = try StoreBackup.backup(databaseAt: store.path, to: nil, at: StoreFixtures.monday10)
        XCTAssertEqual((file.path as NSString).deletingLastPathComponent, folder)
        XCTAssertTrue((file.path as NSString).lastPathComponent.hasPrefix("helpdesk-backup-2026"), file.path)
        XCTAssertEqual(file.bytes, try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int)
        XCTAssertEqual(try mode(file.path), 0o600)
        let report = try DatabaseInspector.inspect(file.path)
        XCTAssertTrue(report.isHealthy, "\(report.problems)")
        XCTAssertEqual(report.counts.first { $0.table == "tickets" }?.rows, 3)
        XCTAssertFalse(FileManager.default.fileExists(atPath: file.path + ".partial"))
        let second = try StoreBackup.backup(databaseAt: store.path, to: nil, at: StoreFixtures.monday10)
        XCTAssertNotEqual(second.path, file.path, "two backups in the same second get different names")
    }

    func testBackupIntoAFolderAndRefusalToOverwrite() throws {
        let store = try store()
        let target = folder + "/kept"
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        let inFolder = try StoreBackup.backup(databaseAt: store.path, to: target)
        XCTAssertTrue(inFolder.path.hasPrefix(target + "/helpdesk-backup-"), inFolder.path)
        let error = thrownError { try StoreBackup.backup(databaseAt: store.path, to: inFolder.path) }
        XCTAssertTrue("\(error!)".contains("already exists"), "\(error!)")
        let missing = thrownError { try StoreBackup.backup(databaseAt: store.path, to: folder + "/no/such/dir/x.sqlite") }
        XCTAssertTrue("\(missing!)".contains("does not exist"), "\(missing!)")
        let nothing = thrownError { try StoreBackup.backup(databaseAt: folder + "/absent.sqlite", to: nil) }
        XCTAssertTrue("\(nothing!)".contains("no database file"), "\(nothing!)")
    }

    func testBackupIsConsistentWhileAnotherConnectionWrites() throws {
        let store = try store(tickets: 1)
        let writer = try HelpdeskStore(path: store.path)
        let done = DispatchSemaphore(value: 0)
        let stop = ManagedAtomicFlag()
        DispatchQueue.global().async {
            var n = 0
            while !stop.isSet {
                _ = try? writer.createTicket(StoreFixtures.draft("并发写入 \(n)"), by: .system, at: StoreFixtures.monday10)
                n += 1
            }
            done.signal()
        }
        var seen: [Int] = []
        for n in 0..<5 {
            let file = try StoreBackup.backup(databaseAt: store.path, to: folder + "/b\(n).sqlite")
            let copy = try DatabaseQueue(path: file.path)
            let (tickets, created) = try copy.read { db in
                (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM tickets") ?? -1,
                 try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events WHERE field = 'created'") ?? -2)
            }
            XCTAssertEqual(tickets, created, "a snapshot never holds a ticket without its creation event")
            XCTAssertTrue(try DatabaseInspector.inspect(file.path).isHealthy)
            seen.append(tickets)
        }
        stop.set()
        done.wait()
        XCTAssertGreaterThan(seen.last ?? 0, seen.first ?? 0, "the writer kept writing during the backups: \(seen)")
    }

    func testGroupSharingGivesGroupReadableFilesAndASetgidFolder() throws {
        guard let entry = getgrnam("users") ?? getgrnam("daemon") else { throw XCTSkip("no shared group on this host") }
        let name = String(cString: entry.pointee.gr_name)
        let sharing = try FileSharing(group: name)
        var options = StoreOptions()
        options.sharing = sharing
        let path = folder + "/shared/helpdesk.sqlite"
        let store = try HelpdeskStore(path: path, configuration: options)
        _ = try store.createTicket(StoreFixtures.draft("共享主机"), by: .system, at: StoreFixtures.monday10)
        for file in [path, path + "-wal", path + "-shm"] {
            XCTAssertEqual(try mode(file), 0o660, file)
            XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: file)[.groupOwnerAccountID] as? Int, Int(entry.pointee.gr_gid), file)
        }
        XCTAssertEqual(try mode(folder + "/shared") & 0o7777, 0o2770)
        let backup = try StoreBackup.backup(databaseAt: path, to: nil, sharing: sharing)
        XCTAssertEqual(try mode(backup.path), 0o660)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: backup.path)[.groupOwnerAccountID] as? Int, Int(entry.pointee.gr_gid))
    }

    func testUnknownGroupIsRefusedByName() {
        let error = thrownError { try FileSharing(group: "no-such-group-\(UInt16.random(in: 0...9999))") }
        guard case .unknownGroup? = error as? MaintenanceError else { return XCTFail("got \(String(describing: error))") }
        XCTAssertTrue("\(error!)".contains("does not exist on this host"), "\(error!)")
    }

    func testBackupOnAFullDiskLeavesNoFileBehind() throws {
        let store = try store(tickets: 40)
        _ = try store.addArticle(title: "大文章", body: String(repeating: "网络故障排查步骤。", count: 20_000), category: .network,
                                 author: "alice", at: StoreFixtures.monday10)
        let mount = try ScratchMount(bytes: 64 * 1024)
        let target = mount.path + "/backup.sqlite"
        let error = thrownError { try StoreBackup.backup(databaseAt: store.path, to: target) }
        XCTAssertEqual(error as? StoreError, .diskFull(path: target), "\(String(describing: error))")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: mount.path), [], "no partial backup left")
    }

    func testAutomaticBackupBeforeAMigration() throws {
        let store = try store(tickets: 2)
        let path = store.path
        try SchemaDowngrade.toVersionTwo(store)
        XCTAssertFalse(FileManager.default.fileExists(atPath: "\(path).before-v\(StoreSchema.version).bak"))
        let upgraded = try HelpdeskStore(path: path)
        XCTAssertEqual(try upgraded.schemaVersion(), StoreSchema.version)
        let kept = "\(path).before-v\(StoreSchema.version).bak"
        XCTAssertEqual(try mode(kept), 0o600)
        let old = try DatabaseQueue(path: kept)
        XCTAssertEqual(try old.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }, 2, "the copy is from before the migration")
        XCTAssertEqual(try old.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM tickets") }, 2)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".bak") }
        _ = try HelpdeskStore(path: path)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".bak") }, files,
                       "an up-to-date database is not copied again")
    }

    func testNoMigrationBackupForANewDatabase() throws {
        _ = try HelpdeskStore(path: folder + "/fresh.sqlite")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".bak") }, [])
    }
}

/// A flag one thread sets and another reads.
final class ManagedAtomicFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}

/// Turns a current store's file back into what schema version 2 wrote (see SchemaUpgradeTests).
enum SchemaDowngrade {
    static func toVersionTwo(_ store: HelpdeskStore) throws {
        try store.writer.writeWithoutTransaction { db in
            try StoreSchema.dropFilterIndex(db)
            try db.execute(sql: """
                DROP TRIGGER kb_grams_insert; DROP TRIGGER kb_grams_delete; DROP TRIGGER kb_grams_update; DROP TABLE kb_grams;
                DROP TRIGGER queue_counts_resolved_insert; DROP TRIGGER queue_counts_resolved_delete; DROP TRIGGER queue_counts_resolved_update;
                DELETE FROM queue_counts WHERE key LIKE 'due:%' OR key LIKE 'resolved:%';
                DELETE FROM grdb_migrations WHERE identifier = 'v3_search_index_due_counters';
                PRAGMA user_version = 2;
                """)
        }
    }
}
