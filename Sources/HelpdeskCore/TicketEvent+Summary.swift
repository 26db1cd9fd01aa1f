/// Human-readable lines for the timeline, shared by the command line and the console.
extension TicketEvent {
    /// "status in_progress → resolved", "assignee — → li.na", "created P3"; the reason is separate.
    public var summary: String {
        switch (oldValue, newValue) {
        case let (old?, new?): "\(field) \(old) → \(new)"
        case let (nil, new?): field == "created" ? "created \(new)" : "\(field) → \(new)"
        case let (old?, nil): "\(field) \(old) → —"
        case (nil, nil): field
        }
    }
}

extension SLAClock {
    /// "met", "3h20m left", "overdue 1h05m", "paused" — for one clock.
    public func phrase(now: Date) -> String {
        switch state {
        case .met: tr("met")
        case .missed: tr("missed")
        case .paused: tr("paused (waiting on the customer)")
        case .breached: tr("overdue %@", SLAFormat.countdown(-remaining))
        case .atRisk: tr("%@ left, at risk", SLAFormat.countdown(remaining))
        case .onTrack: tr("%@ left", SLAFormat.countdown(remaining))

        }
    }
}

import Foundation
