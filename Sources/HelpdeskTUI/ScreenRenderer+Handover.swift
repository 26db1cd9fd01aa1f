import Foundation
import HelpdeskCore

/// The handover screen: drawn over queue and detail, above the status bar.
extension ScreenRenderer {
    static var handoverListKeys: String { tr("Enter read · / search · n new · a acknowledge · j/k move · Esc back") }
    static var handoverReadKeys: String { tr("Enter/a acknowledge · j/k scroll · Esc back") }
    static var handoverPendingKeys: String { tr("Enter/a acknowledge · j/k scroll · Esc later") }
    static var handoverSearchKeys: String { tr("Enter keep · Esc clear · Bksp delete") }

    func drawHandover(_ screen: HandoverScreen, _ state: ConsoleState, on terminal: any Terminal) {
        let layout = state.layout
        let cols = layout.cols
        for y in 0..<(layout.rows - 1) { terminal.fill(y: y, x: 0, width: cols, style: .normal) }
        terminal.fill(y: 0, x: 0, width: cols, style: Style(.header))
        let title = " " + tr(screen.isShowingPending ? "Handover waiting for your acknowledgement 待确认交接" : "Shift handovers 交接班") + " "
        terminal.put(title, y: 0, x: 0, style: Style(.header, .bold), maxColumns: cols)
        var keys: String
        switch screen.page {
        case .list:
            drawHandoverList(screen, state, on: terminal)
            keys = screen.isSearching ? Self.handoverSearchKeys : Self.handoverListKeys
        case let .reading(h), let .replying(h, _):
            let lines = HandoverDocument.lines(h, width: cols, timeZone: timeZone)
            let rows = state.handoverPageRows
            let first = min(screen.scroll, max(0, lines.count - rows))
            for (offset, line) in lines.dropFirst(first).prefix(rows).enumerated() {
                var x = 1
                for span in line { x += terminal.put(span.text, y: 1 + offset, x: x, style: span.style, maxColumns: max(0, cols - x)) }
            }
            if lines.count > rows {
                let position = " \(first + 1)–\(min(lines.count, first + rows))/\(lines.count) "
                terminal.put(position, y: 0, x: max(0, cols - position.displayWidth), style: Style(.header), maxColumns: cols)
            }
            keys = screen.isShowingPending ? Self.handoverPendingKeys : Self.handoverReadKeys
        case .writing:
            keys = ""
        }
        let hints = layout.hints
        if let message = state.message, message.kind == .error, Self.errorOverflows(state) {
            terminal.fill(y: hints.y, x: 0, width: hints.width, style: Style(.error))
            terminal.put(" " + SafeText.sanitize(message.text), y: hints.y, x: 0, style: Style(.error), maxColumns: hints.width)
        } else {
            terminal.put(" " + keys, y: hints.y, x: 0, style: Style(.muted), maxColumns: hints.width)
        }
        let screenRect = Rect(x: 0, y: 0, width: cols, height: layout.rows)
        switch screen.page {
        case let .writing(prompt), let .replying(_, prompt):
            drawPrompt(prompt, form: [], reserved: 1, in: screenRect, on: terminal)
        case .list, .reading:
            break
        }
    }

    private func drawHandoverList(_ screen: HandoverScreen, _ state: ConsoleState, on terminal: any Terminal) {
        let cols = state.layout.cols
        if screen.isSearching || !screen.search.isEmpty {
            var x = terminal.put(" \(tr("Search:")) ", y: 1, x: 0, style: Style(.notice, .bold))
            x += terminal.put(Self.tail(of: SafeText.sanitize(screen.search), columns: cols - x - 1), y: 1, x: x, style: .normal)
            if screen.isSearching { terminal.put(" ", y: 1, x: x, style: Style(.selection, .reverse)) }
        } else {
            terminal.put(" " + tr("/ searches the notes (Chinese or English)"), y: 1, x: 0, style: Style(.muted), maxColumns: cols)
        }
        let heads = Self.handoverColumns(["#", tr("Written"), tr("By"), tr("Shift"), tr("Acknowledged"), tr("Note", context: "handover")]
)
        terminal.put(heads, y: 2, x: 0, style: Style(.muted, .bold), maxColumns: cols)
        guard !screen.items.isEmpty else {
            let empty = screen.search.isEmpty ? tr("No handovers yet. Leads press n to write the first one.")
                : tr("No handover matches “%@”.", SafeText.sanitize(screen.search))
            terminal.put("  " + empty, y: 3, x: 0, style: Style(.muted), maxColumns: cols)
            return
        }
        let time = HandoverTime(timeZone: timeZone)
        let rows = state.handoverListRows
        for (offset, h) in screen.items.dropFirst(screen.listTop).prefix(rows).enumerated() {
            let index = screen.listTop + offset
            let y = 3 + offset
            let selected = index == screen.cursor
            let ack = h.acknowledgedBy.map { "✓ " + $0 } ?? tr("waiting")

            let note = h.note.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            let text = Self.handoverColumns(["#\(h.id)", time.dateTime(h.createdAt), h.author, h.shiftLabel, ack, note].map { SafeText.sanitize($0) })
            if selected { terminal.fill(y: y, x: 0, width: cols, style: Style(.selection)) }
            let style = selected ? Style(.selection, .bold) : (h.isAcknowledged ? .normal : Style(.slaAtRisk))
            terminal.put((selected ? "›" : " ") + text.dropFirst(), y: y, x: 0, style: style, maxColumns: cols)
        }
    }

    /// History columns: id, written, author, shift, acknowledgement, then the note's first line.
    static func handoverColumns(_ cells: [String]) -> String {
        let widths = [5, 16, 12, 23, 16]
        var line = " "
        for (index, cell) in cells.enumerated() {
            line += index < widths.count ? cell.fitted(toColumns: widths[index]) + " " : cell
        }
        return line
    }
}
