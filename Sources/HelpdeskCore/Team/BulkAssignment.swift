import Foundation

/// One engineer as the picker for several marked tickets shows them: for how many of them the engine finds them eligible, and why not for the rest.
public struct BulkCandidate: Sendable, Equatable {
    public var engineer: Engineer
    public var load: EngineerLoad
    /// Marked tickets the engine would give this engineer.
    public var eligibleFor: [Int64]
    /// The other marked tickets, each with the engine's reasons.
    public var blocked: [BlockedTicket]
    /// One line a lead reads beside the name.
    public var explanation: String

    /// A marked ticket this engineer is not eligible for, and why.
    public struct BlockedTicket: Sendable, Equatable {
        public var ticketID: Int64
        public var reasons: [Ineligibility]
    }

    /// Eligible for every marked ticket.
    public var isEligibleForAll: Bool { blocked.isEmpty }
}

/// Ranks the team for several tickets at once with `AssignmentEngine.rank`, so reassigning a
/// marked set shows the same reasons as assigning one.
public enum BulkAssignment {
    /// Engineers eligible for all the tickets first (in the engine's order for the first ticket),
    /// then those eligible for some, most first, then the rest in the engine's order.
    public static func rank(tickets: [Ticket], engineers: [Engineer], loads: [String: EngineerLoad],
                            isOnShift: (Engineer) -> Bool = { _ in true }) -> [BulkCandidate] {
        guard let first = tickets.first else { return [] }
        let rankings = tickets.map { ticket in
            (ticket, Dictionary(uniqueKeysWithValues: AssignmentEngine.rank(for: ticket, engineers: engineers, loads: loads,
                                                                            isOnShift: isOnShift).map { ($0.engineer.login, $0) }))
        }
        let order = AssignmentEngine.rank(for: first, engineers: engineers, loads: loads, isOnShift: isOnShift)
        let candidates = order.map { base in
            var eligible: [Int64] = []
            var blocked: [BulkCandidate.BlockedTicket] = []
            for (ticket, ranking) in rankings {
                let reasons = ranking[base.engineer.login]?.blockers ?? []
                if reasons.isEmpty { eligible.append(ticket.id) } else { blocked.append(.init(ticketID: ticket.id, reasons: reasons)) }
            }
            return BulkCandidate(engineer: base.engineer, load: base.load, eligibleFor: eligible, blocked: blocked,
                                 explanation: explanation(base, count: tickets.count, eligible: eligible.count, blocked: blocked))
        }
        // A stable sort keeps the engine's order within each group.
        return candidates.enumerated().sorted { a, b in
            let ga = group(a.element, of: tickets.count), gb = group(b.element, of: tickets.count)
            if ga != gb { return ga < gb }
            if ga == 1, a.element.eligibleFor.count != b.element.eligibleFor.count {
                return a.element.eligibleFor.count > b.element.eligibleFor.count
            }
            return a.offset < b.offset
        }.map(\.element)
    }

    private static func group(_ candidate: BulkCandidate, of count: Int) -> Int {
        candidate.eligibleFor.count == count ? 0 : candidate.eligibleFor.isEmpty ? 2 : 1
    }

    private static func explanation(_ base: Candidate, count: Int, eligible: Int, blocked: [BulkCandidate.BlockedTicket]) -> String {
        let login = base.engineer.login
        let load = "load \(base.load.openTickets)/\(base.engineer.loadCap)"
        if count == 1 { return base.explanation }
        if blocked.isEmpty { return "\(login): \(base.engineer.tier.label), \(load), eligible for all \(count)" }
        var reasons: [String] = []
        for ticket in blocked {
            for reason in ticket.reasons where !reasons.contains(reason.text) { reasons.append(reason.text) }
        }
        if eligible == 0 { return "\(login): " + reasons.joined(separator: "; ") }
        let which = blocked.map { "#\($0.ticketID)" }.joined(separator: ", ")
        return "\(login): eligible for \(eligible) of \(count), \(load); not \(which): " + reasons.joined(separator: "; ")
    }
}
