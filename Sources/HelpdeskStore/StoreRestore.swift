import Foundation
import GRDB

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Told the stage of a restore, the bytes done and the bytes to do; throwing stops the restore.
public typealias RestoreProgress = (_ stage: String, _ done: Int, _ total: Int) throws -> Void

/// What a restore did: the file it put in place and where the database it replaced was kept.
public struct RestoreOutcome: Sendable, Equatable {
    public let restoredFrom: String
    public let report: DatabaseReport
    /// The previous database, kept before it was overwritten (nil when there was none).
    public let previous: BackupFile?
}

/// Puts a backup back in place of the live database (数据恢复), checking it first and keeping
/// the current database beside it.
///
/// The backup is copied next to the database and the *copy* is checked, so what is checked is
/// exactly what goes in, and the backup itself is never opened for writing. A healthy current
/// database is then overwritten through SQLite's backup API in one write transaction: a console
/// that is still open sees an ordinary commit (as if a colleague changed everything) rather than
/// a file swapped under its -wal, which would corrupt it. A damaged current database cannot be
/// written through SQLite, so it is copied aside byte for byte and the checked copy renamed over it.
public enum StoreRestore {
    /// `progress` hears each stage ("copying the backup", "keeping the current database",
    /// "writing the database") with bytes done and to do; what it throws stops the restore with
    /// the current database as it was (the write into it is one transaction, rolled back).
    public static func restore(from backup: String, to database: String, force: Bool = false,
                               sharing: FileSharing = .ownerOnly, at date: Date = Date(),
                               progress: RestoreProgress? = nil) throws -> RestoreOutcome {
        guard (backup as NSString).standardizingPath != (database as NSString).standardizingPath else {
            throw MaintenanceError.unhealthyBackup(path: backup, problems: ["it is the database itself"])
        }
        // Before this process opens the database: see StoreFile.isOpenElsewhere.
        if StoreFile.isOpenElsewhere(database) && !force { throw MaintenanceError.databaseInUse(path: database) }
        let staging = database + ".restoring"
        try? FileManager.default.removeItem(atPath: staging)
        defer { removeWithSidecars(staging) }
        var stopped: (any Error)?
        do {
            try sharing.createFile(staging)
            try copyContents(of: backup, to: staging) { done, total in
                do { try progress?("copying the backup", done, total) } catch {
                    stopped = error
                    throw error
                }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            if let stopped { throw stopped }
            throw StoreError.notWritable(path: staging, reason: error.localizedDescription)
        }
        let report: DatabaseReport
        do {
            report = try DatabaseInspector.inspect(staging)
        } catch let error as StoreError {
            throw MaintenanceError.unhealthyBackup(path: backup, problems: [reason(error, staging: staging, backup: backup)])
        }
        guard report.isHealthy else { throw MaintenanceError.unhealthyBackup(path: backup, problems: report.problems) }
        let checked = DatabaseReport(path: backup, bytes: report.bytes, schemaVersion: report.schemaVersion,
                                     supportedVersion: report.supportedVersion, integrityProblems: [],
                                     foreignKeyProblems: [], counts: report.counts)

        let keep = "\(database).before-restore-\(stamp(date)).bak"
        let current = FileManager.default.fileExists(atPath: database) ? try? DatabaseHeader.read(database) : nil
        guard current != nil else {
            // No database, or an empty file: the checked copy simply becomes it.
            try place(staging, at: database)
            return RestoreOutcome(restoredFrom: backup, report: checked, previous: nil)
        }
        if (try? DatabaseInspector.inspect(database))?.isHealthy == true {
            let live = try MaintenanceConnection.open(database)
            let previous = try StoreBackup.write(from: live, to: keep, sharing: sharing) { done, total in
                try progress?("keeping the current database", done, total)
            }
            let source = try MaintenanceConnection.open(staging)
            let pageSize = try source.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") } ?? 4096
            try MaintenanceConnection.run(database) {
                try source.backup(to: live, pagesPerStep: StoreBackup.pagesPerStep) { step in
                    try progress?("writing the database", step.completedPageCount * pageSize, step.totalPageCount * pageSize)
                }
            }
            return RestoreOutcome(restoredFrom: backup, report: checked, previous: previous)
        }
        let previous = try keepDamaged(database, at: keep, sharing: sharing)
        try place(staging, at: database)
        return RestoreOutcome(restoredFrom: backup, report: checked, previous: previous)
    }

    /// Why the file cannot be restored, said of the backup rather than of the staging copy.
    static func reason(_ error: StoreError, staging: String, backup: String) -> String {
        switch error {
        case let .notHelpdeskDatabase(_, reason): return "it is not a helpdesk database (\(reason))"
        case let .damaged(_, detail): return "it is damaged (\(detail))"
        case let .newerSchema(_, found, supported):
            return "it was written by a newer helpdesk (schema version \(found); this program knows up to \(supported)); upgrade helpdesk first"
        default: return error.message.replacingOccurrences(of: staging, with: backup)
        }
    }

    static func stamp(_ date: Date) -> String {
        date.formatted(Date.VerbatimFormatStyle(
            format: "\(year: .defaultDigits)\(month: .twoDigits)\(day: .twoDigits)-\(hour: .twoDigits(clock: .twentyFourHour, hourCycle: .zeroBased))\(minute: .twoDigits)\(second: .twoDigits)",
            timeZone: .current, calendar: Calendar(identifier: .gregorian)))
    }

    /// Copies bytes into an already created file (so it keeps the mode and group it was given).
    static func copyContents(of source: String, to target: String, progress: BackupProgress? = nil) throws {
        guard let input = FileHandle(forReadingAtPath: source) else {
            throw StoreError.notWritable(path: source, reason: "it cannot be read (check it exists and its permissions)")
        }
        defer { try? input.close() }
        guard let output = FileHandle(forWritingAtPath: target) else {
            throw StoreError.notWritable(path: target, reason: "it cannot be written")
        }
        defer { try? output.close() }
        let total = (try? FileManager.default.attributesOfItem(atPath: source)[.size] as? NSNumber)?.intValue ?? 0
        var done = 0
        while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
            do { try output.write(contentsOf: chunk) } catch {
                throw (error as NSError).code == Int(ENOSPC) || (error as NSError).code == NSFileWriteOutOfSpaceError
                    ? StoreError.diskFull(path: target) : error
            }
            done += chunk.count
            try progress?(done, max(total, done))
        }
        try output.synchronize()
    }

    /// The damaged database and its -wal, copied as they are, for whoever investigates later.
    static func keepDamaged(_ database: String, at keep: String, sharing: FileSharing) throws -> BackupFile {
        try sharing.createFile(keep)
        try copyContents(of: database, to: keep)
        if FileManager.default.fileExists(atPath: database + "-wal") {
            try sharing.createFile(keep + "-wal")
            try copyContents(of: database + "-wal", to: keep + "-wal")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: keep)[.size] as? NSNumber)?.intValue ?? 0
        return BackupFile(path: keep, bytes: size)
    }

    /// Renames the checked copy over the database, dropping the old -wal and -shm that belong to the old file.
    static func place(_ staging: String, at database: String) throws {
        try? FileManager.default.removeItem(atPath: database + "-wal")
        try? FileManager.default.removeItem(atPath: database + "-shm")
        guard rename(staging, database) == 0 else {
            throw StoreError.notWritable(path: database, reason: String(cString: strerror(errno)))
        }
    }

    static func removeWithSidecars(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
