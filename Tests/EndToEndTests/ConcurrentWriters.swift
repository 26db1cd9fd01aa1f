import Foundation

/// Eight or more `helpdesk` command lines at once on one database, each thread a colleague who
/// runs one command after another for a fixed time, and the log of every attempt.
///
/// Each thread keeps its own idea of every ticket's version, as a script would: the version the
/// last saved command printed, or the one a conflict message names. Every command carries
/// `--version`, so a stale one must be refused as a conflict, never saved over a colleague.
final class ConcurrentWriters: @unchecked Sendable {
    /// One command and what came of it.
    struct Attempt: Codable {
        var worker: Int
        var sequence: Int
        var ticket: Int
        var operation: String
        /// Unique text the change carries (note body, tag), so it can be found in the database.
        var token: String
        var expectedVersion: Int
        var status: Int32
        var stdout: String
        var stderr: String

        /// The version a saved command printed ("…, version 7").
        var savedVersion: Int? {
            guard status == 0, let range = stdout.range(of: "version ", options: .backwards) else { return nil }
            return Int(stdout[range.upperBound...].prefix { $0.isNumber })
        }

        /// The version a conflict message names ("it is now 7").
        var conflictVersion: Int? {
            guard let range = stderr.range(of: "it is now ") else { return nil }
            return Int(stderr[range.upperBound...].prefix { $0.isNumber })
        }

        var isConflict: Bool { status != 0 && stderr.hasPrefix("helpdesk: ticket #\(ticket) was changed by ") }
    }

    private let runner: BinaryRunner
    private let actors: [String]
    private let shared: [Int]
    private let own: [Int]
    private let assignees: [String]
    private let lock = NSLock()
    private var attempts: [Attempt] = []

    /// `shared` tickets are worked by everyone; `own[i]` only by worker i (so both the same and different tickets change).
    init(runner: BinaryRunner, actors: [String], shared: [Int], own: [Int], assignees: [String]) {
        self.runner = runner
        self.actors = actors
        self.shared = shared
        self.own = own
        self.assignees = assignees
    }

    /// Runs `workers` threads, each running commands one after another until `seconds` have passed; returns every attempt.
    func run(workers: Int, seconds: TimeInterval, known: [Int: Known], logFolder: String) -> [Attempt] {
        let start = Date().addingTimeInterval(0.2)
        let deadline = start.addingTimeInterval(seconds)
        let group = DispatchGroup()
        for worker in 0..<workers {
            group.enter()
            let thread = Thread { [self] in
                defer { group.leave() }
                while Date() < start { usleep(1000) }
                work(worker, until: deadline, known: known, log: "\(logFolder)/writer-\(worker).log")
            }
            thread.start()
        }
        group.wait()
        return lock.withLock { attempts }
    }

    /// What a writer believes about a ticket: its version and owner when it last saw it.
    struct Known {
        var version: Int
        var assignee: String?
    }

    private func work(_ worker: Int, until deadline: Date, known start: [Int: Known], log: String) {
        var known = start
        var rng = SystemRandomNumberGenerator()
        FileManager.default.createFile(atPath: log, contents: nil)
        let file = FileHandle(forWritingAtPath: log)
        defer { try? file?.close() }
        var sequence = 0
        while Date() < deadline {
            sequence += 1
            let ticket = Int.random(in: 0..<10, using: &rng) < 7 ? shared.randomElement(using: &rng)! : own[worker % own.count]
            let token = "w\(worker)-" + String(format: "%04d", sequence)
            let expected = known[ticket]?.version ?? 1
            // Assigning to the engineer who already has it is refused by the workflow, not a conflict: pick someone else.
            let others = assignees.filter { $0 != known[ticket]?.assignee }
            let (operation, args) = command(Int.random(in: 0..<4, using: &rng), ticket: ticket, token: token, to: others.randomElement(using: &rng)!)
            let full = args + ["--version", "\(expected)", "--as", actors[worker % actors.count]]
            let result = (try? runner.run(full)) ?? BinaryRunner.Result(status: -1, stdout: "", stderr: "could not start helpdesk")
            let attempt = Attempt(worker: worker, sequence: sequence, ticket: ticket, operation: operation, token: token,
                                  expectedVersion: expected, status: result.status, stdout: result.stdout, stderr: result.stderr)
            if let saved = attempt.savedVersion {
                // `ticket set` does not print the assignee: it is then the one this writer last knew.
                let named = attempt.stdout.range(of: "assigned to ").map { String(attempt.stdout[$0.upperBound...].prefix { $0 != "," }) }
                known[ticket] = Known(version: saved, assignee: named ?? known[ticket]?.assignee)
            } else if attempt.isConflict, let reloaded = reload(ticket) {
                // As a person would: reload the ticket and go on from what it is now.
                known[ticket] = reloaded
            }
            if let line = try? JSONEncoder().encode(attempt) { file?.write(line + Data("\n".utf8)) }
            lock.withLock { attempts.append(attempt) }
        }
    }

    private func reload(_ ticket: Int) -> Known? {
        guard let result = try? runner.run(["ticket", "show", "\(ticket)", "--json"]), result.status == 0,
              let object = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any],
              let fields = object["ticket"] as? [String: Any], let version = fields["version"] as? Int else { return nil }
        return Known(version: version, assignee: fields["assignee"] as? String)
    }

    private func command(_ pick: Int, ticket: Int, token: String, to assignee: String) -> (String, [String]) {
        switch pick {
        case 0: ("note", ["ticket", "note", "\(ticket)", "\(token) 已联系用户 / called the user"])
        case 1: ("reply", ["ticket", "reply", "\(ticket)", "\(token) 正在处理 / working on it"])
        case 2: ("tag", ["ticket", "set", "\(ticket)", "--tag", token, "--tag", "打印机"])
        default: ("assign", ["ticket", "assign", "\(ticket)", assignee, "--reason", token])
        }
    }
}
