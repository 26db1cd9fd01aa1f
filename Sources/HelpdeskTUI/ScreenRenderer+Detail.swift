import Foundation
import HelpdeskCore

extension ScreenRenderer {
    /// The selected ticket's queue fields, the title wrapped to the pane.
    func drawDetail(_ state: ConsoleState, in pane: Rect, now: Date, on terminal: any Terminal) {
        let x = pane.x + 1
        let width = pane.width - 2
        guard width > 10, let row = state.selectedRow else {
            terminal.put("No ticket selected", y: pane.y + 1, x: x, style: Style(.muted), maxColumns: width)
            return
        }
        var y = pane.y
        var cursor = terminal.put("#\(row.id) ", y: y, x: x, style: Style(.normal, .bold))
        cursor += terminal.put(row.priority.label, y: y, x: x + cursor, style: Style(priorityRole(row.priority)))
        cursor += terminal.put(" " + row.status.shortLabel, y: y, x: x + cursor, style: .normal)
        if row.isMajorIncident {
            terminal.put(" MAJOR INCIDENT ", y: y, x: x + cursor + 2, style: Style(.majorIncident), maxColumns: width - cursor - 2)
        }
        y += 1
        let titleLines = TextWrap.lines(SafeText.sanitize(row.title), columns: width)
        let fieldRows = 7
        let titleRoom = max(1, pane.maxY - y - fieldRows - 1)
        for (index, line) in titleLines.prefix(titleRoom).enumerated() {
            let shown = index == titleRoom - 1 && titleLines.count > titleRoom ? line.truncated(toColumns: width - 1) + "…" : line
            terminal.put(shown, y: y, x: x, style: Style(.normal, .bold), maxColumns: width)
            y += 1
        }
        y += 1
        for (label, value, role) in fields(of: row, now: now) where y < pane.maxY {
            terminal.put(label.padded(toColumns: 11), y: y, x: x, style: Style(.muted))
            terminal.put(value, y: y, x: x + 11, style: Style(role), maxColumns: width - 11)
            y += 1
        }
    }

    private func fields(of row: QueueRow, now: Date) -> [(String, String, ThemeRole)] {
        let sla: (String, ThemeRole)
        if let due = row.dueAt {
            let state = SLACountdown.state(of: row, now: now)
            let word = state == .breached ? "overdue since" : "due"
            sla = ("\(SLACountdown.text(due: due, now: now))  (\(word) \(clock.dateTime(due)))", SLACountdown.role(for: state))
        } else {
            sla = ("no deadline running", .muted)
        }
        let tags = row.tags.isEmpty ? "-" : row.tags.map { SafeText.sanitize($0) }.joined(separator: ", ")
        return [
            ("SLA", sla.0, sla.1),
            ("Assignee", row.assignee.map { SafeText.sanitize($0) } ?? "unassigned", row.assignee == nil ? .muted : .normal),
            ("Category", row.category.rawValue, .normal),
            ("Requester", SafeText.sanitize(row.requester), .normal),
            ("Tags", tags, .normal),
            ("Updated", clock.dateTime(row.updatedAt), .normal),
            ("Version", String(row.version), .muted),
        ]
    }
}
