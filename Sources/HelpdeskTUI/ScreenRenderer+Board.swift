import Foundation
import HelpdeskCore

/// The lead's team board: one row per engineer, then the unassigned and the at-risk/breached tickets.
extension ScreenRenderer {
    func drawBoard(_ state: ConsoleState, now: Date, on terminal: any Terminal) {
        guard let board = state.team.board else { return }
        let body = Rect(x: 0, y: state.layout.header.maxY, width: state.layout.cols, height: state.layout.hints.y - state.layout.header.maxY)
        let layout = TeamBoardLayout.compute(body: body, engineerCount: board.rows.count)
        drawEngineers(board, in: layout.engineers, now: now, on: terminal)
        let unassignedTitle = tr("Unassigned (%@)", board.unassignedTotal)
        drawTickets(board.unassigned, section: .unassigned, title: unassignedTitle, board: board, marks: state.team.marked,
                    in: layout.unassigned, now: now, on: terminal)
        // Short enough for the 39 columns the list gets at 80: "!" marks breaches idle that long.
        let stale = tr("!: %@ idle", Self.minutesText(board.staleMinutes))
        drawTickets(board.atRisk, section: .atRisk, title: tr("At risk/breached (%@)", board.atRiskTotal) + " " + stale, board: board,
                    marks: state.team.marked, in: layout.atRisk, now: now, on: terminal)
        if layout.unassigned.y == layout.engineers.y {
            for y in body.y..<body.maxY { terminal.put("│", y: y, x: layout.unassigned.x - 1, style: Style(.border)) }
        } else {
            for y in layout.unassigned.y..<body.maxY { terminal.put("│", y: y, x: layout.atRisk.x - 1, style: Style(.border)) }
        }
    }

    /// "2h", "90m", "1d".
    static func minutesText(_ minutes: Int) -> String {
        if minutes % 1440 == 0 { return "\(minutes / 1440)d" }
        if minutes % 60 == 0 { return "\(minutes / 60)h" }
        return "\(minutes)m"
    }

    private func heading(_ text: String, focused: Bool, in pane: Rect, on terminal: any Terminal) {
        terminal.fill(y: pane.y, x: pane.x, width: pane.width, style: Style(focused ? .tabActive : .tab))
        terminal.put(" " + text, y: pane.y, x: pane.x, style: Style(focused ? .tabActive : .tab, .bold), maxColumns: pane.width)
    }

    /// Columns of the team list; the skills take what is left and go first when it is narrow.
    private static func engineerColumns(width: Int) -> [(title: String, width: Int, right: Bool)] {
        var columns: [(String, Int, Bool)] = [("Login", 12, false), ("Name", 8, false), ("T", 2, false), ("Shift", 5, false),
                                              ("P1", 2, true), ("P2", 2, true), ("P3", 2, true), ("P4", 2, true),
                                              ("Load", 6, true), ("Oldest", 6, true), ("Br", 3, true)]
        var used = columns.reduce(1) { $0 + $1.1 + 1 }
        // Names get room first when there is plenty: "Alice Walker", 欧阳娜娜.
        if width - used >= 24 {
            columns[1].1 = 12
            used += 4
        }
        if width - used >= 6 { columns.append(("Skills", width - used - 1, false)) }
        return columns
    }

    private func drawEngineers(_ board: TeamBoard, in pane: Rect, now: Date, on terminal: any Terminal) {
        let over = board.rows.filter(\.isAtOrOverCap).count
        heading(tr("Team (%@)  %@ at or over cap", board.rows.count, over), focused: board.section == .engineers, in: pane, on: terminal)
        let columns = Self.engineerColumns(width: pane.width)
        var x = pane.x + 1
        for column in columns {
            terminal.put(tr(column.title, context: "board").fitted(toColumns: column.width, alignment: column.right ? .right : .left),
                         y: pane.y + 1, x: x, style: Style(.muted, .bold))
            x += column.width + 1
        }
        let visible = pane.height - 2
        guard !board.rows.isEmpty else {
            terminal.put(tr(board.isStale ? "Loading…" : "No engineers"), y: pane.y + 2, x: pane.x + 2, style: Style(.muted))
            return
        }
        let cursor = board.cursor(.engineers)
        let top = TeamBoardLayout.top(cursor: cursor, visible: visible)
        for (offset, row) in board.rows.dropFirst(top).prefix(max(0, visible)).enumerated() {
            let y = pane.y + 2 + offset
            let selected = board.section == .engineers && top + offset == cursor
            if selected { terminal.fill(y: y, x: pane.x, width: pane.width, style: Style(.selection)) }
            let cells = engineerCells(row, now: now)
            var x = pane.x + 1
            for (column, cell) in zip(columns, cells) {
                terminal.put(cell.text.fitted(toColumns: column.width, alignment: column.right ? .right : .left),
                             y: y, x: x, style: selected ? Style(.selection) : cell.style, maxColumns: column.width)
                x += column.width + 1
            }
        }
    }

