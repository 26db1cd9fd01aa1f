import Foundation
import HelpdeskCore

/// The requester-history list (`h`), drawn over the queue and the detail.
extension ScreenRenderer {
    static let requesterHistoryKeys = "j/k move · Enter open · Esc close"

    func drawRequesterHistory(_ view: RequesterHistoryView, state: ConsoleState, now: Date, on terminal: any Terminal) {
        let layout = state.layout
        let rows = min(RequesterHistoryView.visibleRows(screenRows: layout.rows), max(1, view.history.tickets.count))
        let width = min(layout.cols - 4, 110)
        let height = rows + 5
        let left = (layout.cols - width) / 2
        let top = max(1, (layout.rows - height) / 2)
        let border = Style(.border, .bold)
        terminal.put("┌" + String(repeating: "─", count: width - 2) + "┐", y: top, x: left, style: border)
        for y in (top + 1)..<(top + height - 1) {
            terminal.put("│", y: y, x: left, style: border)
            terminal.fill(y: y, x: left + 1, width: width - 2, style: .normal)
            terminal.put("│", y: y, x: left + width - 1, style: border)
        }
        terminal.put("└" + String(repeating: "─", count: width - 2) + "┘", y: top + height - 1, x: left, style: border)
        let h = view.history
        let r = h.requester
        var who = SafeText.sanitize(r.name) + " <" + SafeText.sanitize(r.contact) + ">"
        if !r.organisation.isEmpty { who += " · " + SafeText.sanitize(r.organisation) }
        if r.isVIP { who += " · VIP" }
        terminal.put(" " + who + " ", y: top, x: left + 2, style: Style(.header, .bold), maxColumns: width - 4)
        let inner = width - 4
        let x0 = left + 2
        var summary = "\(h.total) ticket\(h.total == 1 ? "" : "s") · \(h.openCount) open"
        if let average = h.averageSatisfaction { summary += String(format: " · satisfaction %.1f/5", average) }
        if h.tickets.count < h.total { summary += " · \(h.tickets.count) shown (open first, then the latest)" }
        terminal.put(summary, y: top + 1, x: x0, style: Style(.muted), maxColumns: inner)
        let columns = Self.historyColumns(width: inner)
        terminal.put(Self.historyRow(["", "ID", "STATUS", "PRI", "AGE", "SAT", "ASSIGNEE", "TITLE"], columns),
                     y: top + 2, x: x0, style: Style(.muted, .bold), maxColumns: inner)
        if h.tickets.isEmpty {
            terminal.put("No tickets.", y: top + 3, x: x0, style: Style(.muted), maxColumns: inner)
        }
        for (offset, ticket) in h.tickets.dropFirst(view.top).prefix(rows).enumerated() {
            let index = view.top + offset
            let y = top + 3 + offset
            let mark = ticket.id == view.fromTicketID ? "▸" : ""
            let cells = [mark, "#\(ticket.id)", ticket.status.localizedName, ticket.priority.label, ticket.age(at: now),
                         ticket.satisfactionText, SafeText.sanitize(ticket.assignee ?? "–"), SafeText.sanitize(ticket.title)]
            let selected = index == view.cursor
            let base = selected ? Style(.selection) : Style(ticket.status.isOpen ? .normal : .muted)
            if selected { terminal.fill(y: y, x: x0, width: inner, style: base) }
            terminal.put(Self.historyRow(cells, columns), y: y, x: x0, style: base, maxColumns: inner)
            if !selected, let score = ticket.satisfaction, Satisfaction.isLow(score) {
                let x = x0 + columns.prefix(5).reduce(0) { $0 + $1 + 1 }
                terminal.put(ticket.satisfactionText, y: y, x: x, style: Style(.slaBreached, .bold))
            }
        }
        let footer = Self.requesterHistoryKeys
        terminal.put(footer, y: top + height - 2, x: left + width - 2 - footer.displayWidth, style: Style(.muted))
    }

    /// Column widths for mark, id, status, priority, age, score, assignee; the title takes the rest.
    /// Below 90 columns the assignee is left out, so the title keeps room.
    static func historyColumns(width: Int) -> [Int] {
        let assignee = width >= 90 ? 12 : 0
        let fixed = [1, 7, 12, 3, 4, 3, assignee]
        let used = fixed.reduce(0, +) + fixed.count
        return fixed + [max(4, width - used)]
    }

    static func historyRow(_ cells: [String], _ widths: [Int]) -> String {
        zip(cells, widths).compactMap { cell, width in
            width == 0 ? nil : cell.truncated(toColumns: width).padded(toColumns: width)
        }.joined(separator: " ")
    }
}
