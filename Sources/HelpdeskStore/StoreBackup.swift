import Foundation
import GRDB

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Told the bytes copied so far and the bytes to copy; throwing stops the copy.
public typealias BackupProgress = (_ done: Int, _ total: Int) throws -> Void

/// A file a backup wrote, and its size.
public struct BackupFile: Sendable, Equatable {
    public let path: String
    public let bytes: Int
}

/// Online backups (数据备份): a consistent copy of the database taken while others keep writing.
///
/// SQLite's online backup API copies the pages in steps inside one read transaction, so the copy
/// is one snapshot, writers (WAL mode) never wait, and each step can report progress or stop the
/// copy. It writes to `<dest>.partial` created with the right mode, and renames only when complete,
/// so a full disk, a crash or Ctrl-C leaves no half backup under the real name.
public enum StoreBackup {
    /// `<folder>/<name>-backup-20261129-231700.sqlite`, next to the database.
    public static func defaultPath(for database: String, at date: Date = Date()) -> String {
        let url = URL(fileURLWithPath: database)
        let stem = url.deletingPathExtension().lastPathComponent
        let stamp = date.formatted(Date.VerbatimFormatStyle(
            format: "\(year: .defaultDigits)\(month: .twoDigits)\(day: .twoDigits)-\(hour: .twoDigits(clock: .twentyFourHour, hourCycle: .zeroBased))\(minute: .twoDigits)\(second: .twoDigits)",
            timeZone: .current, calendar: Calendar(identifier: .gregorian)))
        return url.deletingLastPathComponent().appendingPathComponent("\(stem)-backup-\(stamp).sqlite").path
    }

    /// Copies the helpdesk database at `database` to `destination` (a file that must not exist,
    /// or a folder to put a timestamped file in).
    /// `progress` gets the bytes copied and the database's size after each step; what it throws
    /// stops the backup and removes the partial file.
    public static func backup(databaseAt database: String, to destination: String?, sharing: FileSharing = .ownerOnly,
                              at date: Date = Date(), progress: BackupProgress? = nil) throws -> BackupFile {
        var target = destination ?? defaultPath(for: database, at: date)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isFolder), isFolder.boolValue {
            target = (target as NSString).appendingPathComponent((defaultPath(for: database, at: date) as NSString).lastPathComponent)
        }
        if destination == nil || isFolder.boolValue { target = unused(target) }
        guard FileManager.default.fileExists(atPath: database) else {
            throw StoreError.notWritable(path: database, reason: "there is no database file to back up")
        }
        try MaintenanceConnection.run(database) { try StoreFile.checkIsHelpdeskDatabase(database, configuration: Configuration()) }
        let queue = try MaintenanceConnection.open(database)
        return try write(from: queue, to: target, sharing: sharing, progress: progress)
    }

    /// Before a pending migration changes an existing database, keeps `<db>.before-v<N>.bak`.
    static func beforeMigration(_ pool: DatabasePool, path: String, sharing: FileSharing) throws {
        let pending = try pool.read { db -> Bool in
            guard try db.tableExists("grdb_migrations") else { return false }
            let applied = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM grdb_migrations") ?? 0
            return try applied > 0 && !StoreSchema.migrator.hasCompletedMigrations(db)
        }
        guard pending else { return }
        _ = try write(from: pool, to: unused("\(path).before-v\(StoreSchema.version).bak"), sharing: sharing)
    }

    /// `name`, or `name` with "-2", "-3" … before its extension when a file already has it (two backups in one second).
    static func unused(_ name: String) -> String {
        var candidate = name
        var attempt = 1
        let ext = (name as NSString).pathExtension
        let stem = (name as NSString).deletingPathExtension
        while FileManager.default.fileExists(atPath: candidate) {
            attempt += 1
            candidate = "\(stem)-\(attempt)" + (ext.isEmpty ? "" : ".\(ext)")
        }
        return candidate
    }

    /// Copies into a fresh `.partial` file, flushes it to disk, then gives it its name.
    static func write(from reader: some DatabaseReader, to target: String, sharing: FileSharing,
                      progress: BackupProgress? = nil) throws -> BackupFile {
        guard !FileManager.default.fileExists(atPath: target) else {
            throw StoreError.notWritable(path: target, reason: "the file already exists; choose another name")
        }
        let folder = (target as NSString).deletingLastPathComponent
        guard folder.isEmpty || FileManager.default.fileExists(atPath: folder) else {
            throw StoreError.notWritable(path: target, reason: "the folder \(folder) does not exist")
        }
        let partial = target + ".partial"
        for leftover in [partial, partial + "-journal"] { try? FileManager.default.removeItem(atPath: leftover) }
        try sharing.createFile(partial)
        do {
            try MaintenanceConnection.run(target) { try copy(from: reader, into: partial, progress: progress) }
            try flush(partial)
            guard rename(partial, target) == 0 else {
                throw StoreError.notWritable(path: target, reason: String(cString: strerror(errno)))
            }
            try? flush(folder.isEmpty ? "." : folder)
        } catch {
            // The copy writes through a rollback journal of its own; a failed one can leave it behind.
            for leftover in [partial, partial + "-journal"] { try? FileManager.default.removeItem(atPath: leftover) }
            throw error
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: target)[.size] as? NSNumber)?.intValue ?? 0
        return BackupFile(path: target, bytes: size)
    }

    /// Pages per backup step: 4 MB of 4 KB pages, small enough for a lively progress bar and a
    /// prompt stop, large enough that the steps cost nothing.
    static let pagesPerStep: CInt = 1024

    /// The backup API, stepped inside one read transaction on the source: the first read fixes
    /// the snapshot, so a commit by someone else between steps neither shows in the copy nor
    /// restarts it.
    private static func copy(from reader: some DatabaseReader, into partial: String, progress: BackupProgress?) throws {
        let destination = try DatabaseQueue(path: partial)
        defer { try? destination.close() }
        try reader.read { source in
            let pageSize = try Int.fetchOne(source, sql: "PRAGMA page_size") ?? 4096
            _ = try Int.fetchOne(source, sql: "SELECT COUNT(*) FROM sqlite_master")
            try destination.writeWithoutTransaction { target in
                try source.backup(to: target, pagesPerStep: pagesPerStep) { step in
                    try progress?(step.completedPageCount * pageSize, step.totalPageCount * pageSize)
                }
            }
        }
        try destination.close()
    }

    /// fsync, so a backup that reported success survives a power cut.
    static func flush(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        defer { close(fd) }
        if fsync(fd) != 0 && errno == ENOSPC { throw StoreError.diskFull(path: path) }
    }
}
