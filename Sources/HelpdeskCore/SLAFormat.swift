import Foundation

/// Compact text for SLA figures in narrow queue columns.
public enum SLAFormat {
    /// Remaining time as at most 7 cells: "35m", "2h05m", "3d04h", "-1h20m", "0m", "999d+".
    /// Whole minutes, truncated toward zero, so "0m" means under a minute either side of the
    /// deadline (never "-0m"); a day is 24 hours of the figure given, not a working day.
    public static func countdown(_ remaining: TimeInterval) -> String {
        guard remaining.isFinite else { return remaining.isNaN ? "--" : (remaining > 0 ? "999d+" : "-999d+") }
        let totalMinutes = Int(min(abs(remaining), 1e12) / 60)
        if totalMinutes == 0 { return "0m" }
        let sign = remaining < 0 ? "-" : ""
        let days = totalMinutes / 1440, hours = totalMinutes % 1440 / 60, minutes = totalMinutes % 60
        switch days {
        case 1000...: return sign + "999d+"
        case 100...: return "\(sign)\(days)d"
        case 1...: return "\(sign)\(days)d" + two(hours) + "h"
        default:
            return hours == 0 ? "\(sign)\(minutes)m" : "\(sign)\(hours)h" + two(minutes) + "m"
        }
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
