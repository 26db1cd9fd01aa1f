import Foundation
import HelpdeskCore

/// Files that carry customer data (ticket exports, handover reports) get the database's own mode:
/// 0600, or 0660 with the desk's group, whatever the umask; never readable by every user on the host.
enum PrivateFile {
    /// Creates `path + ".part"` with that mode (a leftover of a killed run is replaced) and opens it for writing.
    static func createPart(for path: String) throws -> (handle: FileHandle, temporary: String) {
        let temporary = path + ".part"
        unlink(temporary)
        try Session.sharing().createFile(temporary)
        guard let handle = FileHandle(forWritingAtPath: temporary) else { throw CLIError(tr("cannot write %@", path)) }
        return (handle, temporary)
    }

    /// Writes `data` to `path` through a `.part` file renamed at the end, so a reader never sees half of it.
    static func write(_ data: Data, to path: String) throws {
        let (handle, temporary) = try createPart(for: path)
        do {
            try handle.write(contentsOf: data)
            try handle.close()
        } catch {
            unlink(temporary)
            throw CLIError(tr("cannot write %@", path) + ": \(error.localizedDescription)")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw CLIError(tr("cannot write %@", path) + ": " + reason)
        }
    }
}
