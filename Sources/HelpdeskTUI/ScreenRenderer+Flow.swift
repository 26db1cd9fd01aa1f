import HelpdeskCore

/// The dialogs of the ticket actions, drawn over everything else.
extension ScreenRenderer {
    static var pickerKeys: String { tr("type to filter · j/k move · Enter pick · Esc cancel") }
    static var confirmKeys: String { tr("y yes · n/Esc no") }

    func drawFlow(_ flow: ActionFlow, _ state: ConsoleState, on terminal: any Terminal) {
        let screen = Rect(x: 0, y: 0, width: state.layout.cols, height: state.layout.rows)
        switch flow.step {
        case let .pick(picker):
            drawPicker(picker, in: screen, on: terminal)
        case let .confirm(question):
            let lines = TextWrap.lines(question.text, columns: min(60, screen.width - 8))
            let frame = DialogFrame(title: question.title, footer: Self.confirmKeys)
            let placement = frame.place(content: TerminalSize(rows: lines.count, cols: min(60, screen.width - 8)), in: screen)
            frame.render(placement, on: terminal)
            for (index, line) in lines.enumerated() {
                terminal.put(line, y: placement.content.y + index, x: placement.content.x, style: Style(.normal, .bold),
                             maxColumns: placement.content.width)
            }
        case let .prompt(prompt):
            drawPrompt(prompt, form: flow.plan.formLines, reserved: flow.contextRows, in: screen, on: terminal)
            if let templates = flow.templates { drawTemplates(templates, state: state, on: terminal) }
        }
    }

    func drawPrompt(_ prompt: Prompt, form: [(label: String, value: String)], reserved: Int, in screen: Rect,
                            on terminal: any Terminal) {
        let widget = Prompt.widgetSize(multiLine: prompt.isMultiLine, cols: screen.width, rows: screen.height, reserved: reserved)
        let keys = prompt.isMultiLine ? (prompt.offersTemplates ? TemplateChooser.editorKeyHints : TextEditor.keyHints) : TextField.keyHints
        let frame = DialogFrame(title: prompt.title, footer: keys)
        let placement = frame.place(content: TerminalSize(rows: reserved + widget.rows, cols: widget.cols), in: screen)
        frame.render(placement, on: terminal)
        let content = placement.content
        terminal.put(prompt.hint, y: content.y, x: content.x, style: Style(.muted), maxColumns: content.width)
        let labelWidth = (form.map(\.label.displayWidth).max() ?? 0) + 2
        for (index, line) in form.enumerated() {
            let y = content.y + 1 + index
            terminal.put(line.label, y: y, x: content.x, style: Style(.muted), maxColumns: content.width)
            terminal.put(line.value, y: y, x: content.x + labelWidth, style: .normal, maxColumns: max(0, content.width - labelWidth))
        }
        let area = Rect(x: content.x, y: content.y + reserved, width: content.width, height: max(1, content.height - reserved))
        let cursor: CursorPosition? = switch prompt.input {
        case let .line(field): field.render(on: terminal, in: area)
        case let .block(editor): editor.render(on: terminal, in: area)
        }
        terminal.showCursor(at: cursor)
    }

    /// The note, the filter line, then as many entries as fit around the highlighted one.
    private func drawPicker(_ picker: Picker<ActionFlow.Choice>, in screen: Rect, on terminal: any Terminal) {
        let labelWidth = min(24, picker.items.map(\.label.displayWidth).max() ?? 0)
        let detailWidth = picker.items.map(\.detail.displayWidth).max() ?? 0
        let wanted = max(50, 2 + labelWidth + 2 + detailWidth, picker.title.displayWidth + 6, Self.pickerKeys.displayWidth + 6)
        let width = max(20, min(screen.width - 8, wanted))
        let note = picker.note.map { TextWrap.lines(SafeText.sanitize($0), columns: width).prefix(3) } ?? []
        let listRoom = max(3, screen.height - 4 - note.count - 1)
        let listRows = min(listRoom, max(1, picker.visible.count))
        let frame = DialogFrame(title: picker.title, footer: Self.pickerKeys)
        let placement = frame.place(content: TerminalSize(rows: note.count + 1 + listRows, cols: width), in: screen)
        frame.render(placement, on: terminal)
        let content = placement.content
        var y = content.y
        for line in note {
            terminal.put(line, y: y, x: content.x, style: Style(.notice), maxColumns: content.width)
            y += 1
        }
        if picker.filter.isEmpty {
            terminal.put(tr("Filter: type to narrow the list"), y: y, x: content.x, style: Style(.muted), maxColumns: content.width)
        } else {
            let x = content.x + terminal.put(tr("Filter:") + " ", y: y, x: content.x, style: Style(.notice, .bold))
            let shown = Self.tail(of: SafeText.sanitize(picker.filter), columns: content.maxX - x - 1)
            terminal.showCursor(at: CursorPosition(y: y, x: x + terminal.put(shown, y: y, x: x, style: .normal)))
        }
        y += 1
        guard !picker.visible.isEmpty else {
            terminal.put(tr("Nothing matches “%@”", SafeText.sanitize(picker.filter)), y: y
, x: content.x, style: Style(.muted),
                         maxColumns: content.width)
            return
        }
        let rows = min(listRows, content.maxY - y)
        let first = min(max(0, picker.cursor - rows / 2), max(0, picker.visible.count - rows))
        for (offset, item) in picker.visible[first..<min(picker.visible.count, first + rows)].enumerated() {
            let row = y + offset
            let selected = first + offset == picker.cursor
            if selected { terminal.fill(y: row, x: content.x, width: content.width, style: Style(.selection)) }
            let label = selected ? Style(.selection, .bold) : Style(item.isDimmed ? .muted : .normal, item.isDimmed ? [] : .bold)
            let detail = selected ? Style(.selection) : Style(item.isDimmed ? .muted : .normal)
            terminal.put((selected ? "› " : "  ") + SafeText.sanitize(item.label).fitted(toColumns: labelWidth), y: row,
                         x: content.x, style: label, maxColumns: content.width)
            terminal.put(SafeText.sanitize(item.detail), y: row, x: content.x + 2 + labelWidth + 2, style: detail,
                         maxColumns: max(0, content.width - labelWidth - 4))
        }
    }
}
