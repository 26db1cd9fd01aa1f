import Foundation
import HelpdeskCore

/// The SLA column: time left to the next deadline ("35m", "2h05m", "3d04h", "-1h20m") and its colour.
enum SLACountdown {
    enum State: Equatable {
        case none, ok, atRisk, breached
    }

    static func state(of row: QueueRow, now: Date) -> State {
        guard let due = row.dueAt else { return .none }
        if now >= due { return .breached }
        if let risk = row.riskAt, now >= risk { return .atRisk }
        return .ok
    }

    /// Time left until `due`, minus when overdue. Whole minutes: left time rounds down, so
    /// "0m" means under a minute remains; overdue time rounds up, so a breach never reads "-0m".
    /// From ten days on only days are shown, so the text always fits the 7-column cell.
    static func text(due: Date, now: Date) -> String {
        let seconds = due.timeIntervalSince(now)
        let overdue = seconds <= 0
        let minutes = overdue ? Int((-seconds / 60).rounded(.up)) : Int(seconds / 60)
        let sign = overdue ? "-" : ""
        if minutes < 60 { return "\(sign)\(max(minutes, overdue ? 1 : 0))m" }
        if minutes < 24 * 60 { return sign + String(format: "%dh%02dm", minutes / 60, minutes % 60) }
        let hours = minutes / 60
        if hours / 24 >= 10 { return "\(sign)\(hours / 24)d" }
        return sign + String(format: "%dd%02dh", hours / 24, hours % 24)
    }

    static func role(for state: State) -> ThemeRole {
        switch state {
        case .none: .muted
        case .ok: .slaOK
        case .atRisk: .slaAtRisk
        case .breached: .slaBreached
        }
    }
}
