import Foundation
import HelpdeskCore

/// The reports pane: which period it shows, what is loaded, and where it is scrolled.
public struct ReportsPaneState: Sendable, Equatable {
    /// The periods the pane switches between by key.
    public enum Range: Sendable, Equatable {
        case thisWeek, thisMonth, last30Days
        case custom(LocalDate, LocalDate)

        public var title: String {
            switch self {
            case .thisWeek: "This week"
            case .thisMonth: "This month"
            case .last30Days: "Last 30 days"
            case .custom: "Custom"
            }
        }

        /// First and last day for `today`: weeks start on Monday, and end today.
        public func days(today: LocalDate) -> (LocalDate, LocalDate) {
            switch self {
            case .thisWeek: (today.adding(days: 1 - today.isoWeekday), today)
            case .thisMonth: (LocalDate(year: today.year, month: today.month, day: 1), today)
            case .last30Days: (today.adding(days: -29), today)
            case let .custom(from, to): (from, to)
            }
        }
    }

    /// What is being computed or shown.
    public enum Status: Sendable, Equatable {
        case idle
        case computing(ReportRequest)
        case loaded(Report, ReportRequest, seconds: Double)
        case failed(String, ReportRequest)
    }

    public var isOpen = false
    public var range: Range = .thisMonth
    public var status: Status = .idle
    /// First line of the body in view.
    public var scroll = 0
    /// The custom period being typed ("2026-11-01 2026-11-30"), nil when not typing.
    public var customText: String?
    /// The data changed since the report was computed.
    public var isStale = false
    /// The pane that had the focus before, given back on closing.
    var returnFocus: Pane = .queue

    public init() {}

    /// The report the pane should show for `today` in `timeZone`.
    public func request(today: LocalDate, timeZone: TimeZone) -> ReportRequest {
        let (from, to) = range.days(today: today)
        return ReportRequest(from: from, to: to, timeZoneID: timeZone.identifier)
    }

    /// The request last started or finished, whatever its outcome.
    public var current: ReportRequest? {
        switch status {
        case .idle: nil
        case let .computing(r), let .loaded(_, r, _), let .failed(_, r): r
        }
    }

    public var report: Report? {
        if case let .loaded(report, _, _) = status { return report }
        return nil
    }
}

/// A report the pane asks for: a period in a time zone, grouped by engineer.
public struct ReportRequest: Sendable, Equatable {
    public var from: LocalDate
    public var to: LocalDate
    public var timeZoneID: String

    public init(from: LocalDate, to: LocalDate, timeZoneID: String) {
        self.from = from
        self.to = to
        self.timeZoneID = timeZoneID
    }

    public func period() throws -> ReportPeriod {
        try ReportPeriod(from: from, to: to, timeZone: TimeZone(identifier: timeZoneID) ?? .current)
    }
}
