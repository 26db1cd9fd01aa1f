import Foundation
import HelpdeskCore

extension ScreenRenderer {
    /// The selected ticket from the detail's scroll position; the SLA clocks worked out for `now`.
    func drawDetail(_ state: ConsoleState, in pane: Rect, now: Date, on terminal: any Terminal) {
        let x = pane.x + 1
        let width = pane.width - 2
        guard let id = state.selectedID, width > 10 else {
            terminal.put(tr("No ticket selected"), y: pane.y + 1, x: x, style: Style(.muted), maxColumns: width)
            return
        }
        guard var detail = state.detail, detail.ticket.id == id else {
            terminal.put(tr("#%@ is not loaded; see the status bar", id), y: pane.y + 1, x: x, style: Style(.muted), maxColumns: width)
            return
        }
        // The state lays the detail out for its pane; this only matters if a frame comes first.
        detail.layOut(width: width)
        let top = min(state.detailScroll, max(0, detail.lines.count - pane.height))
        let shown = detail.lines[top..<min(detail.lines.count, top + pane.height)]
        let evaluation = shown.contains { if case .clock = $0 { true } else { false } }
            ? detail.sla.evaluate(detail.ticket, at: now) : nil
        for (offset, line) in shown.enumerated() {
            let y = pane.y + offset
            switch line {
            case let .text(spans):
                var column = x
                for span in spans where column < x + width {
                    column += terminal.put(span.text, y: y, x: column, style: span.style, maxColumns: x + width - column)
                }
            case let .clock(kind):
                guard let evaluation else { continue }
                drawClock(kind, of: evaluation, now: now, y: y, x: x, width: width, on: terminal)
            }
        }
    }

    /// "Resolution  overdue 1h20m · due 2026-03-02 07:40", coloured by the clock's state.
    private func drawClock(_ kind: SLAClockKind, of evaluation: SLAEvaluation, now: Date, y: Int, x: Int, width: Int,
                           on terminal: any Terminal) {
        let sla = kind == .response ? evaluation.response : evaluation.resolution
        let label = tr(kind == .response ? "Response" : "Resolution", context: "clock")
.padded(toColumns: DetailPane.labelWidth)
        let end = x + width
        var column = x + terminal.put(label, y: y, x: x, style: Style(.muted), maxColumns: width)
        guard column < end else { return }
        column += terminal.put(sla.phrase(now: now), y: y, x: column,
                               style: Style(ThemeRole.sla(sla.state), sla.state == .breached ? .bold : []), maxColumns: end - column)
        guard let due = sla.dueAt, column < end else { return }
        terminal.put(" · " + tr("due %@", clock.dateTime(due)), y: y, x: column, style: Style(.muted), maxColumns: end - column)
    }
}

extension ScreenRenderer {
    /// Marks the detail pane on its divider: which ticket, whether it has the keyboard, and
    /// where the view is in a detail longer than the pane (a thumb on a side divider).
    func drawDetailFrame(_ state: ConsoleState, on terminal: any Terminal) {
        let layout = state.layout
        guard let divider = layout.divider, let pane = layout.detail else { return }
        let focused = state.focus == .detail
        let count = state.detail?.lines.count ?? 0
        let top = min(state.detailScroll, max(0, count - pane.height))
        let scrolls = count > pane.height
        if layout.detailPlacement == .below {
            let name = " " + (state.selectedID.map { tr("Detail #%@", $0) } ?? tr("Detail")) + " "
            terminal.put(name, y: divider.y, x: 2, style: focused ? Style(.tabActive) : Style(.border, .bold))
            guard scrolls else { return }
            let position = " " + tr("lines %@–%@ of %@", top + 1, min(count, top + pane.height), count) + " "

            terminal.put(position, y: divider.y, x: divider.maxX - position.displayWidth - 2, style: Style(.border))
            return
        }
        let rail = focused ? Style(.tabActive) : Style(.border)
        for y in divider.y..<divider.maxY { terminal.put("│", y: y, x: divider.x, style: rail) }
        guard scrolls, divider.height > 0 else { return }
        let length = max(1, divider.height * pane.height / count)
        let start = divider.y + min(divider.height - length, divider.height * top / count)
        for y in start..<(start + length) { terminal.put("┃", y: y, x: divider.x, style: Style(rail.role, .bold)) }
    }
}
