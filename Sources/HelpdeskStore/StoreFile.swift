import Foundation
import GRDB

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The database file on disk: where it lives, who may read it, and whether it is ours.
enum StoreFile {
    /// Creates the folder (0700) and the file (0600) before SQLite sees them: ticket text is
    /// customer data (妥善保管客户信息), and SQLite gives its -wal and -shm files the database's mode.
    static func prepare(_ path: String, sharing: FileSharing = .ownerOnly) throws {
        guard !path.isEmpty else { throw StoreError.notWritable(path: path, reason: "no file name was given") }
        let folder = (path as NSString).deletingLastPathComponent
        let directory = folder.isEmpty ? "." : folder
        let files = FileManager.default
        if !files.fileExists(atPath: directory) {
            do {
                try files.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                          attributes: [.posixPermissions: Int(sharing.folderMode)])
            } catch {
                throw StoreError.notWritable(path: path, reason: "the folder \(directory) cannot be created (\(error.localizedDescription))")
            }
            try sharing.apply(toFolder: directory)
        }
        let existed = files.fileExists(atPath: path)
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, sharing.fileMode)
        guard fd >= 0 else {
            let reason = errno == EROFS || errno == EACCES
                ? "the file or its folder is read-only for this user (\(String(cString: strerror(errno))))"
                : String(cString: strerror(errno))
            throw StoreError.notWritable(path: path, reason: reason)
        }
        defer { close(fd) }
        // An existing file keeps the mode its admin gave it (a team may share it through a group).
        if !existed { try sharing.apply(toDescriptor: fd, path: path) }
        guard access(directory, W_OK) == 0 else {
            throw StoreError.notWritable(path: path, reason: "the folder \(directory) is read-only, and SQLite keeps its -wal and -shm files beside the database")
        }
    }

    /// Refuses, before anything is changed, a file that is not SQLite, belongs to another
    /// program, or was written by a newer helpdesk. An empty file is a new database.
    static func checkIsHelpdeskDatabase(_ path: String, configuration: Configuration) throws {
        guard let header = try DatabaseHeader.read(path) else { return }
        try header.checkComplete(path)
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.inDatabase { db in
            let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                """)
            if tables.isEmpty { return }
            guard version > 0, tables.contains("tickets"), tables.contains("grdb_migrations") else {
                throw StoreError.notHelpdeskDatabase(path: path, reason: "it is an SQLite database of another program")
            }
            if version > StoreSchema.version {
                throw StoreError.newerSchema(path: path, found: version, supported: StoreSchema.version)
            }
        }
    }

    /// The user's home folder from the account database, for when HOME is unset.
    static func accountHome() -> String {
        if let entry = getpwuid(getuid()), let dir = entry.pointee.pw_dir { return String(cString: dir) }
        return NSHomeDirectory()
    }
}
