import HelpdeskCore

/// The body of the reports pane as styled lines: pure, so it is tested at any width.
/// At 110 columns or more the figures and the per-engineer table stand side by side.
enum ReportScreen {
    static let twoColumnWidth = 110

    static func lines(_ report: Report, width: Int, seconds: Double? = nil) -> [StyledLine] {
        var out: [StyledLine]
        if width >= twoColumnWidth {
            let left = (width - 2) / 2
            let figures = summary(report, width: left) + [[]] + sla(report.total) + [[]] + backlog(report.total, width: left)
                + [[]] + satisfaction(report.total, width: left)
            let right = engineers(report, width: width - left - 2)
            out = sideBySide(figures, right, leftWidth: left)
        } else {
            out = summary(report, width: width) + [[]] + sla(report.total) + [[]] + backlog(report.total, width: width)
                + [[]] + satisfaction(report.total, width: width) + [[]] + engineers(report, width: width)
        }
        out += [[]] + daily(report, width: width)
        var note = tr("Durations: %@; median and p90 by nearest rank.", tr(report.timeBasis))
        if let seconds { note += " " + tr("Computed in %@ s.", String(format: "%.2f", seconds)) }
        out += [[]] + TextWrap.lines(note, columns: width).map { [StyledSpan($0, Style(.muted))] }
        return out
    }

    private static func heading(_ text: String) -> StyledLine { [StyledSpan(text, Style(.normal, .bold))] }

    private static func summary(_ r: Report, width: Int) -> [StyledLine] {
        let t = r.total
        let spark = max(4, min(r.days.count, width - 26))
        let top = { (values: [Int]) in values.max() ?? 0 }
        return [
            heading(tr("Tickets")),
            [StyledSpan(tr("In %@   Out %@   Open at end %@", t.created, t.resolved, t.backlogTotal))],
            [StyledSpan(tr("Resolved %@   First contact %@   Reopened %@", ReportFormat.percent(t.resolutionRate),
                           ReportFormat.percent(t.firstContactResolution), ReportFormat.percent(t.reopenRate)))],
            [StyledSpan(tr("First response").padded(toColumns: 15), Style(.muted)),
             StyledSpan(tr("median %@  p90 %@", ReportFormat.duration(t.firstResponse.median), ReportFormat.duration(t.firstResponse.p90)))],
            [StyledSpan(tr("Resolution", context: "clock").padded(toColumns: 15)
, Style(.muted)),
             StyledSpan(tr("median %@  p90 %@", ReportFormat.duration(t.resolution.median), ReportFormat.duration(t.resolution.p90)))],
            [StyledSpan(tr("In per day").padded(toColumns: 12), Style(.muted)), StyledSpan(Charts.sparkline(t.createdPerDay, width: spark), Style(.notice)),
             StyledSpan(" " + tr("max %@", top(Charts.merged(t.createdPerDay, into: spark))), Style(.muted))],
            [StyledSpan(tr("Out per day").padded(toColumns: 12), Style(.muted)), StyledSpan(Charts.sparkline(t.resolvedPerDay, width: spark), Style(.slaOK)),
             StyledSpan(" " + tr("max %@", top(Charts.merged(t.resolvedPerDay, into: spark))), Style(.muted))],
        ]
    }

    private static func sla(_ t: ReportFigures) -> [StyledLine] {
        let header = "".padded(toColumns: 6) + tr("Resolved").padded(toColumns: 8, alignment: .right) + "  "
            + tr("Resolution met").padded(toColumns: 14, alignment: .right) + "  " + tr("Response met").padded(toColumns: 12, alignment: .right)
        var lines = [heading(tr("SLA compliance (tickets resolved)")), [StyledSpan(header, Style(.muted))]]
        for s in t.sla {
            let role: ThemeRole = switch s.priority { case .p1: .priorityP1; case .p2: .priorityP2; case .p3: .priorityP3; case .p4: .priorityP4 }
            lines.append([StyledSpan(s.priority.label.padded(toColumns: 6), Style(role, .bold)),
                          StyledSpan("\(s.resolved)".padded(toColumns: 8, alignment: .right) + "  "),
                          StyledSpan(ReportFormat.percent(s.resolutionMet).padded(toColumns: 14, alignment: .right) + "  ", complianceStyle(s.resolutionMet)),
                          StyledSpan(ReportFormat.percent(s.responseMet).padded(toColumns: 12, alignment: .right), complianceStyle(s.responseMet))])
        }
        return lines
    }

    private static func complianceStyle(_ r: Ratio) -> Style {
        guard let v = r.value else { return Style(.muted) }
        return v >= 0.9 ? Style(.slaOK) : v >= 0.75 ? Style(.slaAtRisk) : Style(.slaBreached)
    }

    /// Label, bar and count on one line; the bar takes what the label and count leave.
    private static func barLine(_ label: String, _ value: Int, of maximum: Int, width: Int, style: Style) -> StyledLine {
        let count = " \(value)"
        let room = max(1, width - 7 - 8)
        return [StyledSpan(label.padded(toColumns: 7), Style(.muted)),
                StyledSpan(Charts.bar(value, of: maximum, width: room), style), StyledSpan(count)]
    }

