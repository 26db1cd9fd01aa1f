import Foundation

/// Text for report figures, shared by the command line and the console: "—" for a figure that
/// has no data (never "nan"), durations via `SLAFormat.countdown`, shares as percentages.
public enum ReportFormat {
    public static let none = "—"

    public static func duration(_ seconds: Double?) -> String {
        seconds.map(SLAFormat.countdown) ?? none
    }

    /// "87.5%" or "—".
    public static func percent(_ ratio: Ratio) -> String {
        ratio.value.map { String(format: "%.1f%%", $0 * 100) } ?? none
    }

    /// "4.12" or "—".
    public static func average(_ value: Double?) -> String {
        value.map { String(format: "%.2f", $0) } ?? none
    }

    /// Minutes as hours with one decimal: "12.5".
    public static func hours(_ minutes: Int) -> String {
        String(format: "%.1f", Double(minutes) / 60)
    }

    /// The backlog as "<1d 3 · 1–3d 0 · …".
    public static func backlog(_ counts: [Int]) -> String {
        BacklogBucket.allCases.map { "\($0.label) \(counts[$0.rawValue])" }.joined(separator: " · ")
    }
}
