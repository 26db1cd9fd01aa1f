import Foundation
import XCTest

extension TmuxSession {
    /// The process id of the program the pane runs (the child of the pane's shell), to signal it as a crash would.
    func programPID(file: StaticString = #filePath, line: UInt = #line) throws -> pid_t {
        let shell = try tmux(["list-panes", "-t", name, "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
                guard let pid = Int32(entry),
                      let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                      let close = stat.range(of: ")", options: .backwards) else { continue }
                // "pid (comm) state ppid …": the parent id is the second field after the command name.
                let fields = stat[close.upperBound...].split(separator: " ")
                if fields.count > 1, String(fields[1]) == shell { return pid }
            }
            usleep(100_000)
        }
        XCTFail("no program runs under the pane's shell \(shell)", file: file, line: line)
        throw XCTSkip("no console process")
    }
}

extension BinaryRunner {
    /// Starts `helpdesk ARGS` without waiting, its output thrown away, to be killed part-way.
    func start(_ args: [String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = args
        var env = ProcessInfo.processInfo.environment
        env["HELPDESK_DB"] = database
        env["HOME"] = home
        env["XDG_DATA_HOME"] = home
        env["XDG_CONFIG_HOME"] = home + "/no-config"
        process.environment = env
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Opens the console as `login` in tmux and waits for its first screen.
    func console(as login: String, width: Int = 120, height: Int = 40) throws -> TmuxSession {
        let tmux = try TmuxSession(command: TmuxSession.quote(binary) + " --as " + login, width: width, height: height,
                                   environment: ["HELPDESK_DB": database, "HOME": home, "LANG": "C.UTF-8"])
        try tmux.waitFor("Resolved")
        return tmux
    }

    /// Creates a ticket for the console tests and returns its id.
    func newTicket(_ title: String) throws -> Int {
        let out = try ok(["ticket", "new", "--title", title, "--requester", "王芳", "--contact", "wf@example.com"])
        guard let id = Int(out.dropFirst().prefix { $0.isNumber }) else { throw XCTSkip("unexpected output: \(out)") }
        return id
    }
}
