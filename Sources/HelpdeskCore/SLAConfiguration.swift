import Foundation

/// The SLA rules of a desk: calendars, one policy per priority, and when a clock turns at risk.
///
/// Semantics, in short:
/// - Targets are *working* time on a named calendar. On a business calendar "1 working day" means
///   the calendar's `workingDaySeconds` (09:00–18:00 = 9 h), so a P2 opened Friday 17:30 is due
///   Monday 17:30; evenings, weekends and holidays do not count, make-up days (调休) do.
/// - The first-response clock starts at creation and never pauses: the customer is owed a first
///   answer whatever they do.
/// - The resolution clock stands still while the ticket waits on the customer (pending_customer).
///   The working time inside each wait is added back to the deadline, because the desk could not
///   work on the ticket then; only working hours inside a wait are added, so a wait from 17:00 to
///   10:00 next day adds two hours, not seventeen. While a wait is in progress the deadline is
///   unknown (it moves) and the remaining time is frozen.
/// - A clock is at risk from `riskAt` (the at-risk share of its target used, default 75 %) and
///   breached once more than its target is used. A stopped clock is met or missed.
/// - Deadlines follow the ticket's current priority, so a raised priority tightens them at once.
/// - A cancelled ticket owes nothing: clocks still running at cancellation read `met`. Reports of
///   SLA compliance should leave cancelled tickets out by status rather than count them as met.
/// - A deadline that falls exactly at closing time is reported as the next opening; working time
///   is the same, and "past the deadline" then always means "more than the target used".
public struct SLAConfiguration: Codable, Sendable, Equatable {
    /// Calendars by name; policies refer to them by that name.
    public var calendars: [String: BusinessCalendar]
    /// One policy per priority.
    public var policies: [SLAPolicy]
    /// Share of a target after which the clock is at risk, strictly between 0 and 1.
    public var atRiskShare: Double

    public static let defaultAtRiskShare = 0.75

    public init(calendars: [String: BusinessCalendar], policies: [SLAPolicy], atRiskShare: Double = defaultAtRiskShare) {
        self.calendars = calendars
        self.policies = policies
        self.atRiskShare = atRiskShare
    }

    private enum CodingKeys: String, CodingKey { case calendars, policies, atRiskShare }

    /// A configuration file may leave out `atRiskShare`; it then gets the default 75 %.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        calendars = try c.decode([String: BusinessCalendar].self, forKey: .calendars)
        policies = try c.decode([SLAPolicy].self, forKey: .policies)
        atRiskShare = try c.decodeIfPresent(Double.self, forKey: .atRiskShare) ?? Self.defaultAtRiskShare
    }

    /// The policy for a priority; a configuration missing one (which `validate()` reports)
    /// falls back to the shipped default so a ticket never lacks a deadline.
    public func policy(for priority: Priority) -> SLAPolicy {
        policies.first { $0.priority == priority }
            ?? Self.standardPolicies.first { $0.priority == priority }!
    }

    /// The calendar of that name; an unknown name (which `validate()` reports) counts around the
    /// clock, so deadlines come early rather than late.
    public func calendar(named name: String) -> BusinessCalendar {
        calendars[name] ?? .alwaysOpen(name: name)
    }

    /// Checks what an admin configured; throws a `ValidationError` saying what to fix.
    public func validate() throws {
        guard atRiskShare.isFinite, atRiskShare > 0, atRiskShare < 1 else {
            throw ValidationError("the at-risk share must be between 0 and 1 (for example 0.75 for 75 %), not \(atRiskShare)")
        }
        for (key, calendar) in calendars.sorted(by: { $0.key < $1.key }) {
            guard key == calendar.name else {
                throw ValidationError("the calendar listed as \"\(key)\" is named \"\(calendar.name)\"; use the same name for both")
            }
            try calendar.validate()
        }
        for priority in Priority.allCases {
            let matching = policies.filter { $0.priority == priority }
            guard let policy = matching.first else {
                throw ValidationError("no SLA policy for \(priority.label); every priority P1–P4 needs one")
            }
            guard matching.count == 1 else {
                throw ValidationError("\(matching.count) SLA policies for \(priority.label); keep exactly one")
            }
            try check(policy.firstResponse, "first-response", of: priority)
            try check(policy.resolution, "resolution", of: priority)
            for name in [policy.responseCalendar, policy.resolutionCalendar] where calendars[name] == nil {
                let known = calendars.keys.sorted().joined(separator: ", ")
                throw ValidationError("\(priority.label) uses calendar \"\(name)\", which is not defined (defined: \(known.isEmpty ? "none" : known))")
            }
        }
    }

    private func check(_ target: TimeInterval, _ what: String, of priority: Priority) throws {
        guard target.isFinite, target > 0 else {
            throw ValidationError("the \(what) target of \(priority.label) must be more than zero, not \(target) seconds")
        }
    }
}
