/// The screen and keyboard the console talks to: ncurses for people, an in-memory grid for tests.
///
/// Implementations are not thread-safe; curses in particular must only be called from the
/// main thread, so the console creates and uses its terminal there and nowhere else.
public protocol Terminal: AnyObject {
    /// The current size in cells.
    var size: TerminalSize { get }
    /// Blanks the back buffer with `style`.
    func clear(style: Style)
    /// Writes text on one line from (y, x), clipped at the edge or after `maxColumns`; returns columns used.
    @discardableResult
    func put(_ text: String, y: Int, x: Int, style: Style, maxColumns: Int?) -> Int
    /// Writes one cell.
    func put(_ cell: Cell, y: Int, x: Int)
    /// Paints blank cells.
    func fill(y: Int, x: Int, width: Int, style: Style)
    /// Shows the terminal's cursor at a cell from the next refresh on, or hides it (nil).
    /// `clear` hides it again, so only a frame that draws a text widget shows a cursor.
    func showCursor(at position: CursorPosition?)
    /// Shows the back buffer on the screen.
    func refresh()
    /// Forgets what the screen shows, so the next refresh repaints all of it (Ctrl-L).
    func invalidate()
    /// The next key, waiting at most `timeoutMilliseconds`; nil when none came in time.
    func readKey(timeoutMilliseconds: Int) -> Key?
    /// A termination signal (SIGINT, SIGTERM, SIGHUP) received since start, if any.
    func pendingSignal() -> Int32?
}

extension Terminal {
    @discardableResult
    public func put(_ text: String, y: Int, x: Int, style: Style = .normal) -> Int {
        put(text, y: y, x: x, style: style, maxColumns: nil)
    }

    public func clear() { clear(style: .normal) }

    public func pendingSignal() -> Int32? { nil }

    public func invalidate() {}
}
