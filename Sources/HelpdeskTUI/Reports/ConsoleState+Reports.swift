import HelpdeskCore

/// The reports pane (`P`, F6): opening, closing, switching the period, scrolling, typing a custom period.
extension ConsoleState {
    /// Keys while the reports pane has the focus; nil hands the key to the registry as usual.
    mutating func updateReports(with key: Key, registry: CommandRegistry) -> [ConsoleEffect]? {
        if reports.customText != nil { return updateCustomPeriod(with: key) }
        guard let command = registry.command(for: key, in: .reports) else { return [] }
        if command.id == .refresh { reports.isStale = true }
        // Ticket actions would act on a ticket the pane hides.
        let allowed: Set<CommandID> = [.help, .quit, .palette, .refresh]
        if command.isGlobal, !allowed.contains(command.id), !CommandRegistry.reportCommands.contains(where: { $0.id == command.id }) {
            message = Message(tr("Close the reports (Esc) to work on tickets"))
            return []
        }
        return nil
    }

    mutating func performReports(_ id: CommandID) -> [ConsoleEffect] {
        switch id {
        case .reports:
            if focus == .reports { closeReports() } else { openReports() }
        case .reportsClose: closeReports()
        case .reportsWeek: setRange(.thisWeek)
        case .reportsMonth: setRange(.thisMonth)
        case .reportsLast30: setRange(.last30Days)
        case .reportsCustom:
            reports.customText = ""
            message = Message(tr("Type the period as YYYY-MM-DD YYYY-MM-DD, then Enter (Esc cancels)"))
        case .reportsScrollDown: scrollReports(by: 1)
        case .reportsScrollUp: scrollReports(by: -1)
        case .reportsPageDown: scrollReports(by: max(1, reportsBodyHeight - 1))
        case .reportsPageUp: scrollReports(by: -max(1, reportsBodyHeight - 1))
        default: break
        }
        return []
    }

    /// Rows the report body has on screen: all but the title, hint and status rows.
    var reportsBodyHeight: Int { max(1, layout.rows - 3) }

    mutating func openReports() {
        reports.returnFocus = focus == .reports ? .queue : focus
        reports.isOpen = true
        focus = .reports
        mode = .browse
    }

    mutating func closeReports() {
        reports.isOpen = false
        reports.customText = nil
        focus = reports.returnFocus
        relayout()
    }

    private mutating func setRange(_ range: ReportsPaneState.Range) {
        reports.range = range
        reports.scroll = 0
    }

    /// Scrolls within the body as drawn at this width, so scrolling back starts at once.
    private mutating func scrollReports(by delta: Int) {
        let count = reports.report.map { ReportScreen.lines($0, width: layout.cols - 2).count } ?? 0
        reports.scroll = min(max(0, reports.scroll + delta), max(0, count + 1 - reportsBodyHeight))
    }

    private mutating func updateCustomPeriod(with key: Key) -> [ConsoleEffect] {
        var text = reports.customText ?? ""
        switch key {
        case let .char(c):
            if text.count < 40 { text.append(c) }
        case .backspace:
            if !text.isEmpty { text.removeLast() }
        case .escape, .ctrl("c"):
            reports.customText = nil
            return []
        case .enter:
            do {
                let parts = text.split { $0 == " " || $0 == "," || $0 == "~" || $0 == "–" }.map(String.init)
                guard parts.count == 2 else {
                    throw ValidationError("type two dates, the first and the last day: 2026-11-01 2026-11-30")
                }
                let from = try ReportPeriod.date(parts[0], option: "the first day")
                let to = try ReportPeriod.date(parts[1], option: "the last day")
                _ = try ReportPeriod(from: from, to: to, timeZone: .current)
                reports.customText = nil
                setRange(.custom(from, to))
            } catch {
                message = Message(Self.describe(error), kind: .error)

            }
            return []
        default:
            return []
        }
        reports.customText = text
        return []
    }
}
