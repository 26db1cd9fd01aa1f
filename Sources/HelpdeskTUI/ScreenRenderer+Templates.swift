import HelpdeskCore

extension ScreenRenderer {
    /// The reply templates over the reply dialog: the query, the titles (matched letters marked,
    /// placeholders used on the right), then the highlighted reply as Enter will insert it.
    func drawTemplates(_ chooser: TemplateChooser, state: ConsoleState, on terminal: any Terminal) {
        let frame = TemplateChooser.frame(in: state.layout)
        let box = frame.box
        guard box.width > 20, box.height > 9 else { return }
        let border = Style(.border, .bold)
        let inner = box.width - 2
        let rule = String(repeating: "─", count: inner)
        terminal.put("┌" + rule + "┐", y: box.y, x: box.x, style: border)
        terminal.put(" " + tr("Reply templates") + " ", y: box.y, x: box.x + 2, style: Style(.header, .bold))
        for y in (box.y + 1)..<(box.maxY - 1) {
            terminal.put("│", y: y, x: box.x, style: border)
            terminal.fill(y: y, x: box.x + 1, width: inner, style: .normal)
            terminal.put("│", y: y, x: box.maxX - 1, style: border)
        }
        terminal.put("├" + rule + "┤", y: frame.inputY + 1, x: box.x, style: border)
        terminal.put("├" + rule + "┤", y: frame.list.maxY, x: box.x, style: border)
        terminal.put("└" + rule + "┘", y: box.maxY - 1, x: box.x, style: border)

        var x = box.x + 2
        x += terminal.put(tr("Search: "), y: frame.inputY, x: x, style: Style(.notice, .bold))
        x += terminal.put(Self.tail(of: SafeText.sanitize(chooser.query), columns: inner - 10), y: frame.inputY, x: x,
                          style: Style(.normal, .bold))
        terminal.showCursor(at: CursorPosition(y: frame.inputY, x: x))

        drawTemplateList(chooser, in: frame.list, on: terminal)
        if let entry = chooser.highlighted {
            let lines = TextWrap.lines(SafeText.sanitize(entry.choice.text, .multiLine(tabWidth: TextEditor.tabWidth)),
                                       columns: frame.preview.width)
            for (offset, line) in lines.prefix(frame.preview.height).enumerated() {
                terminal.put(line, y: frame.preview.y + offset, x: frame.preview.x, style: .normal, maxColumns: frame.preview.width)
            }
            if lines.count > frame.preview.height, frame.preview.height > 0 {
                let more = tr("… %@ more lines", lines.count - frame.preview.height)
                terminal.put(more, y: frame.preview.maxY - 1, x: frame.preview.maxX - more.displayWidth, style: Style(.muted))
            }
        }
        terminal.put(TemplateChooser.keyHints.truncated(toColumns: inner - 2), y: frame.footerY, x: box.x + 2, style: Style(.muted))
    }

    private func drawTemplateList(_ chooser: TemplateChooser, in list: Rect, on terminal: any Terminal) {
        guard !chooser.entries.isEmpty else {
            terminal.put(tr("No template matches “%@”", SafeText.sanitize(chooser.query)).truncated(toColumns: list.width),
                         y: list.y, x: list.x, style: Style(.muted))
            return
        }
        let top = chooser.top(visible: list.height)
        for (offset, entry) in chooser.entries.dropFirst(top).prefix(list.height).enumerated() {
            let y = list.y + offset
            let selected = top + offset == chooser.cursor
            let base = selected ? Style(.selection) : Style(.normal)
            if selected { terminal.fill(y: y, x: list.x - 1, width: list.width + 2, style: base) }
            let uses = entry.choice.template.placeholders.map(\.token).joined(separator: " ").truncated(toColumns: list.width / 2)
            let titleWidth = list.width - uses.displayWidth - 2
            let matched = Set(entry.positions)
            let cells = SafeText.sanitize(entry.choice.template.title).enumerated().map {
                ($0.element, matched.contains($0.offset) ? Style(.match) : base)
            }
            terminal.put(StyledText.truncated(StyledText.spans(cells), toColumns: titleWidth), y: y, x: list.x, maxColumns: titleWidth)
            terminal.put(uses, y: y, x: list.maxX - uses.displayWidth, style: selected ? base : Style(.muted))
        }
    }
}
