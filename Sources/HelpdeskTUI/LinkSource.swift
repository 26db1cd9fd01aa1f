import Foundation
import HelpdeskCore
import HelpdeskStore

/// What the console reads and writes for linked and merged tickets and requester history; the store implements it.
///
/// The defaults serve data sources without links (test doubles): no links, no contacts, and a
/// clear refusal for anything that would write or needs the database.
public protocol LinkSource: Sendable {
    /// The ticket's links as it sees them, with each linked ticket's status now.
    func links(ticketID: Int64) throws -> [LinkedTicket]
    /// Further contacts of the ticket (requesters of tickets merged into it).
    func contacts(ticketID: Int64) throws -> [TicketContact]
    /// The ticket's children that are still open.
    func openChildren(of parentID: Int64) throws -> [LinkedTicket]
    /// Links `from` to `to` as `kind` after Core's rules allow it.
    @discardableResult
    func linkTickets(_ from: Int64, to: Int64, kind: TicketLinkKind, by actor: Actor, at now: Date) throws -> TicketLink
    /// Merges `sourceID` into `targetID`; returns the target.
    @discardableResult
    func mergeTicket(_ sourceID: Int64, into targetID: Int64, expectedVersion: Int?, by actor: Actor, at now: Date) throws -> Ticket
    /// Resolves each child through the workflow, reporting each outcome.
    func resolveChildren(_ children: [LinkedTicket], resolution: String, by actor: Actor, at now: Date) -> [ChildResolution]
    /// The requester of a ticket and their tickets, open first.
    func requesterHistory(ticketID: Int64, limit: Int) throws -> RequesterHistory
}

/// Why a data source without links refuses.
struct LinksUnavailable: Error, CustomStringConvertible {
    var description: String { tr("linked tickets are not available here") }
}

extension LinkSource {
    public func links(ticketID: Int64) throws -> [LinkedTicket] { [] }
    public func contacts(ticketID: Int64) throws -> [TicketContact] { [] }
    public func openChildren(of parentID: Int64) throws -> [LinkedTicket] { [] }
    public func linkTickets(_ from: Int64, to: Int64, kind: TicketLinkKind, by actor: Actor, at now: Date) throws -> TicketLink {
        throw LinksUnavailable()
    }
    public func mergeTicket(_ sourceID: Int64, into targetID: Int64, expectedVersion: Int?, by actor: Actor, at now: Date) throws -> Ticket {
        throw LinksUnavailable()
    }
    public func resolveChildren(_ children: [LinkedTicket], resolution: String, by actor: Actor, at now: Date) -> [ChildResolution] {
        children.map { ChildResolution(id: $0.id, error: LinksUnavailable().description) }
    }
    public func requesterHistory(ticketID: Int64, limit: Int) throws -> RequesterHistory { throw LinksUnavailable() }
}
