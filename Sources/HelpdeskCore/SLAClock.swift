import Foundation

/// One SLA clock (first response or resolution) of one ticket at one moment.
public struct SLAClock: Sendable, Equatable {
    /// Working seconds allowed.
    public var target: TimeInterval
    /// Working seconds used so far (pauses excluded); frozen once the clock stops or pauses.
    public var elapsed: TimeInterval
    /// The deadline; nil while paused, because it moves for as long as the pause lasts.
    public var dueAt: Date?
    /// When the clock turns at risk; nil while paused.
    public var riskAt: Date?
    public var state: SLAState
    /// Working seconds left: `target - elapsed`; negative once breached or missed.
    public var remaining: TimeInterval

    public init(target: TimeInterval, elapsed: TimeInterval, dueAt: Date?, riskAt: Date?, state: SLAState) {
        self.target = target
        self.elapsed = elapsed
        self.dueAt = dueAt
        self.riskAt = riskAt
        self.state = state
        self.remaining = target - elapsed
    }

    /// Share of the target used, 0 … (above 1 once over).
    public var usedShare: Double { target > 0 ? elapsed / target : 0 }
}
