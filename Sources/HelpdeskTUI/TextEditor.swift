import HelpdeskCore

/// Multi-line text entry inside the console: comments, descriptions, handover notes.
///
/// Enter starts a new line; Ctrl-S saves (F2 too, for terminals that keep Ctrl-S for
/// themselves); Esc cancels, asking first when text was typed. Lines soft-wrap at the
/// editor's width by display cells, Up/Down keep the cursor's display column across wide
/// characters, and the view scrolls to keep the cursor in sight. The last row of the
/// viewport is a status row: the discard question, a message, or the cursor's line and column.
///
/// A value type like `TextField`: keep it in the console state, mutate it in place with
/// `handle`, set `viewport` when the layout changes, and draw it with `render`.
public struct TextEditor: Sendable, Equatable {
    var entry: TextEntry
    /// The editor's size on screen, status row included. Set it when the layout changes: it is
    /// the wrap width and page height that keys and scrolling work with between frames.
    public var viewport: TerminalSize {
        didSet {
            updateWrapMemo(before: entry.buffer.cursor, lineCount: entry.buffer.lines.count, revision: entry.buffer.revision)
            scrollToCursor()
        }
    }
    /// Shown, muted, while the text is empty.
    public var placeholder: String
    /// The first screen row shown.
    var top = VisualRow(line: 0, row: 0)
    /// The display column Up and Down aim for, kept over short lines until another key moves the cursor.
    var goalColumn: Int?
    var memo = WrapMemo()

    /// Hints for a dialog footer.
    public static var keyHints: String { tr("Ctrl-S/F2 save · Esc cancel") }

    /// Spaces per tab stop when a tab is typed or pasted.
    public static let tabWidth = 4

    /// An editor holding `text`, the cursor at its end.
    /// - Parameters:
    ///   - name: how messages name the text ("The comment is empty: …").
    ///   - limit: most characters the text may grow to (line breaks count one); typing and
    ///     pasting past it are refused with a message. Text already longer is kept.
    ///   - allowsEmpty: false makes the save key on blank text say so instead of submitting.
    ///   - confirmsDiscard: false makes Esc cancel at once even after typing.
    public init(text: String = "", viewport: TerminalSize, placeholder: String = "", name: String = tr("The text"),
                limit: Int? = nil, allowsEmpty: Bool = false, confirmsDiscard: Bool = true) {
        let buffer = TextBuffer(text, allowsLineBreaks: true, tabWidth: Self.tabWidth, limit: limit)
        entry = TextEntry(buffer: buffer, name: name, allowsEmpty: allowsEmpty, confirmsDiscard: confirmsDiscard)
        self.viewport = viewport
        self.placeholder = placeholder
        updateWrapMemo(before: buffer.cursor, lineCount: buffer.lines.count, revision: buffer.revision)
        scrollToCursor()
    }

    /// The text as typed, lines joined with "\n" (control characters dropped, tabs as spaces).
    public var text: String { entry.buffer.text }
    /// The text and cursor, for hosts that look closer (`revision` tells of edits cheaply).
    public var buffer: TextBuffer { entry.buffer }
    /// The message on show: a limit reached, empty text refused; nil when none.
    public var message: String? { entry.message }
    /// True while the editor asks whether to discard typed text.
    public var isConfirmingDiscard: Bool { entry.isConfirmingDiscard }
    /// True when the text differs from what the editor started with.
    public var hasChanges: Bool { entry.hasChanges }

    /// Applies one key. Keys the editor does not use (F-keys other than F2, clicks) change nothing.
    public mutating func handle(_ key: Key) -> WidgetOutcome {
        if entry.isConfirmingDiscard { return entry.answerDiscard(key) }
        let before = (cursor: entry.buffer.cursor, lineCount: entry.buffer.lines.count, revision: entry.buffer.revision)
        var outcome = WidgetOutcome.editing
        var keepsGoal = false
        switch key {
        case .escape: outcome = entry.escape()
        case .ctrl("s"), .function(2): outcome = entry.submit()
        case .enter: _ = entry.edit(.char("\n"))
        case .up, .down:
            entry.clearMessage()
            moveVertically(by: key == .up ? -1 : 1)
            keepsGoal = true
        case .pageUp, .pageDown:
            entry.clearMessage()
            page(down: key == .pageDown)
            keepsGoal = true
        default: _ = entry.edit(key)
        }
        if !keepsGoal { goalColumn = nil }
        updateWrapMemo(before: before.cursor, lineCount: before.lineCount, revision: before.revision)
        scrollToCursor()
        return outcome
    }
}
