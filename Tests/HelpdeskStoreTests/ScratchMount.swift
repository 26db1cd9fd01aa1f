import Foundation
import XCTest

/// A small tmpfs mounted for one test, to make a disk really fill up or turn read-only.
/// Needs root and a kernel that lets the test mount; otherwise the test is skipped with the reason.
final class ScratchMount {
    let path: String

    init(bytes: Int) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-mount-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        guard geteuid() == 0 else { throw XCTSkip("mounting a small tmpfs needs root; the PRAGMA max_page_count test covers the same path") }
        guard Self.run(["mount", "-t", "tmpfs", "-o", "size=\(bytes)", "tmpfs", path]) == 0 else {
            try? FileManager.default.removeItem(atPath: path)
            throw XCTSkip("this machine does not let tests mount a tmpfs (a CI container?); the PRAGMA max_page_count test covers the same path")
        }
    }

    /// Makes the file system read-only, as a full or failing disk may be remounted.
    func makeReadOnly() throws {
        guard Self.run(["mount", "-o", "remount,ro", path]) == 0 else { throw XCTSkip("cannot remount the tmpfs read-only here") }
    }

    deinit {
        _ = Self.run(["umount", "-l", path])
        try? FileManager.default.removeItem(atPath: path)
    }

    @discardableResult
    static func run(_ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
