import HelpdeskCore

/// The dialog that saves the view on screen or removes a saved one, drawn over everything.
extension ScreenRenderer {
    func drawSavedViewDialog(_ dialog: SavedViewDialog, _ state: ConsoleState, on terminal: any Terminal) {
        let screen = Rect(x: 0, y: 0, width: state.layout.cols, height: state.layout.rows)
        let width = min(60, screen.width - 8)
        let lines = TextWrap.lines(SafeText.sanitize(dialog.text), columns: width)
        let fieldRows = if case .name = dialog.step { 3 } else { 0 }
        let frame = DialogFrame(title: dialog.title, footer: dialog.footer)
        let placement = frame.place(content: TerminalSize(rows: lines.count + fieldRows, cols: width), in: screen)
        frame.render(placement, on: terminal)
        let content = placement.content
        let isQuestion = fieldRows == 0
        for (index, line) in lines.enumerated() {
            terminal.put(line, y: content.y + index, x: content.x, style: isQuestion ? Style(.normal, .bold) : Style(.muted),
                         maxColumns: content.width)
        }
        guard case let .name(field) = dialog.step else { return }
        let area = Rect(x: content.x, y: content.y + lines.count + 1, width: content.width, height: 2)
        terminal.showCursor(at: field.render(on: terminal, in: area))
    }
}
