import Foundation
import HelpdeskCore

/// Eight writer processes updating one database at once for a fixed time.
///
/// Runs on a copy of the data set, so the cached database stays as built. Every writer is this
/// program in `writer` mode; the figure is the updates all of them saved per second. Conflicts
/// (a colleague saved the ticket first) are the optimistic check doing its job and are counted
/// apart; an error (a lock not obtained in time, anything else) fails the measure.
struct WriterBench {
    let database: String
    let folder: String
    let tickets: Int
    let settings: BenchSettings

    func run(into report: inout BenchReport) throws {
        let copy = folder + "/writers.sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: copy + suffix) }
        try FileManager.default.copyItem(atPath: database, toPath: copy)
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: copy + suffix) } }

        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        // Two seconds to start and open the database before the common start.
        let startAt = Samples.now() + 2
        var running: [(Process, Pipe)] = []
        for i in 0..<settings.writers {
            let process = Process()
            let pipe = Pipe()
            process.executableURL = URL(fileURLWithPath: me)
            process.arguments = ["writer", "--db", copy, "--seconds", String(settings.writerSeconds),
                                 "--start-at", String(startAt), "--seed", String(i + 1)]
            process.standardOutput = pipe
            try process.run()
            running.append((process, pipe))
        }
        var total = WriterCommand.Tally()
        for (process, pipe) in running {
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0, let tally = try? JSONDecoder().decode(WriterCommand.Tally.self, from: data) else {
                throw BenchError("a writer process failed (status \(process.terminationStatus)): \(String(decoding: data, as: UTF8.self))")
            }
            total.updates += tally.updates
            total.conflicts += tally.conflicts
            total.refusals += tally.refusals
            total.errors += tally.errors
            total.firstError = total.firstError ?? tally.firstError
        }
        let rate = Double(total.updates) / settings.writerSeconds
        report.add(BenchResult("updates/s with \(settings.writers) writer processes", tickets: tickets, value: rate, unit: "updates/s",
                               target: .atLeast(500),
                               detail: "\(total.updates) saved in \(BenchResult.format(settings.writerSeconds)) s, \(total.conflicts) conflicts, \(total.refusals) refused, \(total.errors) errors\(total.firstError.map { " (first: \($0))" } ?? "")"))
        report.add(BenchResult("writer errors", tickets: tickets, value: Double(total.errors), unit: "errors", target: .below(1),
                               detail: "a lock not obtained within the busy timeout, or any other failure"))
    }
}
