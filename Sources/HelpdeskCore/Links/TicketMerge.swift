import Foundation

/// Merging one ticket into another: the source is closed with a pointer, the target records what it received.
///
/// Nothing is moved out of the audit log (it is append-only): the store keeps the source's comments
/// and events where they are and shows them in the target's timeline through the `mergedInto` link.
public struct TicketMerge: Sendable, Equatable {
    /// The source as it is saved: closed, resolution "Merged into #T", with its events.
    public var sourceChange: TicketChange
    /// What the target's audit log records: "merged_from".
    public var targetEvents: [TicketEvent]
    /// The record of the merge, from the source to the target.
    public var link: TicketLink

    /// The audit-log field on the source, naming the target.
    public static let mergedIntoField = "merged_into"
    /// The audit-log field on the target, naming the source.
    public static let mergedFromField = "merged_from"

    /// The resolution text a merged ticket is closed with.
    public static func resolution(into targetID: Int64) -> String { "Merged into #\(targetID)" }

    /// Plans merging `source` into `target`, or throws why not. `merged(id)` is the ticket `id` was
    /// merged into, if any: a merged ticket is neither merged again nor merged into.
    public static func plan(_ source: Ticket, into target: Ticket, by actor: Actor, at now: Date,
                            merged: (Int64) throws -> Int64?) throws -> TicketMerge {
        guard source.id != target.id else { throw WorkflowError.invalid("#\(source.id) cannot be merged into itself") }
        try AccessPolicy.checkMerge(source, into: target, by: actor)
        for ticket in [source, target] {
            if let into = try merged(ticket.id) {
                throw WorkflowError.invalid("#\(ticket.id) was already merged into #\(into); merge into #\(into) instead")
            }
            if ticket.status == .cancelled {
                throw WorkflowError.invalid("#\(ticket.id) is cancelled; reopen a cancelled request as a new ticket rather than merging it")
            }
        }
        let text = resolution(into: target.id)
        var closed = source
        var events: [TicketEvent] = []
        func record(_ id: Int64, _ field: String, _ old: String?, _ new: String?, _ reason: String? = nil) -> TicketEvent {
            TicketEvent(ticketID: id, actor: actor.login, at: now, field: field, oldValue: old, newValue: new, reason: reason)
        }
        if let since = closed.pausedSince {
            closed.pauses.append(DateInterval(start: since, end: max(since, now)))
            closed.pausedSince = nil
        }
        if closed.status != .closed {
            events.append(record(source.id, "status", source.status.rawValue, TicketStatus.closed.rawValue, text))
            closed.status = .closed
            closed.closedAt = now
        }
        if closed.resolution != text {
            events.append(record(source.id, "resolution", source.resolution, text))
            closed.resolution = text
        }
        closed.resolvedAt = closed.resolvedAt ?? now
        closed.updatedAt = now
        events.append(record(source.id, mergedIntoField, nil, "#\(target.id) \(target.title)"))
        let received = record(target.id, mergedFromField, nil, "#\(source.id) \(source.title)",
                              "requester \(source.requester.name) <\(source.requester.contact)>")
        return TicketMerge(sourceChange: TicketChange(ticket: closed, events: events), targetEvents: [received],
                           link: TicketLink(from: source.id, to: target.id, kind: .mergedInto, linkedBy: actor.login, linkedAt: now))
    }
}
