import Foundation
import HelpdeskCore
import HelpdeskStore

/// Running the link, merge, resolve-children and requester-history effects against the data source.
extension ActionRunner {
    func runLinks(_ effect: ConsoleEffect, on state: inout ConsoleState) throws -> (wrote: Bool, more: [ConsoleEffect]) {
        switch effect {
        case let .linkTickets(from, to, kind, ticketID):
            let link = try source.linkTickets(from, to: to, kind: kind, by: actor, at: now())
            state.linked(link, from: ticketID)
            return (true, [])
        case let .mergeTicket(sourceID, targetID, version):
            let target = try source.mergeTicket(sourceID, into: targetID, expectedVersion: version, by: actor, at: now())
            return (true, state.merged(sourceID, into: target))
        case let .resolveChildren(_, children, resolution, followUp):
            let outcomes = source.resolveChildren(children, resolution: resolution, by: actor, at: now())
            return (true, state.childrenResolved(outcomes, followUp: followUp))
        case let .loadRequesterHistory(ticketID):
            state.showRequesterHistory(try source.requesterHistory(ticketID: ticketID, limit: RequesterHistory.limit), from: ticketID)
            return (false, [])
        default:
            return (false, [])
        }
    }

    /// After a resolve: a parent with open children asks whether to resolve them too.
    func offerOpenChildren(after action: TicketAction, on ticket: Ticket, _ state: inout ConsoleState) {
        guard case let .changeStatus(.resolved, resolution?) = action,
              let children = try? source.openChildren(of: ticket.id), !children.isEmpty else { return }
        state.offerChildren(children, of: ticket, resolution: resolution)
    }
}
