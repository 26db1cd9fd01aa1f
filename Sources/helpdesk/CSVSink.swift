import Foundation
import HelpdeskCore

/// Standard output or a file written beside its target and renamed at the end, so an
/// interrupted export never leaves a half-written file under the real name.
final class CSVSink {
    let path: String?
    let handle: FileHandle
    let temporary: String?

    init(path: String?) throws {
        self.path = path
        guard let path else {
            handle = .standardOutput
            temporary = nil
            return
        }
        (handle, temporary) = try PrivateFile.createPart(for: path)
    }

    func write(_ text: String) { handle.write(Data(text.utf8)) }

    /// Drops the half-written file of an export that stopped.
    func discard() {
        guard let temporary else { return }
        try? handle.close()
        try? FileManager.default.removeItem(atPath: temporary)
    }

    func close() throws {
        guard let path, let temporary else { return }
        try handle.close()
        guard rename(temporary, path) == 0 else { throw CLIError(tr("cannot write %@", path) + ": \(String(cString: strerror(errno)))") }
    }
}
