import Foundation
import HelpdeskCore

extension ScreenRenderer {
    /// The column headings, then one line per ticket; the selected line in the selection style.
    func drawQueue(_ state: ConsoleState, now: Date, on terminal: any Terminal) {
        let pane = state.layout.queue
        let maxID = state.rows.map(\.id).max() ?? 0
        let columns = QueueColumns.compute(width: pane.width, idWidth: max(6, String(maxID).count + 1))
        let heading = Style(.muted, .bold)
        for span in columns {
            let alignment: DisplayWidth.Alignment = span.column == .id || span.column == .sla ? .right : .left
            terminal.put(tr(span.column.heading).fitted(toColumns: span.width, alignment: alignment),
                         y: pane.y, x: pane.x + span.x, style: heading)
        }
        if state.total > 0 {
            let position = " \(state.cursor + 1)/\(state.total) "
            terminal.put(position, y: pane.y, x: pane.maxX - position.displayWidth, style: heading)
        }
        guard !state.rows.isEmpty else {
            drawEmptyQueue(state, in: pane, on: terminal)
            return
        }
        for (index, row) in state.rows.prefix(state.pageSize).enumerated() {
            let y = pane.y + 1 + index
            // By id: a ticket held after an action may have left the view, and then no row is selected.
            let selected = row.id == state.selectedID
            if selected { terminal.fill(y: y, x: pane.x, width: pane.width, style: Style(.selection)) }
            for span in columns {
                var (text, role, alignment) = cell(span.column, of: row, now: now)
                if span.column == .marker, state.team.marked[row.id] != nil { (text, role) = ("*", .notice) }
                let style = selected ? Style(.selection) : Style(role)
                terminal.put(text.fitted(toColumns: span.width, alignment: alignment),
                             y: y, x: pane.x + span.x, style: style, maxColumns: span.width)
            }
        }
    }

    private func drawEmptyQueue(_ state: ConsoleState, in pane: Rect, on terminal: any Terminal) {
        let text = state.filter.isEmpty
            ? tr("No tickets in “%@”", state.view.localizedTitle)
            : tr("No tickets in “%@” match “%@”", state.view.localizedTitle, SafeText.sanitize(state.filter))
        let fitted = text.truncated(toColumns: pane.width - 2)
        terminal.put(fitted, y: pane.y + 2, x: pane.x + max(1, (pane.width - fitted.displayWidth) / 2), style: Style(.muted))
    }

    /// Text, colour role and alignment of one cell. Ticket text is sanitised here, before any width is measured.
    func cell(_ column: QueueColumn, of row: QueueRow, now: Date) -> (String, ThemeRole, DisplayWidth.Alignment) {
        switch column {
        case .marker:
            return row.isMajorIncident ? ("!", .majorIncident, .left) : ("", .normal, .left)
        case .id:
            return ("#\(row.id)", .normal, .right)
        case .priority:
            return (row.priority.label, priorityRole(row.priority), .left)
        case .status:
            return (row.status.localizedName, .normal, .left)
        case .sla:
            let state = SLACountdown.state(of: row, now: now)
            guard let due = row.dueAt else { return ("-", .muted, .right) }
            return (SLACountdown.text(due: due, now: now), SLACountdown.role(for: state), .right)
        case .assignee:
            guard let login = row.assignee else { return ("-", .muted, .left) }
            return (SafeText.sanitize(login), .normal, .left)
        case .category:
            return (row.category.localizedName, .normal, .left)

        case .requester:
            return (SafeText.sanitize(row.requester), .normal, .left)
        case .title:
            return (SafeText.sanitize(row.title), .normal, .left)
        }
    }

    func priorityRole(_ priority: Priority) -> ThemeRole {
        switch priority {
        case .p1: .priorityP1
        case .p2: .priorityP2
        case .p3: .priorityP3
        case .p4: .priorityP4
        }
    }
}
