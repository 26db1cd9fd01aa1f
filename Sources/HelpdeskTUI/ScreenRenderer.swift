import Foundation
import HelpdeskCore

/// Draws a `ConsoleState` onto a terminal. Every frame is drawn whole from the state;
/// the terminal sends only what changed.
public struct ScreenRenderer {
    public var registry: CommandRegistry
    public var timeZone: TimeZone

    /// A renderer whose hints come from `registry` and whose clock reads in `timeZone`.
    public init(registry: CommandRegistry = .standard, timeZone: TimeZone = .current) {
        self.registry = registry
        self.timeZone = timeZone
    }

    var clock: ClockText { ClockText(timeZone: timeZone) }

    /// Draws one frame and shows it.
    public func render(_ state: ConsoleState, now: Date, on terminal: any Terminal) {
        terminal.clear(style: .normal)
        let layout = state.layout
        if layout.isTooSmall {
            drawTooSmall(layout, on: terminal)
        } else if state.focus == .reports {
            drawReports(state, now: now, on: terminal)
            drawStatus(state, now: now, on: terminal)
            if state.mode == .help { drawHelp(state, on: terminal) }
            if let palette = state.palette { drawPalette(palette, state: state, on: terminal) }
        } else {
            drawHeader(state, on: terminal)
            // A full-screen knowledge base covers queue and detail, which keep their place beneath.
            if state.team.board != nil {
                drawBoard(state, now: now, on: terminal)
            } else if layout.kbPlacement != .full {
                drawQueue(state, now: now, on: terminal)
                drawDivider(layout, on: terminal)
                drawDetailFrame(state, on: terminal)
                if let detail = layout.detail { drawDetail(state, in: detail, now: now, on: terminal) }
            }
            if state.team.board == nil { drawKB(state, on: terminal) }
            if state.focus == .kb, state.mode != .filter { drawKBHints(state, on: terminal) } else { drawHints(state, on: terminal) }
            drawStatus(state, now: now, on: terminal)
            if let handover = state.handover { drawHandover(handover, state, on: terminal) }
            if state.mode == .help { drawHelp(state, on: terminal) }
            if let palette = state.palette { drawPalette(palette, state: state, on: terminal) }
            if let notices = state.team.noticeList { drawNotices(notices, state: state, on: terminal) }
            if let history = state.requesterHistory { drawRequesterHistory(history, state: state, now: now, on: terminal) }
            if let flow = state.flow { drawFlow(flow, state, on: terminal) }
            if let dialog = state.saved.dialog { drawSavedViewDialog(dialog, state, on: terminal) }
            if let conflict = state.conflict { drawConflict(conflict, state, on: terminal) }
        }
        terminal.refresh()
    }

    private func drawHeader(_ state: ConsoleState, on terminal: any Terminal) {
        let row = state.layout.header
        terminal.fill(y: row.y, x: 0, width: row.width, style: Style(.header))
        let tabs = state.tabs(width: row.width)
        for tab in tabs {
            terminal.put(tab.text, y: row.y, x: tab.x, style: Style(tab.isActive ? .tabActive : .tab), maxColumns: row.width - tab.x)
        }
        let brand = " helpdesk "
        let end = tabs.last.map { $0.x + $0.width } ?? 0
        if row.width - end >= brand.displayWidth + 1 {
            terminal.put(brand, y: row.y, x: row.width - brand.displayWidth, style: Style(.header, .bold))
        }
    }

    private func drawDivider(_ layout: Layout, on terminal: any Terminal) {
        guard let divider = layout.divider else { return }
        if layout.detailPlacement == .right {
            for y in divider.y..<divider.maxY { terminal.put("│", y: y, x: divider.x, style: Style(.border)) }
        } else {
            terminal.put(String(repeating: "─", count: divider.width), y: divider.y, x: 0, style: Style(.border))
            terminal.put(" \(tr("Detail")) ", y: divider.y, x: 2, style: Style(.border, .bold))
        }
    }

