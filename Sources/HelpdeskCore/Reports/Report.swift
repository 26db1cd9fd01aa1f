import Foundation

/// A finished report: the period, what was selected, the figures, and per-group figures for `--by`.
public struct Report: Sendable, Equatable, Codable {
    /// "YYYY-MM-DD", both days included, in `timeZone`.
    public var from: String
    public var to: String
    public var timeZone: String
    /// The local days of the period, for the per-day series.
    public var days: [String]
    public var filter: ReportFilter
    public var grouping: ReportGrouping?
    /// How durations are measured, in words for the reader.
    public var timeBasis: String
    public var total: ReportFigures
    public var groups: [ReportGroup]

    public static let workingTimeBasis = "working time on each priority's SLA calendar; resolution excludes waits on the customer"
}

/// The figures of one group of a grouped report.
public struct ReportGroup: Sendable, Equatable, Codable {
    public var key: String
    public var figures: ReportFigures

    public init(key: String, figures: ReportFigures) {
        self.key = key
        self.figures = figures
    }
}
