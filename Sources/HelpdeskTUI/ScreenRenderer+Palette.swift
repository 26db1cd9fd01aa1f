import HelpdeskCore

extension ScreenRenderer {
    /// The `:` palette: a box near the top with the query, the matching commands (matched
    /// letters marked, keys on the right) and its own keys at the bottom.
    func drawPalette(_ palette: CommandPalette, state: ConsoleState, on terminal: any Terminal) {
        let frame = CommandPalette.frame(in: state.layout)
        let box = frame.box
        guard box.width > 10, box.height > 5 else { return }
        let border = Style(.border, .bold)
        let inner = box.width - 2
        terminal.put("┌" + String(repeating: "─", count: inner) + "┐", y: box.y, x: box.x, style: border)
        terminal.put(" \(tr("Commands")) ", y: box.y, x: box.x + 2, style: Style(.header, .bold))
        for y in (box.y + 1)..<(box.maxY - 1) {
            terminal.put("│", y: y, x: box.x, style: border)
            terminal.fill(y: y, x: box.x + 1, width: inner, style: .normal)
            terminal.put("│", y: y, x: box.maxX - 1, style: border)
        }
        terminal.put("├" + String(repeating: "─", count: inner) + "┤", y: frame.inputY + 1, x: box.x, style: border)
        terminal.put("└" + String(repeating: "─", count: inner) + "┘", y: box.maxY - 1, x: box.x, style: border)

        var x = box.x + 2
        x += terminal.put(": ", y: frame.inputY, x: x, style: Style(.notice, .bold))
        x += terminal.put(Self.tail(of: SafeText.sanitize(palette.query), columns: inner - 5), y: frame.inputY, x: x, style: Style(.normal, .bold))
        terminal.put(" ", y: frame.inputY, x: x, style: Style(.selection, .reverse))

        let entries = palette.entries(in: registry)
        let list = frame.list
        if entries.isEmpty {
            terminal.put(tr("No command matches “%@”", SafeText.sanitize(palette.query)).truncated(toColumns: list.width),
                         y: list.y, x: list.x, style: Style(.muted))
        }
        let top = palette.top(visible: list.height)
        for (offset, entry) in entries.dropFirst(top).prefix(list.height).enumerated() {
            let y = list.y + offset
            let selected = top + offset == palette.cursor
            let base = selected ? Style(.selection) : Style(.normal)
            if selected { terminal.fill(y: y, x: list.x - 1, width: list.width + 2, style: base) }
            let keys = entry.keys.truncated(toColumns: 16)
            let titleWidth = list.width - keys.displayWidth - 2
            let matched = Set(entry.positions)
            let cells = entry.title.enumerated().map { ($0.element, matched.contains($0.offset) ? Style(.match) : base) }
            terminal.put(StyledText.truncated(StyledText.spans(cells), toColumns: titleWidth), y: y, x: list.x, maxColumns: titleWidth)
            terminal.put(keys, y: y, x: list.maxX - keys.displayWidth, style: selected ? base : Style(.muted))
        }
        let footer = tr("↑↓ choose   Enter run   Esc close")

        terminal.put(footer.truncated(toColumns: inner - 2), y: frame.footerY, x: box.x + 2, style: Style(.muted))
    }
}
