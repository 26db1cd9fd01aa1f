import Foundation

/// Matches a ticket to an engineer (技术支持人员匹配): on shift, has the skill, right tier, least loaded.
///
/// Pure: the caller supplies loads and shifts, then applies `.assign` and records the engineer's
/// `lastAssignedAt` so the next tie goes to someone else.
public enum AssignmentEngine {
    /// The engineer the ticket should go to, with a one-line reason; nil engineer when none is eligible.
    ///
    /// Eligible means active, on shift, skilled in the ticket's category, at or above its tier and
    /// under the load cap. An exact tier beats a higher one (second line stays free for escalations),
    /// then the lowest weighted load wins; ties go to whoever waited longest since their last
    /// assignment (never assigned counts as longest), then to the first login.
    public static func decide(for ticket: Ticket, engineers: [Engineer], loads: [String: EngineerLoad],
                              isOnShift: (Engineer) -> Bool = { _ in true }) -> AssignmentDecision {
        let ranked = rank(for: ticket, engineers: engineers, loads: loads, isOnShift: isOnShift)
        guard ticket.status.isOpen else {
            return AssignmentDecision(engineer: nil, explanation: "#\(ticket.id) is \(ticket.status.rawValue); only open tickets are assigned",
                                      ranked: ranked)
        }
        guard let winner = ranked.first, winner.isEligible else {
            return AssignmentDecision(engineer: nil, explanation: blockedSummary(ranked), ranked: ranked)
        }
        return AssignmentDecision(engineer: winner.engineer, explanation: reason(for: winner, ticket: ticket, ranked: ranked),
                                  ranked: ranked)
    }

    /// Every engineer in the order a lead's picker shows them: eligible ones as the engine prefers them,
    /// then the ineligible, those a lead could still pick (at cap, off shift) before the ones who can't.
    public static func rank(for ticket: Ticket, engineers: [Engineer], loads: [String: EngineerLoad],
                            isOnShift: (Engineer) -> Bool = { _ in true }) -> [Candidate] {
        var candidates: [Candidate] = []
        var keys: [SortKey] = []
        candidates.reserveCapacity(engineers.count)
        keys.reserveCapacity(engineers.count)
        for (index, engineer) in engineers.enumerated() {
            let load = loads[engineer.login] ?? .zero
            let found = blockers(engineer, load: load, ticket: ticket, isOnShift: isOnShift)
            candidates.append(Candidate(engineer: engineer, load: load, blockers: found, category: ticket.category))
            keys.append(SortKey(index: index, group: found.first.map { 10 - $0.rank } ?? (engineer.tier == ticket.tier ? 0 : 1),
                                weightedLoad: load.weightedLoad,
                                waited: found.isEmpty ? engineer.lastAssignedAt?.timeIntervalSinceReferenceDate ?? -.infinity : 0))
        }
        // Sorting small keys rather than whole candidates keeps 500 engineers well under a millisecond.
        keys.sort { a, b in
            if a.group != b.group { return a.group < b.group }
            if a.weightedLoad != b.weightedLoad { return a.weightedLoad < b.weightedLoad }
            if a.waited != b.waited { return a.waited < b.waited }
            return engineers[a.index].login < engineers[b.index].login
        }
        return keys.map { candidates[$0.index] }
    }

    /// Groups: 0 exact tier, 1 higher tier, then the ineligible from "a lead could still pick" (6, at cap) to inactive (10).
    private struct SortKey {
        var index: Int
        var group: Int
        var weightedLoad: Int
        /// Seconds since the reference date of the last assignment; never assigned sorts first.
        var waited: Double
    }

    private static func blockers(_ engineer: Engineer, load: EngineerLoad, ticket: Ticket,
                                 isOnShift: (Engineer) -> Bool) -> [Ineligibility] {
        var found: [Ineligibility] = []
        if !engineer.isActive { found.append(.inactive) }
        if engineer.tier < ticket.tier { found.append(.tierTooLow(has: engineer.tier, needs: ticket.tier)) }
        if !engineer.skills.contains(ticket.category) { found.append(.missingSkill(ticket.category)) }
        if !isOnShift(engineer) { found.append(.offShift) }
        if load.openTickets >= engineer.loadCap { found.append(.atCap(open: load.openTickets, cap: engineer.loadCap)) }
        return found
    }

    /// "zhang.wei: network, L1, load 3/8 — lowest weighted load 7 among 3 eligible L1 …"
    private static func reason(for winner: Candidate, ticket: Ticket, ranked: [Candidate]) -> String {
        let eligible = ranked.prefix { $0.isEligible }
        let exact = winner.engineer.tier == ticket.tier
        let group = eligible.filter { ($0.engineer.tier == ticket.tier) == exact }
        var text = "\(winner.explanation) — lowest weighted load \(winner.load.weightedLoad) among \(group.count) eligible"
        if !exact {
            // Exact matches sort first, so a higher-tier winner means no exact match was eligible.
            text += " at a higher tier (no eligible \(ticket.tier.label))"
        } else if group.count < eligible.count {
            text += " \(ticket.tier.label) (preferred over \(eligible.count - group.count) eligible at a higher tier)"
        }
        let tied = group.filter { $0.load.weightedLoad == winner.load.weightedLoad }
        if tied.count > 1 {
            let others = tied.count - 1
            let runnerUp = tied[1].engineer.lastAssignedAt
            if winner.engineer.lastAssignedAt == runnerUp {
                text += "; tied with \(others), first by login"
            } else if let last = winner.engineer.lastAssignedAt {
                text += "; tied with \(others), longest since last assignment (\(iso(last)))"
            } else {
                text += "; tied with \(others), never assigned before"
            }
        }
        return text
    }

    /// "no eligible engineer: 3 lack network skill, 2 at cap, 1 off shift" — each engineer counted once, by the most fundamental reason.
    private static func blockedSummary(_ ranked: [Candidate]) -> String {
        guard !ranked.isEmpty else { return "no eligible engineer: the team has no engineers" }
        var counts: [Int: (example: Ineligibility, count: Int)] = [:]
        for candidate in ranked {
            let primary = candidate.blockers[0]
            counts[primary.rank, default: (primary, 0)].count += 1
        }
        let parts = counts.values
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.example < $1.example }
            .map { $0.example.counted($0.count) }
        return "no eligible engineer: " + parts.joined(separator: ", ")
    }
}
