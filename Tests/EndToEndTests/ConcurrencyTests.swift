import Foundation
import XCTest

/// Eight `helpdesk` processes at once on one demo database for five seconds, working the same
/// and different tickets with `--version`: nothing saved is lost, everything refused is a
/// conflict that says so, no lock error reaches anyone, and the audit log replays to the tickets.
final class ConcurrencyTests: XCTestCase {
    private let actors = ["grace", "sun.qiang", "tang.hui", "wang.fang", "zhang.wei", "root"]
    /// The real user the writers run as; every change made `--as` someone else must name them.
    private var me: String { String(cString: getpwuid(geteuid())!.pointee.pw_name) }

    func testEightProcessesLoseNothingAndTheAuditLogAgrees() throws {
        let hd = try BinaryRunner()
        try hd.ok(["demo", "--tickets", "100"])
        let db = SQLiteShell(database: hd.database)
        let open = try db.lines("SELECT id FROM tickets WHERE open = 1 ORDER BY id LIMIT 11").compactMap { Int($0) }
        XCTAssertEqual(open.count, 11, "the demo should hold enough open tickets")
        let shared = Array(open.prefix(3)), own = Array(open.dropFirst(3))
        let before = try snapshot(db, open)

        let writers = ConcurrentWriters(runner: hd, actors: actors, shared: shared, own: own,
                                        assignees: ["alice", "bob", "li.na", "chen.jie"])
        let workers = 8
        let attempts = writers.run(workers: workers, seconds: 5, known: before.mapValues { ConcurrentWriters.Known(version: $0.version, assignee: $0["assignee"]) }, logFolder: hd.home)
        let saved = attempts.filter { $0.status == 0 }
        let conflicts = attempts.filter(\.isConflict)

        // Every attempt either saved or was refused as a conflict, in one line that says who and what.
        let other = attempts.filter { $0.status != 0 && !$0.isConflict }
        XCTAssertEqual(other.count, 0, "not saved and not a conflict (logs in \(hd.home)): \(other.prefix(3).map { $0.stderr })")
        let locked = attempts.filter { ($0.stderr + $0.stdout).lowercased().contains("locked") || $0.stderr.lowercased().contains("busy") }
        XCTAssertEqual(locked.count, 0, "a lock error reached a user: \(locked.prefix(3).map(\.stderr))")
        for conflict in conflicts {
            XCTAssertEqual(conflict.stderr.split(separator: "\n").count, 1, conflict.stderr)
            XCTAssertNotNil(conflict.conflictVersion, conflict.stderr)
            XCTAssertTrue(conflict.stderr.contains("Reload the ticket and try again."), conflict.stderr)
            XCTAssertFalse(conflict.stderr.contains("acted_as"), "an --as audit mark is no colleague's change: \(conflict.stderr)")
        }
        XCTAssertGreaterThan(conflicts.count, 0, "three shared tickets and eight writers should collide")
        XCTAssertGreaterThan(saved.count, workers, "every writer should have saved something")

        let comments = try db.rows("SELECT ticket_id, author, body FROM comments WHERE body LIKE 'w%'")
        let events = try db.rows("SELECT ticket_id, version, actor, field, old_value, new_value, reason FROM events "
            + "WHERE ticket_id IN (\(open.map(String.init).joined(separator: ","))) ORDER BY id")
        let after = try snapshot(db, open)

        // Every saved change is in the database once, at the version its command printed, by its actor.
        var claimed: Set<String> = []
        var changedPerTicket: [Int: Int] = [:]
        for attempt in saved {
            let actor = actors[attempt.worker % actors.count]
            guard let version = attempt.savedVersion else { XCTFail("no version in \(attempt.stdout)"); continue }
            XCTAssertEqual(version, attempt.expectedVersion + 1, "one command, one version: \(attempt)")
            XCTAssertTrue(claimed.insert("\(attempt.ticket)/\(version)").inserted, "two saves claim #\(attempt.ticket) version \(version): a lost update")
            changedPerTicket[attempt.ticket, default: 0] += 1
            let mine = events.filter { $0.int("ticket_id") == attempt.ticket && $0.int("version") == version }
            XCTAssertFalse(mine.isEmpty, "no audit event for \(attempt.token)")
            // Each writer works under --as: its changes carry the engineer acted for, and each is followed by an
            // `acted_as` mark naming the real user (unless it acts as itself), at the same version.
            let changes = mine.filter { $0.string("field") != "acted_as" }
            let marks = mine.filter { $0.string("field") == "acted_as" }
            XCTAssertFalse(changes.isEmpty, "only audit marks at version \(version) of #\(attempt.ticket)")
            XCTAssertTrue(changes.allSatisfy { $0.string("actor") == actor }, "version \(version) of #\(attempt.ticket) is not \(actor)'s alone")
            if actor == me {
                XCTAssertTrue(marks.isEmpty, "\(actor) acting as themselves is no impersonation: \(marks)")
            } else {
                XCTAssertEqual(marks.compactMap { $0.string("reason") }.sorted(), changes.compactMap { $0.string("field") }.sorted(),
                               "each change of version \(version) of #\(attempt.ticket) under --as \(actor) should be marked once")
                XCTAssertTrue(marks.allSatisfy { $0.string("actor") == me && $0.string("new_value") == actor },
                              "the marks of version \(version) of #\(attempt.ticket) should name \(me) acting as \(actor): \(marks)")
            }
            let found: Int = switch attempt.operation {
            case "note", "reply": comments.filter { $0.int("ticket_id") == attempt.ticket && $0.string("body")?.hasPrefix(attempt.token + " ") == true }.count
            case "tag": mine.filter { $0.string("field") == "tags" && $0.string("new_value")?.contains(attempt.token) == true }.count
            default: mine.filter { $0.string("field") == "assignee" && $0.string("reason") == attempt.token }.count
            }
            XCTAssertEqual(found, 1, "\(attempt.operation) \(attempt.token) should be stored once")
        }
        // Nothing refused left a trace.
        for conflict in conflicts {
            let token = conflict.token
            XCTAssertFalse(comments.contains { $0.string("body")?.hasPrefix(token + " ") == true }, "\(token) was refused but saved")
            XCTAssertFalse(events.contains { $0.string("reason") == token || $0.string("new_value")?.split(separator: ",").contains(Substring(token)) == true },
                           "\(token) was refused but is in the audit log")
        }

        // Replaying each ticket's events from its state before the run gives its state after.
        for id in open {
            var state = before[id]!
            let since = events.filter { $0.int("ticket_id") == id && ($0.int("version") ?? 0) > state.version }
            for event in since {
                let version = event.int("version")!
                XCTAssertTrue(version == state.version || version == state.version + 1, "#\(id) jumps from version \(state.version) to \(version)")
                state.version = version
                guard let field = event.string("field"), let key = TicketState.replayed[field] else { continue }
                XCTAssertEqual(event.string("old_value"), state[key], "#\(id) v\(version) \(field) did not start where the last change left it")
                state[key] = event.string("new_value")
            }
            XCTAssertEqual(state, after[id]!, "#\(id): the audit log does not replay to the ticket")
            XCTAssertEqual(after[id]!.version - before[id]!.version, changedPerTicket[id] ?? 0, "#\(id): versions without a saved command")
        }
        let integrity = try db.lines("PRAGMA integrity_check")
        XCTAssertEqual(integrity, ["ok"])

        let figures = "\(workers) processes, 5 s: \(attempts.count) commands, \(saved.count) saved, \(conflicts.count) conflicts, \(other.count) other errors, 0 lost"
        print("concurrency figures: \(figures)")
        try figures.write(toFile: hd.home + "/figures.txt", atomically: true, encoding: .utf8)
    }

