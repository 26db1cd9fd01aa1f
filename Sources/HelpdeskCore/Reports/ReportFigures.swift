import Foundation

/// The figures of a report for one set of tickets (the whole selection or one group).
/// Durations are working seconds on the priority's SLA calendars (see `ReportAccumulator`).
public struct ReportFigures: Sendable, Equatable, Codable {
    /// Tickets created in the period ("in") and resolved in it ("out").
    public var created: Int
    public var resolved: Int
    /// One count per day of the period.
    public var createdPerDay: [Int]
    public var resolvedPerDay: [Int]
    /// Creation to first public reply, of tickets created in the period and answered.
    public var firstResponse: DurationSummary
    /// Creation to resolution less the waits on the customer, of tickets resolved in the period.
    public var resolution: DurationSummary
    public var sla: [SLACompliance]
    /// Created in the period (cancelled left out) and resolved by its end.
    public var resolutionRate: Ratio
    public var firstContactResolution: Ratio
    /// Resolved in the period and reopened at least once.
    public var reopenRate: Ratio
    /// Open tickets at the end of the period by age, one count per `BacklogBucket`.
    public var backlog: [Int]
    public var satisfaction: SatisfactionSummary
    /// Minutes logged in the period per engineer, most first.
    public var hours: [EngineerHours]

    /// Open at the end of the period, all ages.
    public var backlogTotal: Int { backlog.reduce(0, +) }
}

/// SLA compliance of one priority over the tickets resolved in the period.
public struct SLACompliance: Sendable, Equatable, Codable {
    public var priority: Priority
    public var resolved: Int
    /// Resolved within the resolution target.
    public var resolutionMet: Ratio
    /// First reply within the response target.
    public var responseMet: Ratio

    public init(priority: Priority, resolved: Int, resolutionMet: Ratio, responseMet: Ratio) {
        self.priority = priority
        self.resolved = resolved
        self.resolutionMet = resolutionMet
        self.responseMet = responseMet
    }
}

/// Satisfaction scores of the tickets resolved in the period.
public struct SatisfactionSummary: Sendable, Equatable, Codable {
    /// How many tickets scored 1, 2, 3, 4, 5 (index 0 is score 1).
    public var distribution: [Int]
    /// Tickets scored 2 or less, lowest score first.
    public var lowTickets: [Int64]

    public init(distribution: [Int] = Array(repeating: 0, count: 5), lowTickets: [Int64] = []) {
        self.distribution = distribution
        self.lowTickets = lowTickets
    }

    public var count: Int { distribution.reduce(0, +) }

    /// Mean score, nil without answers.
    public var average: Double? {
        count == 0 ? nil : Double(distribution.enumerated().reduce(0) { $0 + ($1.offset + 1) * $1.element }) / Double(count)
    }
}

/// Minutes one engineer logged.
public struct EngineerHours: Sendable, Equatable, Codable {
    public var engineer: String
    public var minutes: Int

    public init(engineer: String, minutes: Int) {
        self.engineer = engineer
        self.minutes = minutes
    }
}

/// Age brackets of the backlog: <1d, 1–3d, 3–7d, 7–30d, >30d.
public enum BacklogBucket: Int, CaseIterable, Sendable {
    case underDay, oneToThree, threeToSeven, sevenToThirty, overThirty

    public var label: String {
        switch self {
        case .underDay: "<1d"
        case .oneToThree: "1–3d"
        case .threeToSeven: "3–7d"
        case .sevenToThirty: "7–30d"
        case .overThirty: ">30d"
        }
    }

    /// The bracket of an age in seconds; each bracket includes its lower bound.
    public init(age: TimeInterval) {
        let days = age / 86_400
        self = days < 1 ? .underDay : days < 3 ? .oneToThree : days < 7 ? .threeToSeven : days < 30 ? .sevenToThirty : .overThirty
    }
}
