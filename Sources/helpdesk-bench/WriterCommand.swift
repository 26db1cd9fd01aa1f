import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

/// One of the writer processes of the concurrency measure (started by `helpdesk-bench` itself).
///
/// Until the deadline it reads a ticket from the hot set (the 1,000 newest open tickets, the
/// same for every writer, as colleagues work one queue), applies a note, a reply, new tags or a
/// new impact/urgency through `HelpdeskStore.perform` with the version it read, and counts what
/// happened. Prints one JSON line: updates, conflicts, refusals, errors and the first error.
struct WriterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "writer", abstract: "A writer process for the concurrency measure.",
                                                    shouldDisplay: false)

    @Option(help: "Database file (a copy; it is changed).") var db: String
    @Option(help: "Seconds to write for.") var seconds: Double
    @Option(help: "Start at this monotonic-clock time, so that all writers begin together.") var startAt: Double
    @Option(help: "Random seed of this writer.") var seed: UInt64

    struct Tally: Codable {
        var updates = 0
        var conflicts = 0
        var refusals = 0
        var errors = 0
        var firstError: String?
    }

    func run() throws {
        let store = try HelpdeskStore(path: db)
        let hot = try store.queue(QueueQuery(view: .open, login: "", sort: .id, limit: 1000, now: DataSet.now)).rows.map(\.id)
        guard !hot.isEmpty else { throw BenchError("\(db) holds no open tickets to update") }
        guard let lead = try store.engineers().first(where: { $0.role == .lead && $0.isActive }) else {
            throw BenchError("\(db) has no active lead to act as")
        }
        let actor = Actor(lead)
        var rng = SeededGenerator(seed: seed)
        var tally = Tally()
        while Samples.now() < startAt { usleep(1000) }
        let deadline = startAt + seconds
        while Samples.now() < deadline {
            let id = rng.pick(hot)
            do {
                let ticket = try store.ticket(id: id)
                _ = try store.perform(action(&rng), on: id, expectedVersion: ticket.version, by: actor, at: Date())
                tally.updates += 1
            } catch StoreError.conflict {
                tally.conflicts += 1
            } catch let error as WorkflowError {
                tally.refusals += 1
                if tally.firstError == nil { tally.firstError = "refused: \(error)" }
            } catch {
                tally.errors += 1
                if tally.firstError == nil { tally.firstError = "\(error)" }
            }
        }
        let line = try JSONEncoder().encode(tally)
        FileHandle.standardOutput.write(line + Data("\n".utf8))
    }

    private func action(_ rng: inout SeededGenerator) -> TicketAction {
        switch Int.random(in: 0..<8, using: &rng) {
        case 0..<4: .note(rng.pick(["已联系用户，等待远程 / called the user, waiting for remote access", "检查了日志 / checked the logs"]))
        case 4, 5: .reply(rng.pick(["正在处理 / working on it", "Please try again now. 请再试一次。"]))
        case 6: .setTags(rng.pick([["printer", "打印机"], ["vpn"], ["network", "网络", "slow"]]))
        default: .setImpactUrgency(impact: rng.pick(Level.allCases), urgency: rng.pick(Level.allCases))
        }
    }
}
