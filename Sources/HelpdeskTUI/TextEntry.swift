import HelpdeskCore

/// What `TextField` and `TextEditor` share: the buffer, the keys that edit it, the discard
/// question and the messages about limits and empty text.
struct TextEntry: Sendable, Equatable {
    var buffer: TextBuffer
    /// The text as it was when editing began (cleaned); Esc asks only when the text differs.
    let original: String
    /// How messages name the text: "The comment", "The reason".
    var name: String
    var allowsEmpty: Bool
    var confirmsDiscard: Bool
    private(set) var isConfirmingDiscard = false
    private(set) var message: String?
    /// Characters the limit has refused since the last accepted key, for one message per paste.
    private var refused = 0

    init(buffer: TextBuffer, name: String, allowsEmpty: Bool, confirmsDiscard: Bool) {
        self.buffer = buffer
        original = buffer.text
        self.name = name
        self.allowsEmpty = allowsEmpty
        self.confirmsDiscard = confirmsDiscard
    }

    /// Short enough for a narrow dialog; "n", like any key but "y", goes back to editing.
    static var discardQuestion: String { tr("Discard typed text? y/n") }

    var hasChanges: Bool { buffer.revision > 0 && buffer.text != original }

    /// Applies a key both widgets treat alike; false when the key is not one of those.
    mutating func edit(_ key: Key) -> Bool {
        switch key {
        case let .char(character): insert(buffer.insert(character) ? 0 : 1)
        case .tab: insert(buffer.insert("\t") ? 0 : 1)
        case .ctrl("y"): insert(buffer.yank())
        default:
            guard applyNonInserting(key) else { return false }
            clearMessage()
        }
        return true
    }

    /// Esc: cancels at once when nothing changed, otherwise asks first.
    mutating func escape() -> WidgetOutcome {
        clearMessage()
        guard confirmsDiscard, hasChanges else { return .cancelled }
        isConfirmingDiscard = true
        return .confirmingDiscard
    }

    /// The answer to the discard question: "y" (or 是) discards; any other key goes back to editing.
    mutating func answerDiscard(_ key: Key) -> WidgetOutcome {
        // A resize is the window, not the user answering.
        if key == .resize { return .confirmingDiscard }
        isConfirmingDiscard = false
        return [.char("y"), .char("Y"), .char("是")].contains(key) ? .cancelled : .editing
    }

    /// The save key: the text as typed, unless it is blank and must not be.
    mutating func submit() -> WidgetOutcome {
        clearMessage()
        if !allowsEmpty, buffer.isBlank {
            message = tr("%@ is empty: type some text, or press Esc to cancel.", name)
            return .editing
        }
        return .submitted(buffer.text)
    }

    mutating func clearMessage() {
        message = nil
        refused = 0
    }

    /// After an insert: a message while the limit refuses characters, counting a whole paste.
    private mutating func insert(_ refusedNow: Int) {
        guard refusedNow > 0, let limit = buffer.limit else {
            clearMessage()
            return
        }
        refused += refusedNow
        message = refused == 1 ? tr("%@ holds at most %@ characters; 1 more character was not added.", name, limit)
            : tr("%@ holds at most %@ characters; %@ more characters were not added.", name, limit, refused)

    }

    private mutating func applyNonInserting(_ key: Key) -> Bool {
        switch key {
        case .left: buffer.moveLeft()
        case .right: buffer.moveRight()
        case .ctrlLeft, .alt("b"): buffer.moveWordLeft()
        case .ctrlRight, .alt("f"): buffer.moveWordRight()
        case .home, .ctrl("a"): buffer.moveToLineStart()
        case .end, .ctrl("e"): buffer.moveToLineEnd()
        case .backspace: buffer.deleteBackward()
        case .delete, .ctrl("d"): buffer.deleteForward()
        case .ctrl("w"): buffer.deleteWordBackward()
        case .alt("d"): buffer.deleteWordForward()
        case .ctrl("k"): buffer.killToLineEnd()
        case .ctrl("u"): buffer.killToLineStart()
        default: return false
        }
        return true
    }
}
