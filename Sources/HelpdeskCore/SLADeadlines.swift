import Foundation

/// A ticket's SLA deadlines, independent of "now": what the store persists and indexes.
public struct SLADeadlines: Sendable, Equatable {
    /// First-response deadline (kept after the response, for history).
    public var responseDue: Date?
    public var responseRiskAt: Date?
    /// Resolution deadline; nil while paused, because it moves for as long as the pause lasts.
    public var resolutionDue: Date?
    public var resolutionRiskAt: Date?
    /// Whether each clock still runs: the response is not yet given / the ticket is open and not paused.
    public var responsePending: Bool
    public var resolutionPending: Bool

    public init(responseDue: Date?, responseRiskAt: Date?, resolutionDue: Date?, resolutionRiskAt: Date?,
                responsePending: Bool, resolutionPending: Bool) {
        self.responseDue = responseDue
        self.responseRiskAt = responseRiskAt
        self.resolutionDue = resolutionDue
        self.resolutionRiskAt = resolutionRiskAt
        self.responsePending = responsePending
        self.resolutionPending = resolutionPending
    }

    /// The earliest deadline still to be met; nil when no clock runs (paused, met, closed, cancelled).
    public var nextDue: Date? {
        Self.earliest(responsePending ? responseDue : nil, resolutionPending ? resolutionDue : nil)
    }

    /// The earliest at-risk instant of the clocks still running.
    public var nextRiskAt: Date? {
        Self.earliest(responsePending ? responseRiskAt : nil, resolutionPending ? resolutionRiskAt : nil)
    }

    private static func earliest(_ a: Date?, _ b: Date?) -> Date? {
        switch (a, b) {
        case let (x?, y?): min(x, y)
        case let (x?, nil): x
        case let (nil, y?): y
        case (nil, nil): nil
        }
    }
}
