import Foundation
import XCTest

/// Runs the binary through /bin/sh, for what Foundation's Process cannot pass (bytes that are not
/// UTF-8 in an argument) or as another user (setpriv), with BinaryRunner's database and home.
struct ShellRunner {
    let hd: BinaryRunner

    /// `script` sees the binary as "$HD"; returns status and standard error.
    func run(_ script: String, environment: [String: String] = [:]) throws -> BinaryRunner.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        var env = ProcessInfo.processInfo.environment
        env["HD"] = hd.binary
        env["HELPDESK_DB"] = hd.database
        env["HOME"] = hd.home
        env["XDG_DATA_HOME"] = hd.home
        env["XDG_CONFIG_HOME"] = hd.home + "/no-config"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return .init(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                     stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs `helpdesk ARGS` as the unprivileged user nobody, so file permissions apply (root ignores them).
    func runAsNobody(_ args: [String]) throws -> BinaryRunner.Result {
        if geteuid() != 0 { return try hd.run(args) }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { throw XCTSkip("setpriv is not installed") }
        let quoted = args.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        return try run("exec /usr/bin/setpriv --reuid=65534 --regid=65534 --clear-groups \"$HD\" \(quoted)")
    }

    /// Mounts a small tmpfs (root only); the test is skipped where that is not allowed.
    static func mountTmpfs(bytes: Int) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-e2e-mount-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        guard geteuid() == 0, system("mount -t tmpfs -o size=\(bytes) tmpfs '\(path)' 2>/dev/null") == 0 else {
            throw XCTSkip("cannot mount a tmpfs here (not root, or a container that forbids it); HelpdeskStoreTests cover a full database with PRAGMA max_page_count")
        }
        return path
    }

    static func unmount(_ path: String) {
        _ = system("umount -l '\(path)' 2>/dev/null")
        try? FileManager.default.removeItem(atPath: path)
    }
}
