import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Who may read the database, its -wal and -shm files and its backups: the owner alone
/// (0600, folder 0700), or a support team's group on a shared host (0660, folder 2770 setgid so
/// every file made in it, SQLite's own included, belongs to the group).
public struct FileSharing: Sendable, Equatable {
    /// The group's name, or nil for owner-only files.
    public let groupName: String?
    let groupID: gid_t?

    /// Owner-only files: customer data stays with the one engineer (妥善保管客户信息).
    public static let ownerOnly = FileSharing(groupName: nil, groupID: nil)

    private init(groupName: String?, groupID: gid_t?) {
        self.groupName = groupName
        self.groupID = groupID
    }

    /// Files shared with `group` (from the settings file's `group` key); nil means owner-only.
    public init(group: String?) throws {
        guard let group, !group.isEmpty else {
            self = .ownerOnly
            return
        }
        guard let entry = getgrnam(group) else {
            throw MaintenanceError.unknownGroup(group)
        }
        self.init(groupName: group, groupID: entry.pointee.gr_gid)
    }

    /// 0600, or 0660 for a group.
    public var fileMode: mode_t { groupID == nil ? 0o600 : 0o660 }
    /// 0700, or 2770 (setgid) for a group.
    public var folderMode: mode_t { groupID == nil ? 0o700 : 0o2770 }

    /// Gives an open file its mode and group; chmod after open because the umask may have narrowed it.
    func apply(toDescriptor fd: Int32, path: String) throws {
        if let groupID, fchown(fd, uid_t.max, groupID) != 0 {
            throw StoreError.notWritable(path: path, reason: "its group cannot be set to \(groupName ?? "") (\(String(cString: strerror(errno)))); the user must belong to the group")
        }
        guard fchmod(fd, fileMode) == 0 else {
            throw StoreError.notWritable(path: path, reason: "its permissions cannot be set (\(String(cString: strerror(errno))))")
        }
    }

    /// Gives a folder this program created its mode and group.
    func apply(toFolder folder: String) throws {
        if let groupID, chown(folder, uid_t.max, groupID) != 0 {
            throw StoreError.notWritable(path: folder, reason: "the folder's group cannot be set to \(groupName ?? "") (\(String(cString: strerror(errno))))")
        }
        guard chmod(folder, folderMode) == 0 else {
            throw StoreError.notWritable(path: folder, reason: "the folder's permissions cannot be set (\(String(cString: strerror(errno))))")
        }
    }

    /// Creates `path` exclusively with this sharing's mode and group; refuses to overwrite.
    public func createFile(_ path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, fileMode)
        guard fd >= 0 else {
            let reason = errno == EEXIST ? "the file already exists; choose another name" : String(cString: strerror(errno))
            throw StoreError.notWritable(path: path, reason: reason)
        }
        defer { close(fd) }
        do { try apply(toDescriptor: fd, path: path) } catch {
            unlink(path)
            throw error
        }
    }
}
