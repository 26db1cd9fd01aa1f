import Foundation
import XCTest

/// A run of the binary whose output is read while it runs, so a test can act (send Ctrl-C)
/// once the program has said something; both pipes are drained, so a chatty run never blocks.
final class WatchedRun: @unchecked Sendable {
    let process = Process()
    private let lock = NSLock()
    private var out = Data()
    private var err = Data()
    private let outPipe = Pipe()
    private let errPipe = Pipe()

    init(_ runner: BinaryRunner, _ args: [String], environment extra: [String: String] = [:]) throws {
        process.executableURL = URL(fileURLWithPath: runner.binary)
        process.arguments = args
        var env = ProcessInfo.processInfo.environment
        env["HELPDESK_DB"] = runner.database
        env["HOME"] = runner.home
        env["XDG_DATA_HOME"] = runner.home
        env["XDG_CONFIG_HOME"] = runner.home + "/no-config"
        env["HELPDESK_PROGRESS_INTERVAL"] = "0"
        for (key, value) in extra { env[key] = value }
        process.environment = env
        process.standardOutput = outPipe
        process.standardError = errPipe
        process.standardInput = FileHandle.nullDevice
        outPipe.fileHandleForReading.readabilityHandler = { [weak self] handle in self?.append(handle.availableData, toError: false) }
        errPipe.fileHandleForReading.readabilityHandler = { [weak self] handle in self?.append(handle.availableData, toError: true) }
        try process.run()
    }

    private func append(_ data: Data, toError: Bool) {
        lock.lock()
        defer { lock.unlock() }
        if toError { err.append(data) } else { out.append(data) }
    }

    var stderr: String { lock.lock(); defer { lock.unlock() }; return String(decoding: err, as: UTF8.self) }
    var stdout: String { lock.lock(); defer { lock.unlock() }; return String(decoding: out, as: UTF8.self) }

    /// Waits until standard error holds `count` lines containing `text`; false if the run ended first.
    func waitForError(_ text: String, count: Int = 1, timeout: TimeInterval = 120) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if stderr.components(separatedBy: "\n").filter({ $0.contains(text) }).count >= count { return true }
            if !process.isRunning { return false }
            usleep(20_000)
        }
        return false
    }

    /// Ctrl-C, as the terminal sends it.
    func interrupt() { kill(process.processIdentifier, SIGINT) }

    /// Waits for the end and collects what is left in the pipes.
    func finish() -> BinaryRunner.Result {
        process.waitUntilExit()
        outPipe.fileHandleForReading.readabilityHandler = nil
        errPipe.fileHandleForReading.readabilityHandler = nil
        append(outPipe.fileHandleForReading.readDataToEndOfFile(), toError: false)
        append(errPipe.fileHandleForReading.readDataToEndOfFile(), toError: true)
        return BinaryRunner.Result(status: process.terminationStatus, stdout: stdout, stderr: stderr)
    }
}
