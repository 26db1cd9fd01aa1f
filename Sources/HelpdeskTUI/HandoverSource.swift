import Foundation
import HelpdeskCore

/// What the handover screen reads and writes; part of `ConsoleDataSource`.
///
/// Handovers are few, so lists are read whole (up to `limit`) on opening and on each search keystroke.
public protocol HandoverSource: Sendable {
    /// Handovers newest first, those containing every typed term, optionally only unacknowledged ones.
    func handovers(search: String, unacknowledgedOnly: Bool, limit: Int) throws -> [Handover]
    /// The newest unacknowledged handover someone else wrote, for a lead or admin; nil for agents.
    func pendingHandover(for actor: Actor) throws -> Handover?
    /// Saves a handover by `actor` with a snapshot of the queue taken now.
    func saveHandover(note: String, shiftLabel: String, since: Date?, by actor: Actor, at now: Date, timeZone: TimeZone) throws -> Handover
    /// Acknowledges a handover as the incoming lead.
    func acknowledgeHandover(id: Int64, reply: String?, by actor: Actor, at now: Date) throws -> Handover
}

/// What the console asks of the handover source; `ConsoleApp` runs it and hands back the result.
public enum HandoverRequest: Sendable, Equatable {
    /// The history, narrowed by the typed search.
    case load(search: String)
    case save(note: String)
    case acknowledge(id: Int64, reply: String?)
}
