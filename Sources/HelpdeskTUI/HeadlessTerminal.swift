/// A terminal without a screen: draws into a `CellGrid` and reads keys from a script.
///
/// Tests and golden screens render through it exactly as the console renders through ncurses.
public final class HeadlessTerminal: Terminal {
    /// What the last `refresh()` showed.
    public private(set) var screen: CellGrid
    /// What is being drawn for the next refresh.
    public private(set) var buffer: CellGrid
    /// Where the last `refresh()` showed the cursor; nil when it was hidden.
    public private(set) var cursor: CursorPosition?
    private var pendingCursor: CursorPosition?
    /// Keys still to be read, first one first.
    public var pendingKeys: [Key]
    /// How many times the console asked for a key and got none; lets tests see idle ticks.
    public private(set) var idleReads = 0
    public private(set) var refreshCount = 0
    /// How many times the console asked for a full repaint.
    public private(set) var invalidations = 0
    /// A termination signal to report, as if the user had pressed Ctrl-C or the session hung up.
    public var simulatedSignal: Int32?

    public init(size: TerminalSize, keys: [Key] = []) {
        screen = CellGrid(size: size)
        buffer = CellGrid(size: size)
        pendingKeys = keys
    }

    public var size: TerminalSize { buffer.size }

    /// Changes the size as a window resize would, and queues the resize key the console expects.
    public func resize(to size: TerminalSize) {
        buffer.resize(to: size)
        screen.resize(to: size)
        pendingKeys.insert(.resize, at: 0)
    }

    public func clear(style: Style) {
        buffer.clear(style: style)
        pendingCursor = nil
    }

    public func showCursor(at position: CursorPosition?) { pendingCursor = position }

    @discardableResult
    public func put(_ text: String, y: Int, x: Int, style: Style, maxColumns: Int?) -> Int {
        buffer.put(text, y: y, x: x, style: style, maxColumns: maxColumns)
    }

    public func put(_ cell: Cell, y: Int, x: Int) { buffer.put(cell, y: y, x: x) }

    public func fill(y: Int, x: Int, width: Int, style: Style) { buffer.fill(y: y, x: x, width: width, style: style) }

    public func refresh() {
        screen = buffer
        // A cursor off the screen is hidden, as curses cannot show it either.
        cursor = pendingCursor.flatMap { $0.y >= 0 && $0.y < size.rows && $0.x >= 0 && $0.x < size.cols ? $0 : nil }
        refreshCount += 1
    }

    public func invalidate() { invalidations += 1 }

    public func readKey(timeoutMilliseconds: Int) -> Key? {
        guard !pendingKeys.isEmpty else {
            idleReads += 1
            return nil
        }
        return pendingKeys.removeFirst()
    }

    public func pendingSignal() -> Int32? {
        defer { simulatedSignal = nil }
        return simulatedSignal
    }

    /// The refreshed screen as lines, trailing spaces trimmed.
    public func text() -> [String] { screen.text() }
}
