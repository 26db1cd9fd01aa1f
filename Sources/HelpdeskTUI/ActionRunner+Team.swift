import Foundation
import HelpdeskCore

/// Store calls of the lead's work. Each ticket of a batch is its own `perform`, based on the
/// version the lead saw, so one conflict is reported and the others still go through.
extension ActionRunner {
    func run(_ effect: TeamEffect, on state: inout ConsoleState) throws -> (wrote: Bool, more: [ConsoleEffect]) {
        switch effect {
        case let .rankMarked(versions):
            let tickets = try versions.keys.sorted().map { try source.ticket(id: $0) }
            let onShift = try source.onShiftLogins(at: now())
            let candidates = BulkAssignment.rank(tickets: tickets, engineers: try source.engineers(), loads: try source.openLoads(),
                                                 isOnShift: { onShift?.contains($0.login) ?? true })
            return (false, state.chooseAssignee(forBatch: tickets, versions: versions, candidates: candidates))
        case let .reassign(versions, login, reason):
            var outcome = ReassignOutcome()
            for id in versions.keys.sorted() {
                do {
                    _ = try source.perform(.assign(to: login, reason: reason), on: id, expectedVersion: versions[id], by: actor, at: now())
                    outcome.moved.append((id, login))
                } catch {
                    outcome.refused.append((id, "\(error)"))
                }
            }
            state.reassigned(outcome, covering: Array(versions.keys))
            return (true, [])
        case let .planMoveAll(login):
            // Every open ticket of theirs, page by page: none may be left behind unmentioned.
            var rows: [QueueRow] = []
            while true {
                let page = try source.queue(QueueQuery(view: .mine, login: login, sort: .priority, offset: rows.count, limit: 500, now: now()))
                rows += page.rows
                if page.rows.isEmpty || rows.count >= page.total { break }
            }
            let tickets = try rows.map { try source.ticket(id: $0.id) }
            let onShift = try source.onShiftLogins(at: now())
            let plan = MoveAllPlan.make(from: login, tickets: tickets, engineers: try source.engineers(), loads: try source.openLoads(),
                                        at: now(), isOnShift: { onShift?.contains($0.login) ?? true })
            guard !plan.moves.isEmpty else {
                state.message = ConsoleState.Message(tr("%@ has no open tickets", login))

                return (false, [])
            }
            return (false, state.confirmMoveAll(plan))
        case let .moveAll(plan, reason):
            var outcome = ReassignOutcome()
            outcome.left = plan.left.map(\.ticketID)
            for move in plan.assigned {
                guard let target = move.to else { continue }
                do {
                    _ = try source.perform(.assign(to: target, reason: reason), on: move.ticketID, expectedVersion: move.version,
                                           by: actor, at: now())
                    outcome.moved.append((move.ticketID, target))
                } catch {
                    outcome.refused.append((move.ticketID, "\(error)"))
                }
            }
            state.reassigned(outcome, prefix: "\(plan.from): ", covering: plan.moves.map(\.ticketID))
            return (true, [])
        case let .readNotices(id):
            try source.markNoticesRead(login: actor.login, upTo: id, at: now())
            return (true, [])
        }
    }
}
