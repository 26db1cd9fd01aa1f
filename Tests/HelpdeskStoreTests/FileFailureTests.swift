import Foundation
import GRDB
import HelpdeskCore
@testable import HelpdeskStore
import XCTest

/// Files that are not what they should be, disks that fill up or turn read-only: one clear error, nothing half-written.
final class FileFailureTests: XCTestCase {
    private var folder: String!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-failure-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func openError(_ contents: Data, file: StaticString = #filePath, line: UInt = #line) -> String {
        let path = folder + "/bad-\(UUID().uuidString).sqlite"
        FileManager.default.createFile(atPath: path, contents: contents)
        let error = thrownError({ try HelpdeskStore(path: path) }, file: file, line: line)
        let message = "\(error.map { "\($0)" } ?? "")"
        XCTAssertTrue(error is StoreError, "\(String(describing: error))", file: file, line: line)
        XCTAssertFalse(message.contains("SQLite error"), message, file: file, line: line)
        XCTAssertFalse(message.contains("\n"), "one line: \(message)", file: file, line: line)
        XCTAssertEqual(try? Data(contentsOf: URL(fileURLWithPath: path)), contents, "the file is left as it was", file: file, line: line)
        return message
    }

    private func goodDatabaseBytes() throws -> Data {
        let path = folder + "/good.sqlite"
        do {
            let store = try HelpdeskStore(path: path)
            _ = try store.createTicket(StoreFixtures.draft("网络中断"), by: .system, at: StoreFixtures.monday10)
        }
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    func testRandomBytesTextTruncatedAndTinyFilesAreNamedForWhatTheyAre() throws {
        XCTAssertTrue(openError(Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) })).contains("not an SQLite database"))
        XCTAssertTrue(openError(Data("工单导出\nsubject,body\n".utf8)).contains("not an SQLite database"))
        let good = try goodDatabaseBytes()
        XCTAssertTrue(openError(good.prefix(good.count / 2)).contains("truncated"))
        XCTAssertTrue(openError(good.prefix(50)).contains("truncated"))
        XCTAssertTrue(openError(good.prefix(4096 + 100)).contains("truncated"))
    }

    func testAnEmptyFileBecomesANewDatabase() throws {
        let path = folder + "/empty.sqlite"
        FileManager.default.createFile(atPath: path, contents: Data())
        XCTAssertEqual(try HelpdeskStore(path: path).schemaVersion(), StoreSchema.version)
    }

    func testSQLiteFailuresBecomeStoreErrorsWithMessages() {
        let cases: [(ResultCode, String)] = [
            (.SQLITE_FULL, "is full"), (.SQLITE_READONLY, "read-only"), (.SQLITE_CANTOPEN, "cannot be opened"),
            (.SQLITE_NOTADB, "not an SQLite database"), (.SQLITE_CORRUPT, "is damaged"), (.SQLITE_BUSY, "locked"),
        ]
        for (code, phrase) in cases {
            let error = StoreError.mapping(DatabaseError(resultCode: code, message: "raw words"), path: "/srv/hd.sqlite")
            XCTAssertTrue(error.message.contains("/srv/hd.sqlite"), error.message)
            XCTAssertTrue(error.message.contains(phrase), "\(code): \(error.message)")
        }
    }

    func testAFullDatabaseRefusesTheWriteAndKeepsWhatWasThere() throws {
        let store = try StoreFixtures.teamStore()
        _ = try store.createTicket(StoreFixtures.draft("第一张"), by: .system, at: StoreFixtures.monday10)
        try store.writer.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            _ = try Int.fetchOne(db, sql: "PRAGMA max_page_count = \(pages + 2)")
        }
        let big = StoreFixtures.draft("第二张")
        var draft = big
        draft.description = String(repeating: "硬盘满了。", count: 50_000)
        let error = thrownError { try store.createTicket(draft, by: .system, at: StoreFixtures.monday10) }
        XCTAssertEqual(error as? StoreError, .diskFull(path: store.path))
        XCTAssertTrue("\(error!)".contains("is full; free some space"), "\(error!)")
        XCTAssertEqual(try store.ticketCount(), 1, "no half ticket")
        XCTAssertEqual(try store.auditLog().filter { $0.field == "created" }.count, 1, "no event without its ticket")
        let reply = thrownError { try store.perform(.note(String(repeating: "记录", count: 40_000)), on: 1, expectedVersion: nil,
                                                    by: Actor(StoreFixtures.admin), at: StoreFixtures.monday10) }
        XCTAssertEqual(reply as? StoreError, .diskFull(path: store.path))
        XCTAssertEqual(try store.ticket(id: 1).version, 1)
        XCTAssertEqual(try store.comments(ticketID: 1), [])
    }

    func testARealFullDiskRefusesTheWriteAndKeepsTheDatabaseSound() throws {
        let mount = try ScratchMount(bytes: 1024 * 1024)
        let store = try HelpdeskStore(path: mount.path + "/helpdesk.sqlite")
        var created = 0
        var failure: (any Error)?
        let body = String(repeating: "磁盘空间不足，", count: 4_000)
        while failure == nil && created < 500 {
            var draft = StoreFixtures.draft("工单 \(created)")
            draft.description = body
            do {
                _ = try store.createTicket(draft, by: .system, at: StoreFixtures.monday10)
                created += 1
            } catch {
                failure = error
            }
        }
        XCTAssertEqual(failure as? StoreError, .diskFull(path: store.path), "\(String(describing: failure))")
        XCTAssertEqual(try store.ticketCount(), created)
        XCTAssertEqual(try store.auditLog(limit: 10_000).filter { $0.field == "created" }.count, created)
    }

    func testAReadOnlyDiskGivesOneLineAndNoChange() throws {
        let mount = try ScratchMount(bytes: 4 * 1024 * 1024)
        let path = mount.path + "/helpdesk.sqlite"
        do {
            let store = try HelpdeskStore(path: path)
            _ = try store.createTicket(StoreFixtures.draft("只读"), by: .system, at: StoreFixtures.monday10)
        }
        try mount.makeReadOnly()
        let error = thrownError { try HelpdeskStore(path: path) }
        guard case .notWritable? = error as? StoreError else { return XCTFail("got \(String(describing: error))") }
        XCTAssertTrue("\(error!)".contains("read-only"), "\(error!)")
        let newFile = thrownError { try HelpdeskStore(path: mount.path + "/new.sqlite") }
        XCTAssertTrue("\(newFile!)".contains("read-only"), "\(newFile!)")
        let newFolder = thrownError { try HelpdeskStore(path: mount.path + "/sub/new.sqlite") }
        XCTAssertTrue("\(newFolder!)".contains("cannot be created"), "\(newFolder!)")
        let backup = thrownError { try StoreBackup.backup(databaseAt: folder + "/x.sqlite", to: mount.path + "/b.sqlite") }
        XCTAssertNotNil(backup)
    }

    func testAMissingFolderIsCreatedPrivately() throws {
        let path = folder + "/a/b/helpdesk.sqlite"
        _ = try HelpdeskStore(path: path)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: folder + "/a/b")[.posixPermissions] as? Int, 0o700)
    }
}
