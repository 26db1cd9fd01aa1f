import Foundation
import HelpdeskCore
import HelpdeskStore

/// What the reports pane and the survey form need from the data; the store implements it.
public protocol ReportSource: Sendable {
    /// The report of a period; may take a second or more on a large database, so the console
    /// calls it off the key loop.
    func report(period: ReportPeriod, filter: ReportFilter, grouping: ReportGrouping?) throws -> Report
    /// Records the satisfaction survey of a resolved ticket.
    func recordSurvey(ticketID: Int64, score: Int, comment: String, by actor: Actor, at now: Date) throws -> SurveyResult
}

extension HelpdeskStore: ReportSource {}
