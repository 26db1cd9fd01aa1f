import Foundation
import GRDBSQLite

/// The floor: the same rows written by a bare loop of prepared statements on the sqlite3 C API,
/// with the connection set up as the store sets up its writer (WAL, synchronous=NORMAL, 64 MB
/// of page cache) and, as during the store's bulk load, without the queue indexes, the counter
/// and filter-index triggers or foreign-key checks. Only the loop is timed: no validation, no deadlines, no index
/// rebuild afterwards, so the floor is the fastest these rows can go in.
final class SQLiteFloor {
    private var db: OpaquePointer?
    private var statements: [OpaquePointer?] = []
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Opens a database whose schema the store has already created.
    init(path: String) throws {
        guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK else {
            throw Failure(description: "the floor cannot open \(path)")
        }
        try exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA foreign_keys = OFF")
        let drops = try names("SELECT type, name FROM sqlite_master WHERE (type = 'index' AND name LIKE 'queue%') OR (type = 'trigger' AND (name LIKE 'queue_counts%' OR name LIKE 'ticket_search%'))")
        for (type, name) in drops { try exec("DROP \(type.uppercased()) \(name)") }
        for sql in [FloorRows.ticketSQL, FloorRows.requesterSQL, FloorRows.commentSQL, FloorRows.eventSQL, FloorRows.entrySQL] {
            var statement: OpaquePointer?
            guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK else { throw error("prepare") }
            statements.append(statement)
        }
    }

    deinit {
        for statement in statements { sqlite3_finalize(statement) }
        sqlite3_close_v2(db)
    }

    /// Writes one batch in one transaction, as the store's importer does; returns the seconds taken.
    func insert(_ batch: [FloorRows.Ticket]) throws -> Double {
        let start = Samples.now()
        try exec("BEGIN IMMEDIATE")
        let (ticket, requester, comment, event, entry) = (statements[0], statements[1], statements[2], statements[3], statements[4])
        for row in batch {
            // Requester ids were handed out in this order when the rows were encoded.
            if let values = row.newRequester { try run(requester, values, parent: nil) }
            try run(ticket, row.columns, parent: nil)
            let id = sqlite3_last_insert_rowid(db)
            for values in row.comments { try run(comment, values, parent: id) }
            for values in row.events { try run(event, values, parent: id) }
            for values in row.entries { try run(entry, values, parent: id) }
        }
        try exec("COMMIT")
        return Samples.now() - start
    }

    /// Binds (the parent ticket id first, when given) and steps once.
    private func run(_ statement: OpaquePointer?, _ values: [FloorRows.Value], parent: Int64?) throws {
        var index: Int32 = 1
        if let parent {
            sqlite3_bind_int64(statement, 1, parent)
            index = 2
        }
        for value in values {
            switch value {
            case let .integer(n): sqlite3_bind_int64(statement, index, n)
            case let .real(d): sqlite3_bind_double(statement, index, d)
            case let .text(bytes):
                bytes.withUnsafeBufferPointer { buffer in
                    _ = sqlite3_bind_text(statement, index, UnsafeRawPointer(buffer.baseAddress)?.assumingMemoryBound(to: CChar.self),
                                          Int32(buffer.count), Self.transient)
                }
            case .null: sqlite3_bind_null(statement, index)
            }
            index += 1
        }
        guard sqlite3_step(statement) == SQLITE_DONE else { throw error("insert") }
        sqlite3_reset(statement)
    }

    private func exec(_ sql: String) throws {
        guard sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK else { throw error(sql) }
    }

    private func names(_ sql: String) throws -> [(String, String)] {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK else { throw error("prepare") }
        defer { sqlite3_finalize(statement) }
        var found: [(String, String)] = []
        while sqlite3_step(statement) == SQLITE_ROW {
            found.append((String(cString: sqlite3_column_text(statement, 0)), String(cString: sqlite3_column_text(statement, 1))))
        }
        return found
    }

    private func error(_ what: String) -> Failure {
        Failure(description: "the floor's \(what) failed: \(String(cString: sqlite3_errmsg(db)))")
    }
}
