import Foundation

/// Where each open ticket of one engineer goes when a lead moves them all (someone went home sick):
/// every ticket ranked by the engine without that engineer, to its own best candidate.
public struct MoveAllPlan: Sendable, Equatable {
    /// One ticket's destination; `to` is nil when no one else is eligible and the ticket stays.
    public struct Move: Sendable, Equatable {
        public var ticketID: Int64
        /// The version the plan was made from; a change since then is a conflict, not an overwrite.
        public var version: Int
        public var to: String?
        /// The engine's reason for the choice, or what blocks everyone.
        public var explanation: String
    }

    /// The engineer whose tickets move.
    public var from: String
    public var moves: [Move]

    /// Tickets that have somewhere to go.
    public var assigned: [Move] { moves.filter { $0.to != nil } }
    /// Tickets no other engineer is eligible for; they stay where they are.
    public var left: [Move] { moves.filter { $0.to == nil } }

    /// Plans the move of `tickets` (the open ones assigned to `login`), most urgent first. Each
    /// assignment adds to the receiver's load and makes them the most recently assigned before the
    /// next ticket is ranked, so the work spreads instead of all landing on one person.
    public static func make(from login: String, tickets: [Ticket], engineers: [Engineer], loads: [String: EngineerLoad],
                            at now: Date, isOnShift: (Engineer) -> Bool = { _ in true }) -> MoveAllPlan {
        var team = engineers.filter { $0.login != login }
        var loads = loads
        var moves: [Move] = []
        let ordered = tickets.filter { $0.status.isOpen && $0.assignee == login }
            .sorted { $0.priority != $1.priority ? $0.priority < $1.priority : $0.id < $1.id }
        for (step, ticket) in ordered.enumerated() {
            let decision = AssignmentEngine.decide(for: ticket, engineers: team, loads: loads, isOnShift: isOnShift)
            guard let target = decision.engineer else {
                moves.append(Move(ticketID: ticket.id, version: ticket.version, to: nil, explanation: decision.explanation))
                continue
            }
            moves.append(Move(ticketID: ticket.id, version: ticket.version, to: target.login, explanation: decision.explanation))
            loads[target.login, default: .zero].openTickets += 1
            loads[target.login, default: .zero].weightedLoad += ticket.priority.loadWeight
            if let index = team.firstIndex(where: { $0.login == target.login }) {
                team[index].lastAssignedAt = now.addingTimeInterval(Double(step) / 1000)
            }
        }
        return MoveAllPlan(from: login, moves: moves)
    }

    /// "Move zhang.wei's 5 open tickets: 4 to li.na, chen.jie; 1 stays (no eligible engineer)"
    public var summary: String {
        let targets = assigned.compactMap(\.to).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        var text = "Move \(from)'s \(moves.count) open ticket\(moves.count == 1 ? "" : "s")"
        if !assigned.isEmpty { text += ": \(assigned.count) to \(targets.joined(separator: ", "))" }
        if !left.isEmpty { text += "; \(left.count) stay\(left.count == 1 ? "s" : "") (no eligible engineer)" }
        return text
    }
}
