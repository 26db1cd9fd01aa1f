import Foundation
import HelpdeskCore
@testable import HelpdeskTUI

/// Handovers in memory with the store's rules (Core's access checks, newest first, every search
/// term must appear, never one's own pending). Snapshots are built from the source's rows.
final class InMemoryHandovers: @unchecked Sendable {
    private let lock = NSLock()
    private var saved: [Handover] = []
    private var recordedCalls: [String] = []

    /// "list <search>", "pending <login>", "save <note>", "ack <id> <reply>" in call order.
    var calls: [String] { lock.withLock { recordedCalls } }
    var all: [Handover] { lock.withLock { saved } }

    func add(_ handover: Handover) {
        lock.withLock {
            var copy = handover
            copy.id = Int64(saved.count + 1)
            saved.append(copy)
        }
    }

    func list(search: String, unacknowledgedOnly: Bool, limit: Int) -> [Handover] {
        lock.withLock {
            recordedCalls.append("list \(search)")
            let terms = search.lowercased().split(separator: " ").map(String.init)
            return saved.reversed().filter { h in
                let text = [h.shiftLabel, h.note, h.ackReply ?? ""].joined(separator: "\n").lowercased()
                return terms.allSatisfy(text.contains) && (!unacknowledgedOnly || !h.isAcknowledged)
            }.prefix(limit).map { $0 }
        }
    }

    func pending(for actor: Actor) -> Handover? {
        lock.withLock {
            recordedCalls.append("pending \(actor.login)")
            guard actor.role != .agent else { return nil }
            return saved.last { !$0.isAcknowledged && $0.author != actor.login }
        }
    }

    func save(note: String, rows: [QueueRow], by actor: Actor, at now: Date, timeZone: TimeZone) throws -> Handover {
        try AccessPolicy.checkWriteHandover(by: actor)
        let clean = try Handover.validated(note: note, shiftLabel: "")
        return lock.withLock {
            recordedCalls.append("save \(clean.note)")
            let since = Handover.shiftStart(known: nil, previousHandover: saved.last?.createdAt, now: now)
            let snapshot = HandoverSnapshotBuilder(now: now, since: since)
                .build(open: rows.filter(\.status.isOpen), resolved: [], unassigned: rows.filter { $0.status.isOpen && $0.assignee == nil }.count,
                       engineers: [], openByEngineer: Dictionary(rows.filter(\.status.isOpen).compactMap { r in r.assignee.map { ($0, 1) } }, uniquingKeysWith: +))
            let handover = Handover(id: Int64(saved.count + 1), author: actor.login, createdAt: now,
                                    shiftLabel: Handover.defaultShiftLabel(since: since, until: now, timeZone: timeZone),
                                    note: clean.note, snapshot: snapshot)
            saved.append(handover)
            return handover
        }
    }

    func acknowledge(id: Int64, reply: String?, by actor: Actor, at now: Date) throws -> Handover {
        try lock.withLock {
            recordedCalls.append("ack \(id) \(reply ?? "-")")
            guard let index = saved.firstIndex(where: { $0.id == id }) else { throw InMemoryDataSource.Failure(description: "there is no handover #\(id)") }
            try AccessPolicy.checkAcknowledgeHandover(saved[index], by: actor)
            saved[index].acknowledgedBy = actor.login
            saved[index].acknowledgedAt = now
            saved[index].ackReply = try Handover.validatedReply(reply)
            return saved[index]
        }
    }
}

extension InMemoryDataSource {
    func handovers(search: String, unacknowledgedOnly: Bool, limit: Int) throws -> [Handover] {
        handoverBook.list(search: search, unacknowledgedOnly: unacknowledgedOnly, limit: limit)
    }

    func pendingHandover(for actor: Actor) throws -> Handover? { handoverBook.pending(for: actor) }

    func saveHandover(note: String, shiftLabel: String, since: Date?, by actor: Actor, at now: Date, timeZone: TimeZone) throws -> Handover {
        let handover = try handoverBook.save(note: note, rows: lock.withLock { rows }, by: actor, at: now, timeZone: timeZone)
        lock.withLock { version += 1 }
        return handover
    }

    func acknowledgeHandover(id: Int64, reply: String?, by actor: Actor, at now: Date) throws -> Handover {
        let handover = try handoverBook.acknowledge(id: id, reply: reply, by: actor, at: now)
        lock.withLock { version += 1 }
        return handover
    }
}