    private static func backlog(_ t: ReportFigures, width: Int) -> [StyledLine] {
        let top = t.backlog.max() ?? 0
        return [heading(tr("Open at the end, by age (%@)", t.backlogTotal))]
            + BacklogBucket.allCases.map { barLine(tr($0.label, context: "age"), t.backlog[$0.rawValue], of: top, width: width, style: Style(.slaAtRisk)) }
    }

    private static func satisfaction(_ t: ReportFigures, width: Int) -> [StyledLine] {
        let s = t.satisfaction
        let top = s.distribution.max() ?? 0
        var lines = [heading(tr("Satisfaction  avg %@ · %@ answers · %@ low", ReportFormat.average(s.average), s.count, s.lowTickets.count))]
        for score in (1...5).reversed() {
            lines.append(barLine("\(score)/5", s.distribution[score - 1], of: top, width: width,
                                 style: Style(Satisfaction.isLow(score) ? .slaBreached : .slaOK)))
        }
        if !s.lowTickets.isEmpty {
            let ids = s.lowTickets.prefix(12).map { "#\($0)" }.joined(separator: " ") + (s.lowTickets.count > 12 ? " …" : "")
            let low = tr("Low:") + " "
            lines.append([StyledSpan(low, Style(.slaBreached, .bold)), StyledSpan(ids.truncated(toColumns: max(1, width - low.displayWidth)))])
        }
        return lines
    }

    static let engineerColumns: [(title: String, width: Int)] = [
        ("Engineer", 12), ("Out", 6), ("Res med", 8), ("SLA", 7), ("FCR", 7), ("CSAT", 5), ("Hours", 7),
    ]

    private static func engineers(_ r: Report, width: Int) -> [StyledLine] {
        var lines = [heading(tr("Per engineer (%@)", r.groups.count))]
        let header = engineerColumns.enumerated().map { i, c in tr(c.title).fitted(toColumns: c.width, alignment: i == 0 ? .left : .right) }.joined()
        lines.append([StyledSpan(header.truncated(toColumns: width), Style(.muted))])
        for g in r.groups {
            let f = g.figures
            let met = Ratio(f.sla.reduce(0) { $0 + $1.resolutionMet.part }, of: f.sla.reduce(0) { $0 + $1.resolved })
            let cells = [SafeText.sanitize(g.key), "\(f.resolved)", ReportFormat.duration(f.resolution.median), ReportFormat.percent(met),
                         ReportFormat.percent(f.firstContactResolution), ReportFormat.average(f.satisfaction.average),
                         ReportFormat.hours(f.hours.reduce(0) { $0 + $1.minutes })]
            let text = zip(cells, engineerColumns).enumerated().map { i, pair in
                i == 0 ? pair.0.fitted(toColumns: pair.1.width - 1) + " " : pair.0.padded(toColumns: pair.1.width, alignment: .right)
            }.joined()
            lines.append([StyledSpan(text.truncated(toColumns: width))])
        }
        if r.groups.isEmpty { lines.append([StyledSpan(tr("no tickets or hours in the period"), Style(.muted))]) }
        return lines
    }

    private static func daily(_ r: Report, width: Int) -> [StyledLine] {
        let t = r.total
        let top = max(t.createdPerDay.max() ?? 0, t.resolvedPerDay.max() ?? 0)
        let half = max(4, (width - 6 - 14) / 2)
        var lines = [heading(tr("Tickets per day: in") + " ") + [StyledSpan("█", Style(.notice)), StyledSpan("  \(tr("out")) ", Style(.normal, .bold)), StyledSpan("█", Style(.slaOK))]]

        for (i, day) in r.days.enumerated() {
            let inText = " \(t.createdPerDay[i])".padded(toColumns: 7)
            lines.append([StyledSpan(String(day.dropFirst(5)) + " ", Style(.muted)),
                          StyledSpan(Charts.bar(t.createdPerDay[i], of: top, width: half).padded(toColumns: half), Style(.notice)),
                          StyledSpan(inText),
                          StyledSpan(Charts.bar(t.resolvedPerDay[i], of: top, width: half), Style(.slaOK)),
                          StyledSpan(" \(t.resolvedPerDay[i])")])
        }
        return lines
    }

    private static func sideBySide(_ left: [StyledLine], _ right: [StyledLine], leftWidth: Int) -> [StyledLine] {
        (0..<max(left.count, right.count)).map { i in
            let l = i < left.count ? left[i] : []
            let used = l.reduce(0) { $0 + $1.text.displayWidth }
            let pad = StyledSpan(String(repeating: " ", count: max(0, leftWidth - used) + 2))
            return l + [pad] + (i < right.count ? right[i] : [])
        }
    }
}

fileprivate extension StyledSpan {
    init(_ text: String) { self.init(text, .normal) }
}
