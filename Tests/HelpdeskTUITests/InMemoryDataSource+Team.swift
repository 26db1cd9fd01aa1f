import Foundation
import HelpdeskCore
import HelpdeskTUI

/// What the in-memory source keeps for the team board: notices, shifts, the sweeps the console asked for.
final class InMemoryTeamData: @unchecked Sendable {
    let lock = NSLock()
    var notices: [Notice] = []
    var onShift: Set<String>?
    var shiftLead: String?
    var staleMinutes = StaleBreach.defaultMinutes
    /// Every sweep: when, and for which shift lead.
    var sweeps: [(Date, String?)] = []
    /// Notices the next sweep delivers, as a store would find them.
    var pendingAlerts: [Notice] = []

    func add(_ notice: Notice) { lock.withLock { notices.append(notice) } }
}

extension InMemoryDataSource {
    func teamBoardStats(now: Date) throws -> [String: EngineerOpenStats] {
        try lock.withLock {
            if let failure { throw failure }
            var stats: [String: EngineerOpenStats] = [:]
            for row in rows.sorted(by: { $0.id < $1.id }) where row.status.isOpen {
                guard let login = row.assignee else { continue }
                stats[login, default: .none].byPriority[row.priority, default: 0] += 1
                if stats[login]?.oldestOpenAt == nil { stats[login]?.oldestOpenAt = tickets[row.id]?.createdAt ?? row.updatedAt }
                if let due = row.dueAt, due <= now { stats[login]?.breached += 1 }
            }
            return stats
        }
    }

    func staleBreachMinutes() throws -> Int { teamData.lock.withLock { teamData.staleMinutes } }

    func unreadNotices(login: String, limit: Int) throws -> [Notice] {
        teamData.lock.withLock { Array(teamData.notices.filter { $0.recipient == login && $0.readAt == nil }.prefix(limit)) }
    }

    func markNoticesRead(login: String, upTo id: Int64, at now: Date) throws -> Int {
        teamData.lock.withLock {
            var count = 0
            for i in teamData.notices.indices where teamData.notices[i].recipient == login && teamData.notices[i].readAt == nil
                && teamData.notices[i].id <= id {
                teamData.notices[i].readAt = now
                count += 1
            }
            return count
        }
    }

    func sweepSLAAlerts(now: Date, shiftLead: String?) throws -> Int {
        teamData.lock.withLock {
            teamData.sweeps.append((now, shiftLead))
            let delivered = teamData.pendingAlerts
            teamData.notices += delivered
            teamData.pendingAlerts = []
            return delivered.count
        }
    }

    func onShiftLogins(at: Date) throws -> Set<String>? { teamData.lock.withLock { teamData.onShift } }

    func shiftLead(at: Date) throws -> String? { teamData.lock.withLock { teamData.shiftLead } }
}
