/// Word motions and the kill commands.
///
/// Chinese has no spaces and no dictionary is at hand, so a run of Han characters (with kana)
/// counts as one word: a jump stops where the run meets punctuation (，。), a space or Latin
/// text. Per-character jumps would only repeat Left/Right; runs land on clause boundaries,
/// which is where a writer of Chinese wants to go. Latin words are letters, digits and "_".
/// Like Emacs, a jump first skips spaces and punctuation, then one word; line breaks count as spaces.
extension TextBuffer {
    /// The kind of character a word jump looks at.
    public enum WordClass: Sendable, Equatable {
        case space, punctuation, word, han
    }

    /// The class of one character.
    public static func wordClass(of character: Character) -> WordClass {
        if character.isWhitespace { return .space }
        if let first = character.unicodeScalars.first, isHan(first) { return .han }
        if character.isLetter || character.isNumber || character == "_" { return .word }
        return .punctuation
    }

    /// Ideographs (with extensions and compatibility forms), 〇 and kana.
    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3007, 0x3040...0x30FF, 0x31F0...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xF900...0xFAFF, 0x20000...0x3FFFF:
            return true
        default:
            return false
        }
    }

    /// Where a jump left from `p` lands: the start of the word before it.
    public func wordStart(before p: TextPosition) -> TextPosition {
        var position = p
        var run: WordClass?
        while let character = character(before: position) {
            let kind = Self.wordClass(of: character)
            if let run {
                if kind != run { break }
            } else if kind == .word || kind == .han {
                run = kind
            }
            position = self.position(before: position) ?? position
        }
        return position
    }

    /// Where a jump right from `p` lands: the end of the word after it.
    public func wordEnd(after p: TextPosition) -> TextPosition {
        var position = p
        var run: WordClass?
        while let character = character(after: position) {
            let kind = Self.wordClass(of: character)
            if let run {
                if kind != run { break }
            } else if kind == .word || kind == .han {
                run = kind
            }
            position = self.position(after: position) ?? position
        }
        return position
    }

    /// Ctrl-Left, Alt-b: to the start of the word before the cursor.
    public mutating func moveWordLeft() { moveCursor(to: wordStart(before: cursor)) }

    /// Ctrl-Right, Alt-f: to the end of the word after the cursor.
    public mutating func moveWordRight() { moveCursor(to: wordEnd(after: cursor)) }

    /// Ctrl-W: deletes back to the start of the word before the cursor; false when nothing was there.
    @discardableResult
    public mutating func deleteWordBackward() -> Bool {
        kill(from: wordStart(before: cursor), to: cursor)
    }

    /// Alt-d: deletes to the end of the word after the cursor.
    @discardableResult
    public mutating func deleteWordForward() -> Bool {
        kill(from: cursor, to: wordEnd(after: cursor))
    }

    /// Ctrl-K: deletes to the end of the line; at the end of a line, joins the next one.
    @discardableResult
    public mutating func killToLineEnd() -> Bool {
        let end = TextPosition(line: cursor.line, index: lines[cursor.line].count)
        if end == cursor, let next = position(after: cursor) { return kill(from: cursor, to: next) }
        return kill(from: cursor, to: end)
    }

    /// Ctrl-U: deletes from the start of the line to the cursor.
    @discardableResult
    public mutating func killToLineStart() -> Bool {
        kill(from: TextPosition(line: cursor.line, index: 0), to: cursor)
    }

    /// Ctrl-Y: types what the last kill took out; returns how many characters the limit refused.
    @discardableResult
    public mutating func yank() -> Int {
        insert(killed)
    }

    private mutating func kill(from start: TextPosition, to end: TextPosition) -> Bool {
        guard start != end else { return false }
        killed = delete(from: start, to: end)
        return true
    }
}
