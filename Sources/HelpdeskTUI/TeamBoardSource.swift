import Foundation
import HelpdeskCore
import HelpdeskStore

/// What the console reads and writes for the team board, notices and SLA alerts; the store implements it.
public protocol TeamBoardSource: Sendable {
    /// Open tickets per priority, oldest open ticket and breaches, per engineer with open tickets.
    func teamBoardStats(now: Date) throws -> [String: EngineerOpenStats]
    /// Minutes a breached ticket may go without an update before the board flags it.
    func staleBreachMinutes() throws -> Int
    /// The unread notices for `login`, oldest first.
    func unreadNotices(login: String, limit: Int) throws -> [Notice]
    /// Marks `login`'s notices up to `upTo` as read.
    @discardableResult
    func markNoticesRead(login: String, upTo id: Int64, at now: Date) throws -> Int
    /// Notices the shift lead (or every lead when nil) of tickets turned at risk or breached since the last sweep.
    @discardableResult
    func sweepSLAAlerts(now: Date, shiftLead: String?) throws -> Int
}
