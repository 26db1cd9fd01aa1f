extension ConsoleState {
    /// Opens the `:` palette over the focused pane.
    mutating func openPalette() -> [ConsoleEffect] {
        palette = CommandPalette(pane: focus)
        return []
    }

    /// Keys while the palette is open: typing narrows, arrows choose, Enter runs, Esc closes.
    mutating func updatePalette(with key: Key, registry: CommandRegistry) -> [ConsoleEffect] {
        guard var current = palette else { return [] }
        let entries = current.entries(in: registry)
        let visible = CommandPalette.frame(in: layout).list.height
        switch key {
        case let .char(c):
            guard current.query.count < CommandPalette.queryLimit else { return [] }
            current.query.append(c)
            current.cursor = 0
        case .backspace:
            guard !current.query.isEmpty else {
                palette = nil
                return []
            }
            current.query.removeLast()
            current.cursor = 0
        case .ctrl("u"):
            current.query = ""
            current.cursor = 0
        case .down, .tab, .ctrl("n"), .wheelDown:
            current.cursor = min(current.cursor + 1, max(0, entries.count - 1))
        case .up, .backTab, .ctrl("p"), .wheelUp:
            current.cursor = max(current.cursor - 1, 0)
        case .pageDown:
            current.cursor = min(current.cursor + max(1, visible), max(0, entries.count - 1))
        case .pageUp:
            current.cursor = max(current.cursor - max(1, visible), 0)
        case .enter:
            palette = nil
            guard entries.indices.contains(current.cursor) else { return [] }
            return run(entries[current.cursor])
        case .escape:
            palette = nil
            return []
        case .ctrl("c"):
            return [.quit]
        case let .mouse(y, x):
            return clickPalette(y: y, x: x, entries: entries, current: current)
        default:
            return []
        }
        palette = current
        return []
    }

    /// A click on an entry runs it; a click outside the box closes the palette.
    private mutating func clickPalette(y: Int, x: Int, entries: [PaletteEntry], current: CommandPalette) -> [ConsoleEffect] {
        let frame = CommandPalette.frame(in: layout)
        guard frame.box.contains(y: y, x: x) else {
            palette = nil
            return []
        }
        guard frame.list.contains(y: y, x: x) else { return [] }
        let index = current.top(visible: frame.list.height) + (y - frame.list.y)
        guard entries.indices.contains(index) else { return [] }
        palette = nil
        return run(entries[index])
    }

    /// Runs an entry exactly as its key would in the pane the palette was opened over.
    private mutating func run(_ entry: PaletteEntry) -> [ConsoleEffect] {
        let effects = perform(entry.id, key: entry.key)
        fitKBToScreen()
        return effects
    }
}