    private func drawHints(_ state: ConsoleState, on terminal: any Terminal) {
        let row = state.layout.hints
        if state.mode == .filter {
            let prompt = tr("Filter:") + " "
            var x = terminal.put(prompt, y: row.y, x: 0, style: Style(.notice, .bold))
            // The end of a long filter is where the typing happens, so that is the part kept in view.
            x += terminal.put(Self.tail(of: SafeText.sanitize(state.filter), columns: row.width - x - 1), y: row.y, x: x, style: .normal)
            terminal.put(" ", y: row.y, x: x, style: Style(.selection, .reverse))
            let help = "  " + tr("Enter keep   Esc clear   Bksp delete")
            terminal.put(help, y: row.y, x: x + 1, style: Style(.muted), maxColumns: row.width - x - 1)
            return
        }
        if let message = state.message, Self.errorOverflows(state) {
            // A long outcome (a batch reassignment) is read whole too, in its own colour.
            let style = Style(message.kind == .error ? .error : .notice)
            terminal.fill(y: row.y, x: 0, width: row.width, style: style)
            terminal.put(" " + SafeText.sanitize(message.text), y: row.y, x: 0, style: style, maxColumns: row.width)
            return
        }
        var x = 1
        for hint in registry.hints(for: state.focus) {
            let keyWidth = hint.keys.displayWidth
            let needed = keyWidth + 1 + hint.title.displayWidth + 2
            if x + needed > row.width { break }
            x += terminal.put(hint.keys, y: row.y, x: x, style: Style(.normal, .bold))
            x += terminal.put(" " + hint.title, y: row.y, x: x, style: Style(.muted)) + 2
        }
    }

    /// True when an error message is too long for the status bar, so the hint row shows it whole.
    static func errorOverflows(_ state: ConsoleState) -> Bool {
        guard let message = state.message else { return false }
        let user = " \(SafeText.sanitize(state.user)) (\(state.role.localizedName)) ".displayWidth
        let room = state.layout.status.width - 7 - user - 3
        return SafeText.sanitize(message.text).displayWidth > room
    }

    /// The end of `text` within `columns`, led by "…" when the start had to go.
    static func tail(of text: String, columns: Int) -> String {
        guard text.displayWidth > columns else { return text }
        guard columns > 1 else { return columns == 1 ? "…" : "" }
        var kept = ""
        var width = 0
        for character in text.reversed() {
            let w = DisplayWidth.width(of: character)
            if width + w > columns - 1 { break }
            kept.insert(character, at: kept.startIndex)
            width += w
        }
        return "…" + kept
    }

    private func drawStatus(_ state: ConsoleState, now: Date, on terminal: any Terminal) {
        let row = state.layout.status
        let bar = Style(.statusBar)
        terminal.fill(y: row.y, x: 0, width: row.width, style: bar)
        let time = " " + clock.time(now) + " "
        let right = row.width - time.displayWidth
        terminal.put(time, y: row.y, x: right, style: Style(.statusBar, .bold))
        var x = terminal.put(" \(SafeText.sanitize(state.user)) (\(state.role.localizedName)) ", y: row.y, x: 0, style: Style(.statusBar, .bold))
        func segment(_ text: String, _ style: Style) {
            guard x < right else { return }
            x += terminal.put("│", y: row.y, x: x, style: bar, maxColumns: right - x)
            x += terminal.put(" \(text) ", y: row.y, x: x, style: style, maxColumns: right - x)
        }
        // An error says why an action was refused: it takes the place of the counts, or the whole
        // hint row above when even that is too short.
        if let message = state.message, message.kind == .error {
            if !Self.errorOverflows(state) {
                segment(SafeText.sanitize(message.text), Style(.error))
                return
            }
        }
        if let sla = state.sla {
            segment(tr("%@ breached", sla.breached), sla.breached > 0 ? Style(.slaBreached) : bar)
            segment(tr("%@ at risk", sla.atRisk), sla.atRisk > 0 ? Style(.slaAtRisk) : bar)
        }
        if !state.team.notices.isEmpty {
            let count = state.team.notices.count
            segment(count == 1 ? tr("1 new notice (N)") : tr("%@ new notices (N)", count), Style(.notice, .bold))
        }
        if !state.team.marked.isEmpty { segment(tr("%@ marked", state.team.marked.count), Style(.notice)) }
        segment(tr("sort: %@", state.sort.localizedName), bar)
        if !state.filter.isEmpty, state.mode != .filter {
            segment(tr("filter: %@", SafeText.sanitize(state.filter)), bar)
        }
        if let message = state.message, message.kind == .notice, !Self.errorOverflows(state) {
            segment(SafeText.sanitize(message.text).truncated(toColumns: max(0, right - x - 3)), Style(.notice))
        }
    }

    private func drawTooSmall(_ layout: Layout, on terminal: any Terminal) {
        let lines = [
            tr("Terminal too small"),
            tr("helpdesk needs %@x%@; this one is %@x%@.", Layout.minimumCols, Layout.minimumRows, layout.cols, layout.rows),
            tr("Enlarge the window, or press q to quit."),

        ]
        let top = max(0, (layout.rows - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let text = line.truncated(toColumns: layout.cols)
            let x = max(0, (layout.cols - text.displayWidth) / 2)
            terminal.put(text, y: top + i, x: x, style: i == 0 ? Style(.error, .bold) : .normal)
        }
    }
}
