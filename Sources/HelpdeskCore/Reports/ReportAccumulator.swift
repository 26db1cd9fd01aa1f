import Foundation

/// Builds a `Report` from rows streamed one at a time, so the store never holds a period's tickets.
///
/// Feed it every ticket created in the period, resolved in it, or open at its end (other rows
/// are ignored), and the time entries logged in it. Definitions, all in `docs/admin.md`:
/// durations are working time measured by the SLA clocks (`SLAConfiguration.evaluate`) on the
/// priority's calendars, the resolution time without waits on the customer; median and p90 are
/// nearest-rank; cancelled tickets count as created but never in SLA, rates or backlog.
public struct ReportAccumulator: Sendable {
    public let period: ReportPeriod
    public let filter: ReportFilter
    public let grouping: ReportGrouping?
    public let sla: SLAConfiguration
    private var total: FiguresBuilder
    private var groups: [String: FiguresBuilder] = [:]

    public init(period: ReportPeriod, filter: ReportFilter = ReportFilter(), grouping: ReportGrouping? = nil,
                sla: SLAConfiguration = .standard) {
        self.period = period
        self.filter = filter
        self.grouping = grouping
        self.sla = sla
        total = FiguresBuilder(days: period.dayCount)
    }

    /// Counts one ticket in the total and in its group.
    public mutating func add(_ row: ReportRow) {
        guard filter.matches(row), let facts = TicketFacts(row, period: period, sla: sla) else { return }
        total.add(facts)
        if let grouping { groups[grouping.key(for: row), default: FiguresBuilder(days: period.dayCount)].add(facts) }
    }

    /// Counts logged time; entries outside the period are ignored.
    public mutating func add(_ row: ReportTimeRow) {
        guard filter.matches(row), period.contains(row.loggedAt) else { return }
        total.minutes[row.engineer, default: 0] += row.minutes
        if let grouping { groups[grouping.key(for: row), default: FiguresBuilder(days: period.dayCount)].minutes[row.engineer, default: 0] += row.minutes }
    }

    public func finish() -> Report {
        let keys = groups.keys.sorted(by: groupOrder)
        return Report(
            from: period.first.description, to: period.last.description, timeZone: period.timeZone.identifier,
            days: (0..<period.dayCount).map { period.day($0).description },
            filter: filter, grouping: grouping, timeBasis: Report.workingTimeBasis,
            total: total.figures(), groups: keys.map { ReportGroup(key: $0, figures: groups[$0]!.figures()) })
    }

    /// Priorities and categories in their natural order, engineers by login, "(unassigned)" last.
    private func groupOrder(_ a: String, _ b: String) -> Bool {
        if a == ReportGrouping.unassigned || b == ReportGrouping.unassigned { return b == ReportGrouping.unassigned && a != b }
        if grouping == .category {
            let order = Category.allCases.map(\.rawValue)
            return (order.firstIndex(of: a) ?? order.count, a) < (order.firstIndex(of: b) ?? order.count, b)
        }
        return a < b
    }
}

/// What one ticket contributes, worked out once even when it counts in a group too.
private struct TicketFacts {
    var row: ReportRow
    var createdDay: Int?
    var resolvedDay: Int?
    var responseSeconds: Double?
    var resolutionSeconds: Double?
    var responseMet = false
    var resolutionMet = false
    var resolvedByEnd = false
    var backlogBucket: BacklogBucket?

