import Foundation
import HelpdeskCore

extension ConsoleApp {
    /// How many tickets each list of the board loads: more than any screen shows.
    static let boardListLimit = 50

    /// Keeps notices, SLA alerts and the open board current. Notices are read when the data
    /// changed (a notice is a write, so it moves the data version); a lead's console sweeps for
    /// SLA alerts every `countsRefreshInterval`; the board reloads on a change, when just opened,
    /// and once a minute so ages stay true.
    func syncTeam(force: Bool) {
        let time = now()
        if force || !state.team.noticesLoaded { loadNotices() }
        if state.role != .agent, time.timeIntervalSince(state.team.lastSweep ?? .distantPast) >= configuration.countsRefreshInterval {
            state.team.lastSweep = time
            do {
                if try source.sweepSLAAlerts(now: time, shiftLead: try source.shiftLead(at: time)) > 0 { loadNotices() }
            } catch {
                post(error: tr("cannot check for SLA alerts: %@", ConsoleState.describe(error)))
            }
        }
        guard let board = state.team.board else { return }
        if force || board.isStale || time.timeIntervalSince(board.loadedAt ?? .distantPast) >= 60 { loadBoard(at: time) }
    }

    private func loadNotices() {
        state.team.noticesLoaded = true
        do {
            state.team.notices = try source.unreadNotices(login: state.user, limit: 50)
        } catch {
            post(error: tr("cannot read your notices: %@", ConsoleState.describe(error)))
        }
    }

    /// A handful of indexed queries: the team, the per-engineer counters and index ranges, shifts,
    /// and the first rows of the Unassigned and At risk views.
    func loadBoard(at time: Date) {
        do {
            let rows = TeamBoardRow.rows(engineers: try source.engineers(), stats: try source.teamBoardStats(now: time),
                                         onShift: try source.onShiftLogins(at: time))
            let unassigned = try source.queue(QueueQuery(view: .unassigned, login: state.user, sort: .due, limit: Self.boardListLimit, now: time))
            let atRisk = try source.queue(QueueQuery(view: .atRisk, login: state.user, sort: .due, limit: Self.boardListLimit, now: time))
            state.team.board?.apply(rows: rows, unassigned: unassigned, atRisk: atRisk,
                                    staleMinutes: try source.staleBreachMinutes(), at: time)
        } catch {
            state.team.board?.isStale = false
            state.team.board?.loadedAt = time
            post(error: tr("cannot load the team board: %@", ConsoleState.describe(error)))

        }
    }
}