    /// The fields the audit log is replayed over.
    struct TicketState: Equatable {
        static let replayed = ["status": "status", "assignee": "assignee", "priority": "priority", "tags": "tags"]
        var fields: [String: String] = [:]
        var version: Int

        subscript(key: String) -> String? {
            get { fields[key] }
            set { fields[key] = newValue }
        }
    }

    private func snapshot(_ db: SQLiteShell, _ ids: [Int]) throws -> [Int: TicketState] {
        let rows = try db.rows("SELECT id, status, assignee, priority, tags, version FROM tickets WHERE id IN (\(ids.map(String.init).joined(separator: ",")))")
        var result: [Int: TicketState] = [:]
        for row in rows {
            var state = TicketState(version: row.int("version")!)
            state["status"] = row.string("status")
            state["assignee"] = row.string("assignee")
            state["priority"] = row.int("priority").map { "P\($0)" }
            let tags = row.string("tags")?.trimmingCharacters(in: CharacterSet(charactersIn: ","))
            state["tags"] = tags?.isEmpty == false ? tags : nil
            result[row.int("id")!] = state
        }
        return result
    }
}

extension Dictionary where Key == String, Value == Any {
    func int(_ key: String) -> Int? { (self[key] as? NSNumber)?.intValue }
    func string(_ key: String) -> String? { self[key] as? String }
}
