import Foundation
import HelpdeskCore

/// The report as aligned text (CJK-aware through `TextTable`) and as CSV.
enum ReportText {
    static func table(_ report: Report) -> String {
        let t = report.total
        var out = "Report \(report.from) – \(report.to) (\(report.timeZone)), \(report.filter.summary)\n"
        out += "Times: \(report.timeBasis); median and p90 by nearest rank.\n\n"
        var figures = TextTable(["FIGURE", "VALUE"])
        figures.add(["Tickets in (created)", "\(t.created)"])
        figures.add(["Tickets out (resolved)", "\(t.resolved)"])
        figures.add(["First response median / p90", "\(ReportFormat.duration(t.firstResponse.median)) / \(ReportFormat.duration(t.firstResponse.p90)) (\(t.firstResponse.count) tickets)"])
        figures.add(["Resolution median / p90", "\(ReportFormat.duration(t.resolution.median)) / \(ReportFormat.duration(t.resolution.p90)) (\(t.resolution.count) tickets)"])
        figures.add(["Resolution rate", share(t.resolutionRate)])
        figures.add(["First-contact resolution", share(t.firstContactResolution)])
        figures.add(["Reopen rate", share(t.reopenRate)])
        figures.add(["Backlog at end (\(t.backlogTotal))", ReportFormat.backlog(t.backlog)])
        let dist = t.satisfaction.distribution.enumerated().map { "\($0.offset + 1): \($0.element)" }.joined(separator: " · ")
        figures.add(["Satisfaction average", "\(ReportFormat.average(t.satisfaction.average)) of \(t.satisfaction.count) answers (\(dist))"])
        let low = t.satisfaction.lowTickets
        figures.add(["Low satisfaction (≤2)", low.isEmpty ? "none" : low.prefix(20).map { "#\($0)" }.joined(separator: " ") + (low.count > 20 ? " … (\(low.count))" : "")])
        out += figures.render() + "\n\n"

        var sla = TextTable(["SLA", "RESOLVED", "RESOLUTION MET", "RESPONSE MET"])
        for s in t.sla { sla.add([s.priority.label, "\(s.resolved)", share(s.resolutionMet), share(s.responseMet)]) }
        out += sla.render() + "\n\n"

        var hours = TextTable(["ENGINEER", "HOURS"])
        for h in t.hours { hours.add([h.engineer, ReportFormat.hours(h.minutes)]) }
        out += t.hours.isEmpty ? "No time logged in the period." : hours.render()

        if let grouping = report.grouping {
            var groups = TextTable([grouping.rawValue.uppercased()] + groupColumns)
            for g in report.groups { groups.add([g.key] + groupCells(g.figures)) }
            groups.add(["(total)"] + groupCells(t))
            out += "\n\nBy \(grouping.rawValue):\n" + (report.groups.isEmpty ? "no tickets" : groups.render())
        }
        return out
    }

    static let groupColumns = ["IN", "OUT", "FR MED", "FR P90", "RES MED", "RES P90", "RES RATE", "FCR", "REOPEN", "SLA MET", "BACKLOG", "CSAT", "HOURS"]

    static func groupCells(_ f: ReportFigures) -> [String] {
        [
            "\(f.created)", "\(f.resolved)",
            ReportFormat.duration(f.firstResponse.median), ReportFormat.duration(f.firstResponse.p90),
            ReportFormat.duration(f.resolution.median), ReportFormat.duration(f.resolution.p90),
            ReportFormat.percent(f.resolutionRate), ReportFormat.percent(f.firstContactResolution),
            ReportFormat.percent(f.reopenRate), ReportFormat.percent(slaMet(f)), "\(f.backlogTotal)",
            ReportFormat.average(f.satisfaction.average), ReportFormat.hours(f.hours.reduce(0) { $0 + $1.minutes }),
        ]
    }

    /// Resolution target met over all priorities.
    static func slaMet(_ f: ReportFigures) -> Ratio {
        Ratio(f.sla.reduce(0) { $0 + $1.resolutionMet.part }, of: f.sla.reduce(0) { $0 + $1.resolved })
    }

    private static func share(_ r: Ratio) -> String {
        r.whole == 0 ? ReportFormat.none : "\(ReportFormat.percent(r)) (\(r.part) of \(r.whole))"
    }

    static let csvHeader = [
        "group", "created", "resolved", "first_response_median_min", "first_response_p90_min", "resolution_median_min",
        "resolution_p90_min", "resolution_rate", "first_contact_resolution", "reopen_rate", "sla_resolution_met",
        "sla_response_met", "backlog", "backlog_lt_1d", "backlog_1_3d", "backlog_3_7d", "backlog_7_30d", "backlog_gt_30d",
        "satisfaction_average", "satisfaction_answers", "hours",
    ]

    /// One line per group and a "(total)" line; minutes and shares as plain numbers, empty for "no data".
    static func csv(_ report: Report) -> String {
        var lines = [csvHeader.joined(separator: ",")]
        for (key, f) in report.groups.map({ ($0.key, $0.figures) }) + [("(total)", report.total)] {
            let responseMet = Ratio(f.sla.reduce(0) { $0 + $1.responseMet.part }, of: f.sla.reduce(0) { $0 + $1.resolved })
            let cells: [String] = [
                quoted(key), "\(f.created)", "\(f.resolved)",
                minutes(f.firstResponse.median), minutes(f.firstResponse.p90), minutes(f.resolution.median), minutes(f.resolution.p90),
                number(f.resolutionRate), number(f.firstContactResolution), number(f.reopenRate), number(slaMet(f)), number(responseMet),
                "\(f.backlogTotal)",
            ] + f.backlog.map(String.init) + [
                f.satisfaction.average.map { String(format: "%.2f", $0) } ?? "", "\(f.satisfaction.count)",
                ReportFormat.hours(f.hours.reduce(0) { $0 + $1.minutes }),
            ]
            lines.append(cells.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func minutes(_ seconds: Double?) -> String { seconds.map { String(format: "%.1f", $0 / 60) } ?? "" }
    private static func number(_ r: Ratio) -> String { r.value.map { String(format: "%.4f", $0) } ?? "" }

    private static func quoted(_ text: String) -> String {
        text.contains(where: { ",\"\n".contains($0) }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}