    init?(_ row: ReportRow, period: ReportPeriod, sla: SLAConfiguration) {
        self.row = row
        createdDay = period.dayIndex(of: row.createdAt)
        resolvedDay = row.resolvedAt.flatMap { period.dayIndex(of: $0) }
        if row.isOpen(at: period.end) { backlogBucket = BacklogBucket(age: period.end.timeIntervalSince(row.createdAt)) }
        guard createdDay != nil || resolvedDay != nil || backlogBucket != nil else { return nil }
        resolvedByEnd = row.resolvedAt.map { $0 < period.end } ?? false
        let answeredInScope = createdDay != nil && row.firstResponseAt != nil && row.status != .cancelled
        if answeredInScope || resolvedDay != nil {
            let clocks = sla.evaluate(row.clockTicket, at: period.end)
            if answeredInScope { responseSeconds = clocks.response.elapsed }
            if resolvedDay != nil {
                resolutionSeconds = clocks.resolution.elapsed
                responseMet = clocks.response.state == .met
                resolutionMet = clocks.resolution.state == .met
            }
        }
    }
}

/// Running totals of one set of tickets.
private struct FiguresBuilder: Sendable {
    var createdPerDay: [Int]
    var resolvedPerDay: [Int]
    var responseTimes: [Double] = []
    var resolutionTimes: [Double] = []
    var sla: [Priority: (resolved: Int, resolutionMet: Int, responseMet: Int)] = [:]
    var createdCounted = 0, resolvedByEnd = 0
    var firstContact = 0, reopened = 0
    var backlog = Array(repeating: 0, count: BacklogBucket.allCases.count)
    var satisfaction = Array(repeating: 0, count: 5)
    var low: [(score: Int, id: Int64)] = []
    var minutes: [String: Int] = [:]

    init(days: Int) {
        createdPerDay = Array(repeating: 0, count: days)
        resolvedPerDay = Array(repeating: 0, count: days)
    }

    mutating func add(_ facts: TicketFacts) {
        let row = facts.row
        if let day = facts.createdDay {
            createdPerDay[day] += 1
            if row.status != .cancelled {
                createdCounted += 1
                if facts.resolvedByEnd { resolvedByEnd += 1 }
            }
        }
        if let seconds = facts.responseSeconds { responseTimes.append(seconds) }
        if let day = facts.resolvedDay {
            resolvedPerDay[day] += 1
            if let seconds = facts.resolutionSeconds { resolutionTimes.append(seconds) }
            var s = sla[row.priority] ?? (0, 0, 0)
            s.resolved += 1
            if facts.resolutionMet { s.resolutionMet += 1 }
            if facts.responseMet { s.responseMet += 1 }
            sla[row.priority] = s
            if row.isFirstContactResolution { firstContact += 1 }
            if row.reopens > 0 { reopened += 1 }
            if let score = row.satisfaction, Satisfaction.scores.contains(score) {
                satisfaction[score - 1] += 1
                if Satisfaction.isLow(score) { low.append((score, row.id)) }
            }
        }
        if let bucket = facts.backlogBucket { backlog[bucket.rawValue] += 1 }
    }

    func figures() -> ReportFigures {
        let resolved = resolvedPerDay.reduce(0, +)
        return ReportFigures(
            created: createdPerDay.reduce(0, +), resolved: resolved,
            createdPerDay: createdPerDay, resolvedPerDay: resolvedPerDay,
            firstResponse: DurationSummary(responseTimes), resolution: DurationSummary(resolutionTimes),
            sla: Priority.allCases.map { p in
                let s = sla[p] ?? (0, 0, 0)
                return SLACompliance(priority: p, resolved: s.resolved, resolutionMet: Ratio(s.resolutionMet, of: s.resolved),
                                     responseMet: Ratio(s.responseMet, of: s.resolved))
            },
            resolutionRate: Ratio(resolvedByEnd, of: createdCounted),
            firstContactResolution: Ratio(firstContact, of: resolved),
            reopenRate: Ratio(reopened, of: resolved),
            backlog: backlog,
            satisfaction: SatisfactionSummary(distribution: satisfaction,
                                              lowTickets: low.sorted { ($0.score, $0.id) < ($1.score, $1.id) }.map(\.id)),
            hours: minutes.map { EngineerHours(engineer: $0.key, minutes: $0.value) }
                .sorted { ($1.minutes, $0.engineer) < ($0.minutes, $1.engineer) })
    }
}
