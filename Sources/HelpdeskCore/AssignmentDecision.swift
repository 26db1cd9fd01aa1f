/// How busy an engineer is: open tickets, and the same tickets weighted by priority.
public struct EngineerLoad: Sendable, Equatable {
    public var openTickets: Int
    /// Sum of `Priority.loadWeight` over the open tickets, so one P1 outweighs several P4s.
    public var weightedLoad: Int

    public init(openTickets: Int = 0, weightedLoad: Int = 0) {
        self.openTickets = openTickets
        self.weightedLoad = weightedLoad
    }

    public static let zero = EngineerLoad()

    /// Load per assignee login over the open tickets given; closed and unassigned ones weigh nothing.
    public static func tally(_ tickets: [Ticket]) -> [String: EngineerLoad] {
        var loads: [String: EngineerLoad] = [:]
        for ticket in tickets where ticket.status.isOpen {
            guard let login = ticket.assignee else { continue }
            loads[login, default: .zero].openTickets += 1
            loads[login, default: .zero].weightedLoad += ticket.priority.loadWeight
        }
        return loads
    }
}

/// Why the engine will not give a ticket to an engineer, most fundamental first.
public enum Ineligibility: Sendable, Equatable, Comparable {
    case inactive
    case tierTooLow(has: Tier, needs: Tier)
    case missingSkill(Category)
    case offShift
    case atCap(open: Int, cap: Int)

    /// Lower is more fundamental: a lead can still hand an at-cap engineer a ticket, not an inactive one.
    var rank: Int {
        switch self {
        case .inactive: 0
        case .tierTooLow: 1
        case .missingSkill: 2
        case .offShift: 3
        case .atCap: 4
        }
    }

    public static func < (a: Ineligibility, b: Ineligibility) -> Bool { a.rank < b.rank }

    /// The reason as a lead reads it beside the engineer's login.
    public var text: String {
        switch self {
        case .inactive: "inactive"
        case let .tierTooLow(has, needs): "\(has.label), ticket needs \(needs.label)"
        case let .missingSkill(category): "no \(category.rawValue) skill"
        case .offShift: "off shift"
        case let .atCap(open, cap): "\(open > cap ? "over" : "at") cap \(open)/\(cap)"
        }
    }

    /// The reason counted over several engineers, for the "no eligible engineer" summary.
    func counted(_ n: Int) -> String {
        switch self {
        case .inactive: "\(n) inactive"
        case let .tierTooLow(_, needs): "\(n) below \(needs.label)"
        case let .missingSkill(category): "\(n) \(n == 1 ? "lacks" : "lack") \(category.rawValue) skill"
        case .offShift: "\(n) off shift"
        case .atCap: "\(n) at cap"
        }
    }
}

/// One engineer as the assignment picker shows them: eligible or not, and why.
public struct Candidate: Sendable, Equatable {
    public var engineer: Engineer
    public var load: EngineerLoad
    /// Every reason the engine would pass this engineer over, most fundamental first; empty when eligible.
    public var blockers: [Ineligibility]
    /// The ticket's category, shown as the matching skill of an eligible engineer.
    public var category: Category

    public init(engineer: Engineer, load: EngineerLoad, blockers: [Ineligibility], category: Category) {
        self.engineer = engineer
        self.load = load
        self.blockers = blockers
        self.category = category
    }

    public var isEligible: Bool { blockers.isEmpty }

    /// "zhang.wei: network, L1, load 3/8" or "li.na: off shift"; built on demand so ranking 500 engineers stays cheap.
    public var explanation: String {
        let login = engineer.login
        guard isEligible else { return "\(login): " + blockers.map(\.text).joined(separator: "; ") }
        return "\(login): \(category.rawValue), \(engineer.tier.label), load \(load.openTickets)/\(engineer.loadCap)"
    }
}

/// The engine's pick for one ticket, why, and every engineer ranked for a lead to choose from instead.
public struct AssignmentDecision: Sendable, Equatable {
    /// Nil when nobody is eligible; the ticket then stays unassigned.
    public var engineer: Engineer?
    /// One line a lead reads: why this engineer, or what blocks everyone.
    public var explanation: String
    /// Eligible engineers first, in the order the engine prefers them, then the ineligible.
    public var ranked: [Candidate]

    public init(engineer: Engineer?, explanation: String, ranked: [Candidate]) {
        self.engineer = engineer
        self.explanation = explanation
        self.ranked = ranked
    }
}
