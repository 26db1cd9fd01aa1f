import Foundation
import HelpdeskCore

extension ScreenRenderer {
    /// The reports pane over the whole screen but the status bar: a title row with the period,
    /// the scrolled body, and the pane's own keys.
    func drawReports(_ state: ConsoleState, now: Date, on terminal: any Terminal) {
        let cols = state.layout.cols, rows = state.layout.rows
        let pane = state.reports
        terminal.fill(y: 0, x: 0, width: cols, style: Style(.header))
        var x = terminal.put(" \(tr("Reports")) ", y: 0, x: 0, style: Style(.tabActive, .bold))
        let request = pane.current ?? pane.request(today: LocalDate(now, in: timeZone), timeZone: timeZone)
        x += terminal.put(" " + tr("%@: %@ – %@ (%@) · all tickets", tr(pane.range.title), request.from, request.to, request.timeZoneID),
                          y: 0, x: x, style: Style(.header), maxColumns: cols - x)

        let height = max(1, rows - 3)
        let body: [StyledLine]
        switch pane.status {
        case .idle, .computing:
            body = [[StyledSpan(tr("computing…"), Style(.notice, .bold))],
                    [StyledSpan(tr("Reading the period's tickets; the console keeps working meanwhile."), Style(.muted))]]
        case let .failed(text, _):
            body = [[StyledSpan(tr("Cannot compute the report: %@", SafeText.sanitize(text)), Style(.error))]]
        case let .loaded(report, _, seconds):
            body = ReportScreen.lines(report, width: cols - 2, seconds: seconds)
        }
        let top = min(pane.scroll, max(0, body.count - height))
        for (i, line) in body.dropFirst(top).prefix(height).enumerated() {
            _ = terminal.put(line, y: 1 + i, x: 1, maxColumns: cols - 2)
        }
        if body.count > height {
            let more = " " + tr("lines %@–%@ of %@", top + 1, min(body.count, top + height), body.count) + " "
            if x + more.displayWidth < cols { terminal.put(more, y: 0, x: cols - more.displayWidth, style: Style(.header)) }
        }
        drawReportHints(state, on: terminal)
    }

    private func drawReportHints(_ state: ConsoleState, on terminal: any Terminal) {
        let y = state.layout.rows - 2, cols = state.layout.cols
        if let text = state.reports.customText {
            var x = terminal.put(tr("Period:") + " ", y: y, x: 0, style: Style(.notice, .bold))
            x += terminal.put(Self.tail(of: SafeText.sanitize(text), columns: cols - x - 1), y: y, x: x, style: .normal)
            terminal.put(" ", y: y, x: x, style: Style(.selection, .reverse))
            terminal.put("  " + tr("YYYY-MM-DD YYYY-MM-DD   Enter show   Esc cancel"), y: y, x: x + 1, style: Style(.muted), maxColumns: cols - x - 1)
            return
        }
        var x = 1
        // The pane's own keys first, then help and quit; ticket actions do not work here.
        let global = Set(registry.commands.filter(\.isGlobal).compactMap(\.hint).map { tr($0) })
        let all = registry.hints(for: .reports)
        let hints = all.filter { !global.contains($0.title) } + all.filter { [tr("Help"), tr("Quit")].contains($0.title) }

        for hint in hints {
            let needed = hint.keys.displayWidth + 1 + hint.title.displayWidth + 2
            if x + needed > cols { break }
            x += terminal.put(hint.keys, y: y, x: x, style: Style(.normal, .bold))
            x += terminal.put(" " + hint.title, y: y, x: x, style: Style(.muted)) + 2
        }
    }
}
