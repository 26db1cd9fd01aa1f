import HelpdeskCore

/// The `?` overlay: it lists every key of the focused pane and scrolls when they outnumber the screen's rows.
extension ConsoleState {
    /// Key lines the overlay shows at once on a screen `rows` tall, for `count` lines in all.
    public static func helpVisibleRows(count: Int, rows: Int) -> Int {
        max(1, min(rows - 2, count + 4) - 4)
    }

    /// The greatest useful scroll for `count` lines on the current screen.
    public func helpScrollLimit(count: Int) -> Int {
        max(0, count - Self.helpVisibleRows(count: count, rows: layout.rows))
    }

    /// Scroll keys move the list; Ctrl-C quits; any other key closes the overlay, as before it could scroll.
    mutating func updateHelp(with key: Key, registry: CommandRegistry) -> [ConsoleEffect] {
        let count = registry.helpLines(for: focus).count
        let page = Self.helpVisibleRows(count: count, rows: layout.rows)
        let limit = helpScrollLimit(count: count)
        switch key {
        case .ctrl("c"): return [.quit]
        case .char("j"), .down: helpScroll = min(limit, helpScroll + 1)
        case .char("k"), .up: helpScroll = max(0, helpScroll - 1)
        case .pageDown, .char(" "), .ctrl("f"): helpScroll = min(limit, helpScroll + page)
        case .pageUp, .ctrl("b"): helpScroll = max(0, helpScroll - page)
        case .char("g"), .home: helpScroll = 0
        case .char("G"), .end: helpScroll = limit
        default:
            mode = .browse
            helpScroll = 0
        }
        return []
    }
}
