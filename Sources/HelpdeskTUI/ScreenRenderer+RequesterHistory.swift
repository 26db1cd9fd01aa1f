import Foundation
import HelpdeskCore

/// The requester-history list (`h`), drawn over the queue and the detail.
extension ScreenRenderer {
    static var requesterHistoryKeys: String { tr("j/k move · Enter open · Esc close") }

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
        if r.isVIP { who += " · " + tr("VIP") }
        terminal.put(" " + who + " ", y: top, x: left + 2, style: Style(.header, .bold), maxColumns: width - 4)
        let inner = width - 4
        let x0 = left + 2
        var summary = h.total == 1 ? tr("1 ticket · %@ open", h.openCount) : tr("%@ tickets · %@ open", h.total, h.openCount)
        if let average = h.averageSatisfaction { summary += " · " + tr("satisfaction %@/5", String(format: "%.1f", average)) }
        if h.tickets.count < h.total { summary += " · " + tr("%@ shown (open first, then the latest)", h.tickets.count) }
        terminal.put(summary, y: top + 1, x: x0, style: Style(.muted), maxColumns: inner)
        let headings = Self.historyHeadings
        let columns = Self.historyColumns(width: inner, headings: headings)
        terminal.put(Self.historyRow(headings, columns),
                     y: top + 2, x: x0, style: Style(.muted, .bold), maxColumns: inner)
        if h.tickets.isEmpty {
            terminal.put(tr("No tickets."), y: top + 3, x: x0, style: Style(.muted), maxColumns: inner)
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

    /// The list's column headings in the interface language.
    static var historyHeadings: [String] {
        ["", tr("ID"), tr("STATUS"), tr("PRI"), tr("AGE"), tr("SAT"), tr("ASSIGNEE"), tr("TITLE")]
    }

    /// Column widths for mark, id, status, priority, age, score, assignee; the title takes the rest.
    /// Below 90 columns the assignee is left out, so the title keeps room. A column is at least as
    /// wide as its heading (Chinese headings are wider than the English ones).
    static func historyColumns(width: Int, headings: [String] = []) -> [Int] {
        let assignee = width >= 90 ? 12 : 0
        let fixed = [1, 7, 12, 3, 4, 3, assignee].enumerated().map { index, least in
            least == 0 || index >= headings.count ? least : max(least, headings[index].displayWidth)
        }
        let used = fixed.reduce(0, +) + fixed.count
        return fixed + [max(4, width - used)]
    }

    static func historyRow(_ cells: [String], _ widths: [Int]) -> String {
        zip(cells, widths).compactMap { cell, width in
            width == 0 ? nil : cell.truncated(toColumns: width).padded(toColumns: width)
        }.joined(separator: " ")
    }
}
