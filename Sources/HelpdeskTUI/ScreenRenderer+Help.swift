import HelpdeskCore

extension ScreenRenderer {
    /// The `?` overlay: every key of the focused pane, from the command registry.
    func drawHelp(_ state: ConsoleState, on terminal: any Terminal) {
        let layout = state.layout
        let lines = registry.helpLines(for: state.focus)
        let keyWidth = min(22, lines.map(\.keys.displayWidth).max() ?? 0)
        let width = min(layout.cols - 4, 80)
        let height = min(layout.rows - 2, lines.count + 4)
        let left = (layout.cols - width) / 2
        let top = max(1, (layout.rows - height) / 2)
        let border = Style(.border, .bold)
        terminal.put("┌" + String(repeating: "─", count: width - 2) + "┐", y: top, x: left, style: border)
        terminal.put(" \(tr("Keys")) ", y: top, x: left + 2, style: Style(.header, .bold))
        for y in (top + 1)..<(top + height - 1) {
            terminal.put("│", y: y, x: left, style: border)
            terminal.fill(y: y, x: left + 1, width: width - 2, style: .normal)
            terminal.put("│", y: y, x: left + width - 1, style: border)
        }
        terminal.put("└" + String(repeating: "─", count: width - 2) + "┘", y: top + height - 1, x: left, style: border)
        let inner = width - 4
        let visible = ConsoleState.helpVisibleRows(count: lines.count, rows: layout.rows)
        let first = min(state.helpScroll, state.helpScrollLimit(count: lines.count))
        for (index, line) in lines.dropFirst(first).prefix(visible).enumerated() {
            let y = top + 1 + index
            terminal.put(line.keys.fitted(toColumns: keyWidth), y: y, x: left + 2, style: Style(.normal, .bold))
            terminal.put(line.title, y: y, x: left + 3 + keyWidth, style: .normal, maxColumns: inner - keyWidth - 1)
        }
        let footer = lines.count > visible
            ? tr("%@–%@ of %@ · j/k PgDn/PgUp scroll · other keys close", first + 1, first + min(visible, lines.count - first), lines.count)
            : tr("Any key closes this help")

        terminal.put(footer, y: top + height - 2, x: left + width - 2 - footer.displayWidth, style: Style(.muted))
    }
}
