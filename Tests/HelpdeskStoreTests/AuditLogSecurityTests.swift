import Foundation
import GRDB
import GRDBSQLite
import HelpdeskCore
@testable import HelpdeskStore
import XCTest

/// The audit log cannot be rewritten, and an admin acting `--as` someone leaves their own name on every change.
final class AuditLogSecurityTests: XCTestCase {
    func testUpdateAndDeleteOnEventsFailThroughGRDB() throws {
        let store = try StoreFixtures.teamStore()
        let before = try store.auditLog(limit: 1000)
        for sql in ["UPDATE events SET actor = 'nobody'", "DELETE FROM events", "DELETE FROM events WHERE id = 1",
                    "UPDATE events SET reason = NULL WHERE id = (SELECT MAX(id) FROM events)"] {
            let error = thrownError { try store.writer.write { db in try db.execute(sql: sql) } }
            XCTAssertTrue((error as? DatabaseError)?.message?.contains("append-only") == true, "\(sql): \(String(describing: error))")
        }
        XCTAssertEqual(try store.auditLog(limit: 1000), before)
    }

    func testUpdateAndDeleteOnEventsFailThroughARawSQLiteConnection() throws {
        let store = try StoreFixtures.teamStore()
        let count = try store.auditLog(limit: 1000).count
        var raw: OpaquePointer?
        XCTAssertEqual(sqlite3_open_v2(store.path, &raw, SQLITE_OPEN_READWRITE, nil), SQLITE_OK)
        defer { sqlite3_close_v2(raw) }
        for sql in ["UPDATE events SET actor = 'nobody';", "DELETE FROM events;"] {
            var message: UnsafeMutablePointer<CChar>?
            XCTAssertEqual(sqlite3_exec(raw, sql, nil, nil, &message), SQLITE_CONSTRAINT, sql)
            XCTAssertEqual(message.map { String(cString: $0) }, "the audit log is append-only")
            sqlite3_free(message)
        }
        XCTAssertEqual(try store.auditLog(limit: 1000).count, count)
    }

    func testTheSQLiteShellCannotRewriteTheLogEither() throws {
        let store = try StoreFixtures.teamStore()
        let shell = try SQLiteShell(database: store.path)
        defer { shell.close() }
        XCTAssertTrue(try shell.query("DELETE FROM events;").contains("append-only"))
        XCTAssertTrue(try shell.query("UPDATE events SET actor = 'x';").contains("append-only"))
        XCTAssertEqual(try shell.query("SELECT COUNT(*) FROM events WHERE actor = 'x';"), "0")
    }

    func testEveryChangeUnderImpersonationNamesTheRealUser() throws {
        let store = try StoreFixtures.teamStore()
        let ticket = try store.createTicket(StoreFixtures.draft("代理操作"), by: .system, at: StoreFixtures.monday10)
        let before = try store.auditLog(limit: 1000).count
        try store.auditImpersonation(by: StoreFixtures.admin.login)
        let alice = Actor(StoreFixtures.alice)
        _ = try store.perform(.take, on: ticket.id, expectedVersion: nil, by: alice, at: StoreFixtures.monday10)
        _ = try store.perform(.reply("您好"), on: ticket.id, expectedVersion: nil, by: alice, at: StoreFixtures.monday10)
        _ = try store.perform(.assign(to: "bob", reason: "网络问题"), on: ticket.id, expectedVersion: nil,
                              by: Actor(StoreFixtures.lead), at: StoreFixtures.monday10)
        try store.addEngineer(Engineer(login: "carol", name: "Carol", role: .agent, tier: .l1),
                              by: Actor(StoreFixtures.admin), at: StoreFixtures.monday10)

        let log = Array(try store.auditLog(limit: 1000).reversed().dropFirst(before))  // oldest first
        let changes = log.filter { $0.field != HelpdeskStore.impersonationField }
        let marks = log.filter { $0.field == HelpdeskStore.impersonationField }
        XCTAssertGreaterThanOrEqual(changes.count, 6, log.map(\.summary).joined(separator: "; "))
        let actedFor = changes.filter { $0.actor != StoreFixtures.admin.login }
        XCTAssertEqual(marks.count, actedFor.count, "one mark per change made as someone else: \(log.map(\.summary))")
        for (change, mark) in zip(actedFor, marks) {
            XCTAssertEqual(mark.actor, StoreFixtures.admin.login, "the mark is the real user's")
            XCTAssertEqual(mark.newValue, change.actor, "the mark names who was acted for")
            XCTAssertEqual(mark.reason, change.field)
            XCTAssertEqual(mark.ticketID, change.ticketID)
        }
        XCTAssertEqual(Set(marks.compactMap(\.newValue)), ["alice", "lilei"])
        XCTAssertTrue(try store.events(ticketID: ticket.id).contains { $0.field == HelpdeskStore.impersonationField && $0.newValue == "alice" })
    }

    func testWithoutImpersonationNothingExtraIsLogged() throws {
        let store = try StoreFixtures.teamStore()
        let ticket = try store.createTicket(StoreFixtures.draft("本人操作"), by: .system, at: StoreFixtures.monday10)
        _ = try store.perform(.take, on: ticket.id, expectedVersion: nil, by: Actor(StoreFixtures.alice), at: StoreFixtures.monday10)
        XCTAssertFalse(try store.auditLog(limit: 1000).contains { $0.field == HelpdeskStore.impersonationField })
        let other = try HelpdeskStore(path: store.path)
        try other.auditImpersonation(by: "root_admin")
        _ = try store.perform(.note("另一进程"), on: ticket.id, expectedVersion: nil, by: Actor(StoreFixtures.alice), at: StoreFixtures.monday10)
        XCTAssertFalse(try store.auditLog(limit: 1000).contains { $0.field == HelpdeskStore.impersonationField },
                       "impersonation marks only that store's own writes")
    }
}
