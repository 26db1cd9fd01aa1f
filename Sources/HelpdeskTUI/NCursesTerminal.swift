import CNCursesw
import Foundation
import HelpdeskCore

/// The real screen, through ncursesw. Drawing goes to a `CellGrid`; `refresh` hands curses
/// only the rows that changed, and curses sends the terminal only what differs.
///
/// Create, use and close it on the main thread only: curses keeps global state.
public final class NCursesTerminal: Terminal {
    /// Where the screen lives: the controlling terminal, or files (tests use /dev/null).
    public enum Device: Sendable {
        case controllingTerminal
        case files(input: String, output: String, term: String)
    }

    public let colorSupport: ColorSupport
    /// The theme as adapted to this terminal's colours.
    public let theme: Theme
    private var buffer: CellGrid
    private var presented: CellGrid?
    private var screen: OpaquePointer?
    private var input: UnsafeMutablePointer<FILE>?
    private var output: UnsafeMutablePointer<FILE>?
    private var palette: CursesPalette
    private var isClosed = false
    /// Codes curses assigned to Ctrl-arrows for this terminal type.
    private var extendedKeys: [Int32: Key] = [:]
    private var cursor: CursorPosition?
    private var isCursorVisible = false

    /// Takes over the terminal: UTF-8 locale, cbreak without XON/XOFF (Ctrl-S saves text),
    /// no echo, keypad, colours, mouse clicks.
    public init(theme requested: Theme, device: Device = .controllingTerminal,
                environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        precondition(Thread.isMainThread, "curses must be used from the main thread")
        try Self.useUTF8Locale()
        let termName: String?
        switch device {
        case .controllingTerminal:
            guard let tty = fopen("/dev/tty", "r+") else {
                throw TerminalError("the console needs an interactive terminal (/dev/tty cannot be opened); use the helpdesk subcommands in scripts")
            }
            input = tty
            output = tty
            termName = nil
        case let .files(inputPath, outputPath, term):
            guard let i = fopen(inputPath, "r"), let o = fopen(outputPath, "w") else {
                throw TerminalError("cannot open \(inputPath) and \(outputPath) as a terminal")
            }
            input = i
            output = o
            termName = term
        }
        let type = termName ?? environment["TERM"] ?? "xterm"
        guard let created = newterm(type, output!, input!) else {
            Self.closeFiles(input, output)
            throw TerminalError("the terminal type “\(type)” is unknown to curses; set TERM to one it knows, such as xterm-256color")
        }
        screen = created
        _ = set_term(created)
        cbreak()
        noecho()
        nonl()
        intrflush(hd_stdscr(), false)
        keypad(hd_stdscr(), true)
        Self.disableFlowControl(input)
        set_escdelay(25)
        curs_set(0)
        var hasDefaultColors = false
        if has_colors() {
            start_color()
            hasDefaultColors = use_default_colors() == hd_ok()
        }
        colorSupport = ColorSupport.detect(environment: environment, terminalHasColors: has_colors(), colorCount: Int(hd_colors()))
        theme = requested.adapted(to: colorSupport)
        palette = CursesPalette(theme: theme, support: colorSupport, defaultColors: hasDefaultColors)
        palette.install()
        mousemask(hd_console_mouse_events(), nil)
        mouseinterval(0)
        buffer = CellGrid(size: TerminalSize(rows: Int(hd_lines()), cols: Int(hd_cols())))
        extendedKeys = Key.extendedCursesKeys()
        TerminalSignals.install()
    }

    deinit { close() }

    /// Gives the terminal back as it was: cursor, echo, line mode, signals. Safe to call twice.
    public func close() {
        guard !isClosed else { return }
        isClosed = true
        curs_set(1)
        endwin()
        TerminalSignals.restore()
        if let screen { delscreen(screen) }
        screen = nil
        Self.closeFiles(input, output)
        input = nil
        output = nil
    }

    public var size: TerminalSize { buffer.size }

    public func clear(style: Style) {
        buffer.clear(style: style)
        cursor = nil
    }

    public func showCursor(at position: CursorPosition?) { cursor = position }

    @discardableResult
    public func put(_ text: String, y: Int, x: Int, style: Style, maxColumns: Int?) -> Int {
        buffer.put(text, y: y, x: x, style: style, maxColumns: maxColumns)
    }

    public func put(_ cell: Cell, y: Int, x: Int) { buffer.put(cell, y: y, x: x) }

    public func fill(y: Int, x: Int, width: Int, style: Style) { buffer.fill(y: y, x: x, width: width, style: style) }

    public func refresh() {
        guard !isClosed else { return }
        let window = hd_stdscr()
        let full = presented?.size != buffer.size
        for y in 0..<buffer.size.rows where full || !rowEqual(y) {
            drawRow(y, in: window)
        }
        placeCursor(in: window)
        wnoutrefresh(window)
        doupdate()
        presented = buffer
    }

    public func invalidate() {
        guard !isClosed else { return }
        presented = nil
        clearok(hd_stdscr(), true)
    }