    private func engineerCells(_ row: TeamBoardRow, now: Date) -> [(text: String, style: Style)] {
        let e = row.engineer
        let shift = tr(!e.isActive ? "gone" : row.isOnShift ? "on" : "off", context: "shift")
        var cells: [(String, Style)] = [
            (SafeText.sanitize(e.login), Style(.normal, e.role == .agent ? [] : .bold)),
            (SafeText.sanitize(e.name), .normal),
            (e.tier.label, .normal),
            (shift, Style(row.isOnShift && e.isActive ? .slaOK : .muted)),
        ]
        for priority in Priority.allCases {
            let n = row.open(priority)
            cells.append((n == 0 ? "·" : String(n), n == 0 ? Style(.muted) : Style(priorityRole(priority))))
        }
        cells.append((row.loadText, row.isAtOrOverCap ? Style(.slaBreached, .bold) : .normal))
        cells.append((row.oldestAge(now: now), row.stats.oldestOpenAt == nil ? Style(.muted) : .normal))
        cells.append((row.stats.breached == 0 ? "·" : String(row.stats.breached),
                      row.stats.breached == 0 ? Style(.muted) : Style(.slaBreached, .bold)))
        cells.append((e.sortedSkills.map(\.shortName).joined(separator: ","), Style(.muted)))
        return cells
    }

    private func drawTickets(_ rows: [QueueRow], section: TeamBoard.Section, title: String, board: TeamBoard, marks: [Int64: Int],
                             in pane: Rect, now: Date, on terminal: any Terminal) {
        guard pane.height > 0 else { return }
        heading(title, focused: board.section == section, in: pane, on: terminal)
        guard !rows.isEmpty else {
            let text = tr(board.isStale ? "Loading…" : section == .unassigned ? "No unassigned tickets" : "Nothing at risk or breached")
            if pane.height > 1 { terminal.put(text, y: pane.y + 1, x: pane.x + 2, style: Style(.muted), maxColumns: pane.width - 2) }
            return
        }
        let idWidth = max(5, (rows.map(\.id).max().map { String($0).count } ?? 4) + 1)
        let showOwner = section == .atRisk && pane.width >= 44
        let visible = pane.height - 1
        let cursor = board.cursor(section)
        let top = TeamBoardLayout.top(cursor: cursor, visible: visible)
        for (offset, row) in rows.dropFirst(top).prefix(max(0, visible)).enumerated() {
            let y = pane.y + 1 + offset
            let selected = board.section == section && top + offset == cursor
            if selected { terminal.fill(y: y, x: pane.x, width: pane.width, style: Style(.selection)) }
            func style(_ role: ThemeRole, _ attributes: TextAttributes = []) -> Style { selected ? Style(.selection) : Style(role, attributes) }
            var x = pane.x
            x += terminal.put(marks[row.id] != nil ? "*" : " ", y: y, x: x, style: style(.notice, .bold))
            x += terminal.put("#\(row.id)".fitted(toColumns: idWidth, alignment: .right) + " ", y: y, x: x, style: style(.normal))
            x += terminal.put(row.priority.label + " ", y: y, x: x, style: style(priorityRole(row.priority)))
            let sla = row.dueAt.map { SLACountdown.text(due: $0, now: now) } ?? "-"
            x += terminal.put(sla.fitted(toColumns: 7, alignment: .right) + " ", y: y, x: x,
                              style: style(SLACountdown.role(for: SLACountdown.state(of: row, now: now))))
            let stale = section == .atRisk && board.isStale(row, now: now)
            x += terminal.put(stale ? "! " : "  ", y: y, x: x, style: style(.slaBreached, .bold))
            if showOwner {
                let owner = row.assignee.map { SafeText.sanitize($0) } ?? "-"
                x += terminal.put(owner.fitted(toColumns: 10) + " ", y: y, x: x, style: style(row.assignee == nil ? .muted : .normal))
            }
            terminal.put(SafeText.sanitize(row.title), y: y, x: x, style: style(.normal), maxColumns: max(0, pane.maxX - x))
        }
    }

    /// The notices the user opened with N, newest last, over the screen until the next key.
    func drawNotices(_ notices: [Notice], state: ConsoleState, on terminal: any Terminal) {
        let layout = state.layout
        let width = min(layout.cols - 4, 100)
        let height = min(layout.rows - 4, notices.count + 4)
        let left = (layout.cols - width) / 2
        let top = max(1, (layout.rows - height) / 2)
        let border = Style(.border, .bold)
        terminal.put("┌" + String(repeating: "─", count: width - 2) + "┐", y: top, x: left, style: border)
        terminal.put(" " + tr("Notices (%@)", notices.count) + " ", y: top, x: left + 2, style: Style(.header, .bold))
        for y in (top + 1)..<(top + height - 1) {
            terminal.put("│", y: y, x: left, style: border)
            terminal.fill(y: y, x: left + 1, width: width - 2, style: .normal)
            terminal.put("│", y: y, x: left + width - 1, style: border)
        }
        terminal.put("└" + String(repeating: "─", count: width - 2) + "┘", y: top + height - 1, x: left, style: border)
        // The newest are the ones that matter when they do not all fit.
        for (index, notice) in notices.suffix(max(0, height - 4)).enumerated() {
            let y = top + 1 + index
            var x = left + 2
            x += terminal.put(clock.time(notice.createdAt) + " ", y: y, x: x, style: Style(.muted))
            let role: ThemeRole = notice.kind == .breached ? .slaBreached : notice.kind == .atRisk ? .slaAtRisk : .notice
            terminal.put(SafeText.sanitize(notice.text), y: y, x: x, style: Style(role), maxColumns: left + width - 2 - x)
        }
        let footer = tr("Marked read · any key closes")

        terminal.put(footer, y: top + height - 2, x: left + width - 2 - footer.displayWidth, style: Style(.muted))
    }
}

extension HelpdeskCore.Category {
    /// A few letters for the board's skills column.
    var shortName: String {
        switch self {
        case .hardware: "hw"
        case .software: "sw"
        case .network: "net"
        case .account: "acct"
        case .security: "sec"
        case .other: "other"
        }
    }
}
