/// Both SLA clocks of a ticket at one moment.
public struct SLAEvaluation: Sendable, Equatable {
    public var response: SLAClock
    public var resolution: SLAClock

    public init(response: SLAClock, resolution: SLAClock) {
        self.response = response
        self.resolution = resolution
    }

    /// The most alarming of the two states: breached > at risk > on track > paused > missed > met.
    public var worst: SLAState {
        response.state.alarmRank >= resolution.state.alarmRank ? response.state : resolution.state
    }
}