    public func readKey(timeoutMilliseconds: Int) -> Key? {
        guard !isClosed else { return nil }
        let window = hd_stdscr()
        wtimeout(window, Int32(timeoutMilliseconds))
        var code: wint_t = 0
        let status = wget_wch(window, &code)
        if status == hd_key_code_yes() {
            let keyCode = Int32(bitPattern: code)
            if keyCode == KEY_MOUSE { return readMouse() }
            if let key = extendedKeys[keyCode] { return key }
            if keyCode == KEY_RESIZE {
                buffer.resize(to: TerminalSize(rows: Int(hd_lines()), cols: Int(hd_cols())))
                presented = nil
            }
            return Key.fromCursesKeyCode(keyCode)
        }
        guard status == hd_ok() else { return nil }
        if code == 27 { return readAlt(in: window) }
        return Key.fromCharacterCode(UInt32(code))
    }

    /// Esc followed at once by a character is Alt with that character: curses has already
    /// waited the Esc delay, so anything queued behind the Esc came from the same key press.
    private func readAlt(in window: UnsafeMutablePointer<WINDOW>?) -> Key {
        wtimeout(window, 0)
        var next: wint_t = 0
        let status = wget_wch(window, &next)
        if status == hd_ok(), case let .char(character)? = Key.fromCharacterCode(UInt32(next)) {
            return .alt(character)
        }
        // Not Alt: put back what was read (a function key, Enter, another Esc) for the next read.
        if status == hd_key_code_yes() {
            ungetch(Int32(bitPattern: next))
        } else if status == hd_ok() {
            unget_wch(wchar_t(bitPattern: next))
        }
        return .escape
    }

    /// Shows the cursor where the frame asked for it, or hides it; curses shows it at the
    /// window's position after the update, so this comes after all drawing.
    private func placeCursor(in window: UnsafeMutablePointer<WINDOW>?) {
        if let cursor, cursor.y >= 0, cursor.y < buffer.size.rows, cursor.x >= 0, cursor.x < buffer.size.cols {
            wmove(window, Int32(cursor.y), Int32(cursor.x))
            if !isCursorVisible { curs_set(1) }
            isCursorVisible = true
        } else if isCursorVisible {
            curs_set(0)
            isCursorVisible = false
        }
    }

    public func pendingSignal() -> Int32? { TerminalSignals.take() }

    /// A row as curses holds it, read back with `mvwinnwstr` (for tests of the real path).
    func cursesRow(_ y: Int) -> String {
        var chars = [wchar_t](repeating: 0, count: buffer.size.cols * 2 + 1)
        let count = hd_read_row(hd_stdscr(), Int32(y), &chars, Int32(chars.count - 1))
        guard count > 0 else { return "" }
        let scalars = chars.prefix(Int(count)).compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
        var text = String(String.UnicodeScalarView(scalars))
        while text.last == " " { text.removeLast() }
        return text
    }

    private func rowEqual(_ y: Int) -> Bool {
        guard let presented else { return false }
        for x in 0..<buffer.size.cols where buffer.cell(y: y, x: x) != presented.cell(y: y, x: x) { return false }
        return true
    }

    private func drawRow(_ y: Int, in window: UnsafeMutablePointer<WINDOW>?) {
        var x = 0
        while x < buffer.size.cols {
            guard let cell = buffer.cell(y: y, x: x) else { break }
            if cell.isContinuation {
                x += 1
                continue
            }
            let (attributes, pair) = palette.attributes(for: cell.style)
            var wide = Array(cell.character.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) })
            wide.append(0)
            _ = hd_put_cell(window, Int32(y), Int32(x), wide, attributes, pair)
            // Where libc's table is narrower than ours (🖨️), blank the second cell ourselves.
            if cell.width == 2, hd_wcwidth(wide[0]) < 2, x + 1 < buffer.size.cols {
                _ = hd_put_cell(window, Int32(y), Int32(x + 1), [32, 0], attributes, pair)
            }
            x += max(1, cell.width)
        }
    }

    private func readMouse() -> Key? {
        var event = MEVENT()
        guard getmouse(&event) == hd_ok() else { return nil }
        if hd_mouse_is_wheel_up(event.bstate) != 0 { return .wheelUp }
        if hd_mouse_is_wheel_down(event.bstate) != 0 { return .wheelDown }
        if hd_mouse_is_click(event.bstate) != 0 { return .mouse(y: Int(event.y), x: Int(event.x)) }
        return nil
    }

    /// Ctrl-S and Ctrl-Q are XON/XOFF flow control under cbreak: Ctrl-S would freeze the screen
    /// instead of saving. IXON goes off for the console only; curses records it as the program
    /// mode, and `endwin` brings back the shell's own settings.
    private static func disableFlowControl(_ file: UnsafeMutablePointer<FILE>?) {
        guard let file else { return }
        let descriptor = fileno(file)
        var settings = termios()
        guard isatty(descriptor) == 1, tcgetattr(descriptor, &settings) == 0 else { return }
        settings.c_iflag &= ~tcflag_t(IXON)
        guard tcsetattr(descriptor, TCSANOW, &settings) == 0 else { return }
        def_prog_mode()
    }

    /// Curses draws wide characters only under a UTF-8 locale; fall back to C.UTF-8 when the
    /// user's locale is not one, rather than showing Chinese as question marks.
    private static func useUTF8Locale() throws {
        setlocale(LC_ALL, "")
        if hd_utf8_locale() != 0 { return }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
            if hd_utf8_locale() != 0 { return }
        }
        throw TerminalError("no UTF-8 locale is available; set LANG to a UTF-8 locale such as C.UTF-8")
    }

    private static func closeFiles(_ input: UnsafeMutablePointer<FILE>?, _ output: UnsafeMutablePointer<FILE>?) {
        if let input { fclose(input) }
        if let output, output != input { fclose(output) }
    }
}
