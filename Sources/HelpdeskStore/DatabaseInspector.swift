import Foundation
import GRDB

/// Looks a database file over without changing it: SQLite header, integrity, foreign keys,
/// schema version and row counts. `helpdesk check` and restore use it.
public enum DatabaseInspector {
    /// Tables whose row counts a check reports, in this order, when present.
    /// Each with its own constant query, so no SQL here is assembled from names.
    static let countedTables: [(table: String, sql: String)] = [
        "engineers", "requesters", "tickets", "comments", "events", "time_entries", "kb_articles", "ticket_articles",
    ].map { ($0, "SELECT COUNT(*) FROM " + $0) }
    /// At most this many problem lines are kept; one broken page can produce thousands.
    static let integrityLineLimit = 20

    /// Throws a `StoreError` when the file cannot be a helpdesk database at all (missing, empty,
    /// not SQLite, truncated, another program's); otherwise returns what it found, problems included.
    public static func inspect(_ path: String) throws -> DatabaseReport {
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreError.notWritable(path: path, reason: "there is no such file")
        }
        guard let header = try DatabaseHeader.read(path) else {
            throw StoreError.notHelpdeskDatabase(path: path, reason: "the file is empty")
        }
        try header.checkComplete(path)
        let queue = try MaintenanceConnection.open(path)
        return try MaintenanceConnection.run(path) {
            try queue.inDatabase { db in
                let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                let tables = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
                guard version > 0, tables.contains("tickets"), tables.contains("grdb_migrations") else {
                    throw StoreError.notHelpdeskDatabase(path: path, reason: tables.isEmpty ? "it holds no tables" : "it is an SQLite database of another program")
                }
                let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check(20)").filter { $0 != "ok" }
                let foreignKeys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").prefix(integrityLineLimit).map { row -> String in
                    let table: String = row[0]
                    let rowID: Int64? = row[1]
                    let parent: String = row[2]
                    return "\(table) row \(rowID.map(String.init) ?? "?") points at a missing row of \(parent)"
                }
                var counts: [DatabaseReport.TableCount] = []
                for (table, sql) in countedTables where tables.contains(table) {
                    let rows = try Int.fetchOne(db, sql: sql) ?? 0
                    counts.append(.init(table: table, rows: rows))
                }
                return DatabaseReport(path: path, bytes: header.fileSize, schemaVersion: version,
                                      supportedVersion: StoreSchema.version, integrityProblems: integrity,
                                      foreignKeyProblems: Array(foreignKeys), counts: counts)
            }
        }
    }
}
