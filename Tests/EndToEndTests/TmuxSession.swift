import Foundation
import XCTest

/// Drives the real binary in a detached tmux session on its own socket: type keys, read the screen.
final class TmuxSession {
    let socket: String
    let name = "hd"

    init(command: String, width: Int = 120, height: Int = 40, environment: [String: String]) throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else {
            throw XCTSkip("tmux is not installed (scripts/install-deps installs it)")
        }
        socket = "helpdesk-e2e-\(getpid())-\(UInt32.random(in: 0..<UInt32.max))"
        let exports = environment.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        try tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)",
                  "env TERM=xterm-256color \(exports) \(command); sleep 30"])
    }

    deinit { _ = try? tmux(["kill-server"]) }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Runs one tmux client command. Output is read through a file, not a pipe: the first command
    /// starts the tmux server, which would inherit a pipe and keep it open for ever.
    @discardableResult
    func tmux(_ args: [String]) throws -> String {
        let outURL = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString).out")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: outURL) }
        let out = try FileHandle(forWritingTo: outURL)
        defer { try? out.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/tmux")
        process.arguments = ["-L", socket] + args
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
    }

    /// Sends tmux key names ("Enter", "Escape", "C-c") or literal text with `literal`.
    func send(_ keys: String...) throws { try tmux(["send-keys", "-t", name] + keys) }

    func type(_ text: String) throws { try tmux(["send-keys", "-t", name, "-l", text]) }

    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", name]) }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Waits until the screen contains `text`; fails with the last screen when it never does.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            usleep(100_000)
        }
        XCTFail("“\(text)” never appeared; the screen was:\n\(last)", file: file, line: line)
        return last
    }
}
