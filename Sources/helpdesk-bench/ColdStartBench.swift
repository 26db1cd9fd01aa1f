import Foundation
import HelpdeskCore

/// The real `helpdesk` binary on a pseudo-terminal: time to first paint, and peak memory.
///
/// Cold start: `helpdesk --db FILE --as LEAD` with `HELPDESK_EXIT_AFTER_FIRST_PAINT=1`, timed
/// from spawn to exit, so the figure includes loading the program, opening the database,
/// setting up curses, the first queries and frame, and tearing down. Peak memory: the high-water
/// mark (VmHWM) of a session that walks every view, sorts, pages and filters, read from /proc
/// just before its final q.
/// The binary reads the real clock, so a cached data set is weeks old to it and every open
/// ticket is breached: the heavier case for the at-risk view and the status bar.
struct ColdStartBench {
    let helpdesk: String
    let database: String
    let lead: String
    let tickets: Int
    let settings: BenchSettings

    /// `helpdesk` beside this program, where `swift build --product helpdesk` puts it.
    static func defaultBinary() -> String {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return (me as NSString).deletingLastPathComponent + "/helpdesk"
    }

    private var environment: [String: String] {
        let inherited = ProcessInfo.processInfo.environment
        return ["TERM": "xterm-256color", "HOME": inherited["HOME"] ?? "/tmp", "PATH": inherited["PATH"] ?? "/usr/bin:/bin",
                "LANG": "C.UTF-8"]
    }

    func run(into report: inout BenchReport) throws {
        guard FileManager.default.isExecutableFile(atPath: helpdesk) else {
            throw BenchError("no helpdesk binary at \(helpdesk): build it first (swift build -c release --product helpdesk) or pass --helpdesk PATH")
        }
        let arguments = [helpdesk, "--db", database, "--as", lead]
        var starts = Samples()
        for _ in 0..<settings.fewIterations {
            var env = environment
            env["HELPDESK_EXIT_AFTER_FIRST_PAINT"] = "1"
            let outcome = try PseudoTerminal(rows: 60, cols: 200).run(arguments, environment: env)
            try check(outcome, "cold start")
            starts.add(milliseconds: outcome.seconds * 1000)
        }
        report.add(BenchResult("console cold start to first paint (real process, p50)", tickets: tickets, value: starts.p50,
                               unit: "ms", target: .below(300),
                               detail: "max \(BenchResult.format(starts.max)) ms of \(starts.count) runs; spawn to exit on a 200×60 pty; database in the OS cache"))

        // The same with the database file dropped from the OS page cache (only this file: the
        // machine is shared), as after a reboot or when the file was not used for a while.
        var env = environment
        env["HELPDESK_EXIT_AFTER_FIRST_PAINT"] = "1"
        try Self.evictFromPageCache(database)
        let cold = try PseudoTerminal(rows: 60, cols: 200).run(arguments, environment: env)
        DataSet(tickets: tickets, articles: 0, path: database).warmUp()
        try check(cold, "cold start")
        report.add(BenchResult("console cold start to first paint, database not cached", tickets: tickets, value: cold.seconds * 1000,
                               unit: "ms", target: .below(300), detail: "one run after posix_fadvise(DONTNEED) on the database file"))

        let session = try PseudoTerminal(rows: 60, cols: 200).run(arguments, environment: environment, keys: Self.sessionKeys)
        try check(session, "session")
        guard let peakKB = session.peakKilobytes else { throw BenchError("could not read the console's memory from /proc") }
        report.add(BenchResult("console peak memory (max RSS)", tickets: tickets, value: Double(peakKB) / 1024, unit: "MB",
                               target: .below(100),
                               detail: "VmHWM before the final q of a \(Self.sessionKeys.count)-key session (\(BenchResult.format(session.seconds)) s): every view, sorts, pages, filters"))
    }

    /// Asks the kernel to drop the file's cached pages; the database is clean, so nothing is lost.
    static func evictFromPageCache(_ path: String) throws {
        for file in [path, path + "-wal"] where FileManager.default.fileExists(atPath: file) {
            let fd = open(file, O_RDONLY)
            guard fd >= 0 else { throw BenchError("cannot open \(file) to drop it from the page cache") }
            _ = posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED)
            close(fd)
        }
    }

    private func check(_ outcome: PseudoTerminal.Outcome, _ what: String) throws {
        guard outcome.status == 0 else {
            let tail = outcome.output.replacingOccurrences(of: "\u{1b}", with: "␛").suffix(400)
            throw BenchError("helpdesk \(what) exited with status \(outcome.status); it last wrote: \(tail)")
        }
    }

    /// Every view by number, every sort, pages down and up, filters in English, Chinese and one
    /// that matches nothing, then q. 60 ms apart, so each key is its own frame.
    static let sessionKeys: [(delay: Double, text: String)] = {
        var typed: [String] = ["1", "2", "3", "4", "5", "6", "7", "3", "s", "s", "s", "s"]
        let pageDown = "\u{1b}[6~", pageUp = "\u{1b}[5~", escape = "\u{1b}", ctrlU = "\u{15}"
        typed += Array(repeating: pageDown, count: 5)
        typed += Array(repeating: "j", count: 20)
        typed += [pageUp, "G", "g", "/"]
        typed += "printer".map { String($0) }
        typed += ["\r", escape, "/"]
        typed += "打印机".map { String($0) }
        typed += [ctrlU]
        typed += "xyzzy".map { String($0) }
        typed += [escape, "\u{12}", "q"]  // Ctrl-R reloads; plain r is reply
        return typed.map { (delay: 0.06, text: $0) }
    }()
}
