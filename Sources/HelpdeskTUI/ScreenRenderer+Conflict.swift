import HelpdeskCore

/// The conflict screen: a colleague's change beside the user's, and the three ways on.
extension ScreenRenderer {
    static var conflictKeys: String { tr("m merge · r retry · Esc cancel (keeps a draft) · ←/→ Enter") }

    func drawConflict(_ conflict: ConflictScreen, _ state: ConsoleState, on terminal: any Terminal) {
        let screen = Rect(x: 0, y: 0, width: state.layout.cols, height: state.layout.rows)
        let width = max(20, min(screen.width - 6, 86))
        let headline = TextWrap.lines(conflict.headline, columns: width)
        // Room for the headline, "Their changes", the your/merge lines, a blank and the buttons; the changes get the rest.
        let fixed = headline.count + 1 + 1 + 2 + 1 + 1
        let room = max(1, screen.height - 2 - fixed)
        var changes = Array(conflict.changeLines.prefix(room))
        if conflict.changeLines.count > room {
            changes[room - 1] = tr("… and %@ more changes (see the timeline)", conflict.changeLines.count - room + 1)
        }
        let frame = DialogFrame(title: tr("#%@ changed while you worked on it", conflict.current.id), footer: Self.conflictKeys)
        let placement = frame.place(content: TerminalSize(rows: fixed + changes.count, cols: width), in: screen)
        frame.render(placement, on: terminal)
        let content = placement.content
        var y = content.y
        func line(_ text: String, _ style: Style, indent: Int = 0) {
            guard y < content.maxY else { return }
            terminal.put(text, y: y, x: content.x + indent, style: style, maxColumns: content.width - indent)
            y += 1
        }
        for text in headline { line(text, Style(.error, .bold)) }
        line(tr("Their changes:"), Style(.muted))

        for text in changes { line(text, .normal, indent: 2) }
        line("", .normal)
        line(conflict.yourChange.prefix(1).uppercased() + conflict.yourChange.dropFirst(), Style(.normal, .bold))
        if case .apply = conflict.merge { line(conflict.mergeLine, Style(.notice)) } else { line(conflict.mergeLine, Style(.muted)) }
        y = min(y + 1, content.maxY - 1)
        var x = content.x
        for option in ConflictScreen.Option.allCases {
            let disabled: Bool = if option == .merge, case .refuse = conflict.merge { true } else { false }
            let label = " \(option.label) "
            let style = option == conflict.selected ? Style(.selection, .bold) : Style(disabled ? .muted : .normal, disabled ? [] : .bold)
            x += terminal.put(option == conflict.selected ? "[\(label)]" : " \(label) ", y: y, x: x, style: style,
                              maxColumns: max(0, content.maxX - x)) + 2
        }
    }
}
