import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension StoreFile {
    /// SQLite's unix VFS keeps a read lock on this byte of the -shm file for as long as a
    /// connection has a WAL database open (its "dead man switch", UNIX_SHM_DMS = 120 + 8).
    static let sharedMemoryLiveByte: off_t = 128

    /// True when another process (a console, a script) has the WAL database at `path` open.
    ///
    /// Asks with F_GETLK, which takes no lock: call it before this process opens the database
    /// itself, because closing any descriptor of a file drops every POSIX lock the process holds on it.
    public static func isOpenElsewhere(_ path: String) -> Bool {
        let fd = open(path + "-shm", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var probe = flock()
        probe.l_type = Int16(F_WRLCK)
        probe.l_whence = Int16(SEEK_SET)
        probe.l_start = sharedMemoryLiveByte
        probe.l_len = 1
        guard fcntl(fd, F_GETLK, &probe) == 0 else { return false }
        return probe.l_type != Int16(F_UNLCK)
    }
}
