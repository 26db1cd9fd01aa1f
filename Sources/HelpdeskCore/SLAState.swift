/// Where one SLA clock stands.
public enum SLAState: String, Codable, Sendable, CaseIterable {
    /// Running, less than the at-risk share of the target used.
    case onTrack = "on_track"
    /// Running, at least the at-risk share used; act before it breaches.
    case atRisk = "at_risk"
    /// Running, past its deadline.
    case breached
    /// Stopped in time (also used for the clocks of a cancelled ticket, which owes nothing).
    case met
    /// Stopped after its deadline.
    case missed
    /// Standing still while the customer owes an answer (pending_customer).
    case paused

    /// How loudly the state calls for attention; higher is more alarming.
    /// Running clocks outrank stopped ones: breached > at risk > on track > paused > missed > met.
    public var alarmRank: Int {
        switch self {
        case .met: 0
        case .missed: 1
        case .paused: 2
        case .onTrack: 3
        case .atRisk: 4
        case .breached: 5
        }
    }

    /// True while the clock still counts down toward a deadline.
    public var isRunning: Bool { self == .onTrack || self == .atRisk || self == .breached }
}
