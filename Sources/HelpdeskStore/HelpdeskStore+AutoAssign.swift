import Foundation
import GRDB
import HelpdeskCore

/// A new ticket and what auto-assignment did with it.
public struct TicketCreation: Sendable, Equatable {
    public var ticket: Ticket
    /// The engine's explanation when the ticket's team auto-assigns (who got it and why, or why nobody did); nil otherwise.
    public var autoAssignment: String?

    public init(ticket: Ticket, autoAssignment: String?) {
        self.ticket = ticket
        self.autoAssignment = autoAssignment
    }
}

/// Auto-assignment of new and reopened tickets for teams that switched it on.
extension HelpdeskStore {
    /// The field of the audit entry left when auto-assignment found nobody eligible.
    public static let autoAssignField = "auto_assign"

    /// When the ticket's team auto-assigns, gives it to the engine's choice among the team's engineers
    /// on shift, acting as `Actor.system`; nil when the team does not auto-assign.
    ///
    /// A reopened ticket stays with its engineer while they are active and on shift: they know it best.
    /// When nobody is eligible the ticket stays as it is and an `auto_assign` event says why.
    static func autoAssign(_ ticket: Ticket, at now: Date, _ db: Database) throws -> (ticket: Ticket, explanation: String)? {
        let teams = try fetchTeams(db)
        guard let team = teams.first(where: { $0.name == Team.name(for: ticket.category, in: teams) }), team.autoAssign else {
            return nil
        }
        let roster = try fetchRoster(db)
        let engineers = try fetchEngineers(db)
        if let owner = ticket.assignee, let engineer = engineers.first(where: { $0.login == owner }),
           engineer.isActive, roster.isOnShift(owner, at: now) {
            return (ticket, "auto-assign (team \(team.name)): kept with \(owner), who is on shift")
        }
        let decision = AutoAssignment.decide(for: ticket, team: team, engineers: engineers, loads: try fetchLoads(db),
                                             roster: roster, at: now)
        guard let chosen = decision.engineer else {
            try StoreEvents.insert(TicketEvent(ticketID: ticket.id, actor: Actor.system.login, at: now, field: autoAssignField,
                                               oldValue: ticket.assignee, newValue: nil, reason: decision.explanation),
                                   ticketID: ticket.id, version: ticket.version, db)
            return (ticket, decision.explanation)
        }
        let change = try Workflow(rules: try priorityRules(db))
            .apply(.assign(to: chosen.login, reason: decision.explanation), to: ticket, by: .system, at: now) { login in
                engineers.first { $0.login == login }
            }
        return (try save(change, over: ticket, by: .system, at: now, db), decision.explanation)
    }
}
