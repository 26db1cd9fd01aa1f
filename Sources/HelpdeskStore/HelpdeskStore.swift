import Foundation
import GRDB
import HelpdeskCore

/// The helpdesk's database: one SQLite file in WAL mode shared by every helpdesk process.
///
/// Every public method is one use case and runs in one transaction; callers speak in tickets,
/// queues and events and never see SQL. Writes take the write lock up front (BEGIN IMMEDIATE)
/// and wait up to `StoreOptions.busyTimeout` for other processes; a ticket update also checks
/// the version it read (`WHERE id = ? AND version = ?`), so two writers can never both win.
///
/// The rules stay in Core: the store runs `Workflow`, then saves the ticket, its events,
/// comments and time entry, and the SLA columns `due_at` / `risk_at` from
/// `SLAConfiguration.deadlines(for:)`. Queue pages are read off partial indexes shaped like
/// each view's ORDER BY; view badges come from counters kept by triggers (see `StoreSchema`).
/// A typed filter reads the candidates FTS5 indexes name (trigrams for terms of three
/// characters or more, characters and pairs for shorter ones, see `StoreSchema+Filter`), or
/// the head of the view when matches are dense; its total stops at
/// `StoreOptions.filteredTotalCap`. The knowledge base searches the same two kinds of index.
/// Counts, the SLA summary included, come from counters, never from counting rows.
public final class HelpdeskStore: Sendable {
    /// The database file.
    public let path: String
    let writer: any DatabaseWriter
    let options: StoreOptions
    /// A connection of its own for `PRAGMA data_version`, which only counts other connections' commits.
    private let watcher: DatabaseQueue
    private let temporaryDirectory: String?

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    public convenience init(path: String, configuration: StoreOptions = .init()) throws {
        try self.init(path: path, options: configuration, temporaryDirectory: nil)
    }

    init(path: String, options: StoreOptions, temporaryDirectory: String?) throws {
        self.path = path
        self.options = options
        self.temporaryDirectory = temporaryDirectory
        try StoreFile.prepare(path, sharing: options.sharing)
        var config = Configuration()
        config.busyMode = .timeout(options.busyTimeout)
        config.foreignKeysEnabled = true
        config.label = "helpdesk"
        config.prepareDatabase { db in
            db.add(tokenizer: NGramTokenizer.self)
            // The writer gets 64 MB of page cache (SQLite's default is 2 MB): a bulk import touches
            // many index pages per ticket, and spilling them mid-transaction costs more than the
            // memory. Readers get 16 MB. Either grows only as pages are actually read.
            try db.execute(sql: db.configuration.readonly ? "PRAGMA cache_size = -32768" : "PRAGMA cache_size = -65536")
        }
        do {
            try StoreFile.checkIsHelpdeskDatabase(path, configuration: config)
            // DatabasePool turns on WAL and synchronous=NORMAL: readers never block the writer,
            // and a commit costs no fsync of the database file.
            let pool = try DatabasePool(path: path, configuration: config)
            try Self.migrate(pool, path: path, sharing: options.sharing)
            writer = pool
            watcher = try DatabaseQueue(path: path, configuration: config)
        } catch {
            throw StoreError.mapping(error, path: path)
        }
    }

    deinit {
        if let temporaryDirectory { try? FileManager.default.removeItem(atPath: temporaryDirectory) }
    }

    /// A store on a fresh file in a temporary folder, removed when the store goes away; for tests.
    public static func temporary(options: StoreOptions = .init()) throws -> HelpdeskStore {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("helpdesk-\(UUID().uuidString)").path
        return try HelpdeskStore(path: folder + "/helpdesk.sqlite", options: options, temporaryDirectory: folder)
    }

    /// `HELPDESK_DB` if set, else `$XDG_DATA_HOME/helpdesk/helpdesk.sqlite`, else `~/.local/share/helpdesk/helpdesk.sqlite`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit = environment["HELPDESK_DB"], !explicit.isEmpty { return explicit }
        // The XDG spec says to ignore a relative XDG_DATA_HOME.
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return data + "/helpdesk/helpdesk.sqlite"
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? StoreFile.accountHome()
        return home + "/.local/share/helpdesk/helpdesk.sqlite"
    }

    /// Changes whenever any connection, in this process or another, commits to the database;
    /// poll it to notice a colleague's edits.
    public func dataVersion() throws -> Int {
        do {
            return try watcher.read { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
        } catch {
            throw StoreError.mapping(error, path: path)
        }
    }

    /// The schema version of the open database (`PRAGMA user_version`).
    public func schemaVersion() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
    }

    private static func migrate(_ pool: DatabasePool, path: String, sharing: FileSharing) throws {
        let migrator = StoreSchema.migrator
        try pool.writeWithoutTransaction { db in
            let found = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            if try found > StoreSchema.version || migrator.hasBeenSuperseded(db) {
                throw StoreError.newerSchema(path: path, found: found, supported: StoreSchema.version)
            }
        }
        try StoreBackup.beforeMigration(pool, path: path, sharing: sharing)
        try migrator.migrate(pool)
        // Every registered migration has now run, whatever order they were added in, so the file is at this version.
        try pool.writeWithoutTransaction { db in
            if try (Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0) < StoreSchema.version {
                try db.execute(sql: "PRAGMA user_version = \(StoreSchema.version)")
            }
        }
        // A bulk import that died midway leaves indexes and counter triggers out; put them back.
        if try pool.read({ db in
            try StoreSchema.queueIndexesMissing(db) || StoreSchema.countTriggersMissing(db) || StoreSchema.filterIndexMissing(db)
        }) {
            try pool.write(restoreQueueSupport)
        }
    }

    /// One use case, one write transaction; errors come out as store or domain errors.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try writer.write(body) } catch { throw StoreError.mapping(error, path: path) }
    }

    /// One consistent snapshot for reading.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try writer.read(body) } catch { throw StoreError.mapping(error, path: path) }
    }
}
