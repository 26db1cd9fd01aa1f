import HelpdeskCore

/// One line of text entry: a reason, a title, a search. Enter submits, Esc cancels (asking
/// first when text was typed), and the line scrolls sideways so the cursor stays in view.
///
/// A value type: keep it in the console state, send it keys with `handle`, draw it with `render`
/// and place the terminal cursor where `render` says. Mutate it in place (`state.field.handle(k)`)
/// so a long paste, which arrives key by key, never copies the text.
public struct TextField: Sendable, Equatable {
    private var entry: TextEntry
    /// Columns the field has on screen, prompt included. Set it when the layout changes, so
    /// the sideways scroll that follows the cursor is kept between frames.
    public var width: Int { didSet { scrollStart = Self.scrollStart(for: entry.buffer, from: scrollStart, columns: textColumns) } }
    /// Shown before the text ("Reason: ").
    public var prompt: String
    /// Shown, muted, while the field is empty.
    public var placeholder: String
    /// Shown, muted, on the row below when there is room and nothing more urgent to say.
    public var hint: String?
    /// Index of the first character shown.
    public private(set) var scrollStart = 0

    /// Hints for a dialog footer.
    public static var keyHints: String { tr("Enter submit · Esc cancel") }


    /// A field holding `text`, the cursor at its end.
    /// - Parameters:
    ///   - name: how messages name the text ("The reason holds at most 200 characters; …").
    ///   - limit: most characters the text may grow to; typing and pasting past it are refused with a message.
    ///   - allowsEmpty: false makes Enter on blank text say so instead of submitting.
    ///   - confirmsDiscard: false makes Esc cancel at once even after typing (search boxes).
    public init(text: String = "", width: Int, prompt: String = "", placeholder: String = "", hint: String? = nil,
                name: String = tr("The text"), limit: Int? = nil, allowsEmpty: Bool = true, confirmsDiscard: Bool = true) {
        let buffer = TextBuffer(text, allowsLineBreaks: false, tabWidth: 0, limit: limit)
        entry = TextEntry(buffer: buffer, name: name, allowsEmpty: allowsEmpty, confirmsDiscard: confirmsDiscard)
        self.width = width
        self.prompt = prompt
        self.placeholder = placeholder
        self.hint = hint
        scrollStart = Self.scrollStart(for: buffer, from: 0, columns: textColumns)
    }

    /// The text as typed (control characters dropped, tabs and line breaks as spaces).
    public var text: String { entry.buffer.text }
    /// The text and cursor, for hosts that look closer (`revision` tells of edits cheaply).
    public var buffer: TextBuffer { entry.buffer }
    /// The message on show: a limit reached, empty text refused; nil when none.
    public var message: String? { entry.message }
    /// True while the field asks whether to discard typed text.
    public var isConfirmingDiscard: Bool { entry.isConfirmingDiscard }
    /// True when the text differs from what the field started with.
    public var hasChanges: Bool { entry.hasChanges }

    /// Applies one key. Keys the field does not use (Up, Down, F-keys) leave it unchanged.
    public mutating func handle(_ key: Key) -> WidgetOutcome {
        if entry.isConfirmingDiscard { return entry.answerDiscard(key) }
        var outcome = WidgetOutcome.editing
        switch key {
        case .enter: outcome = entry.submit()
        case .escape: outcome = entry.escape()
        default: _ = entry.edit(key)
        }
        scrollStart = Self.scrollStart(for: entry.buffer, from: scrollStart, columns: textColumns)
        return outcome
    }

    private var textColumns: Int { max(1, width - prompt.displayWidth) }

    /// The first character to show so the cursor fits in `columns`, moving as little as possible
    /// from `previous`, and pulling back when text after it no longer fills the field.
    static func scrollStart(for buffer: TextBuffer, from previous: Int, columns: Int) -> Int {
        let line = buffer.lines[0]
        let cursor = buffer.cursor.index
        var start = min(previous, cursor)
        // The cursor needs a cell of its own after the text before it.
        var used = 0
        for i in start..<cursor { used += DisplayWidth.width(of: line[i]) }
        while used > columns - 1, start < cursor {
            used -= DisplayWidth.width(of: line[start])
            start += 1
        }
        guard start > 0 else { return 0 }
        var tail = 1
        for i in start..<line.count {
            tail += DisplayWidth.width(of: line[i])
            if tail > columns { return start }
        }
        while start > 0, tail + DisplayWidth.width(of: line[start - 1]) <= columns {
            start -= 1
            tail += DisplayWidth.width(of: line[start])
        }
        return start
    }

    /// Draws the field in `rect` and returns where the terminal cursor belongs (nil while asking
    /// about discarding). The first row holds prompt and text; a second row, if there is one,
    /// holds the discard question, a message or the hint. With one row, those replace the text.
    public func render(on terminal: any Terminal, in rect: Rect) -> CursorPosition? {
        guard rect.width > 0, rect.height > 0 else { return nil }
        let x = rect.x + terminal.put(SafeText.sanitize(prompt), y: rect.y, x: rect.x, style: Style(.notice, .bold), maxColumns: rect.width)
        let columns = rect.maxX - x
        if rect.height == 1, let status = statusLine(includingHint: false) {
            terminal.put(status.text, y: rect.y, x: x, style: status.style, maxColumns: columns)
            return nil
        }
        if rect.height > 1, let status = statusLine(includingHint: true) {
            terminal.put(status.text, y: rect.y + 1, x: rect.x, style: status.style, maxColumns: rect.width)
        }
        let line = entry.buffer.lines[0]
        guard columns > 0 else { return nil }
        if line.isEmpty {
            terminal.put(SafeText.sanitize(placeholder), y: rect.y, x: x, style: Style(.muted), maxColumns: columns)
        }
        // Drawn with the rect's width, which may differ from `width` until the host updates it.
        let start = Self.scrollStart(for: entry.buffer, from: scrollStart, columns: columns)
        var end = start
        var used = 0
        while end < line.count, used < columns {
            used += DisplayWidth.width(of: line[end])
            end += 1
        }
        terminal.put(String(line[start..<end]), y: rect.y, x: x, style: .normal, maxColumns: columns)
        if isConfirmingDiscard { return nil }
        let cursor = SoftWrap.column(of: entry.buffer.cursor.index, in: line, row: start..<line.count)
        return CursorPosition(y: rect.y, x: min(x + cursor, rect.maxX - 1))
    }

    private func statusLine(includingHint: Bool) -> (text: String, style: Style)? {
        if entry.isConfirmingDiscard { return (TextEntry.discardQuestion, Style(.notice, .bold)) }
        if let message = entry.message { return (message, Style(.error)) }
        guard includingHint else { return nil }
        return hint.map { (SafeText.sanitize($0), Style(.muted)) }
    }
}
