import HelpdeskCore

/// The text being edited, as lines of characters, with a cursor; shared by `TextField` and `TextEditor`.
///
/// One `Character` is one grapheme cluster, so 打, é and 👩‍💻 are stepped over and deleted whole.
/// Lines are separate arrays so that typing (and a long paste, which arrives key by key) costs
/// only the current line, never the whole text. Everything that goes in passes one gate:
/// line breaks stay only where `allowsLineBreaks`, a tab becomes spaces, and control characters
/// (escape sequences, bidi overrides) are dropped, so the text never holds anything raw.
public struct TextBuffer: Sendable, Equatable {
    public private(set) var lines: [[Character]] = [[]]
    public private(set) var cursor = TextPosition.start
    /// Characters held, each line break counting one.
    public private(set) var count = 0
    /// Grows with every change to the text (not with cursor moves): hosts compare it to notice edits.
    public private(set) var revision = 0
    /// What the last Ctrl-K, Ctrl-U or Ctrl-W took out, for Ctrl-Y.
    public internal(set) var killed = ""
    /// False for one-line input: a pasted line break becomes a space.
    public let allowsLineBreaks: Bool
    /// Spaces per tab stop; 0 makes a tab one space.
    public let tabWidth: Int
    /// Most characters the text may grow to; nil for no limit.
    public let limit: Int?

    /// A buffer holding `text` (cleaned as typed text is), the cursor at its end.
    /// Text already past `limit` is kept whole: the limit only refuses growth.
    public init(_ text: String = "", allowsLineBreaks: Bool = true, tabWidth: Int = 4, limit: Int? = nil) {
        self.allowsLineBreaks = allowsLineBreaks
        self.tabWidth = tabWidth
        self.limit = limit
        for character in text { _ = insertCleaned(character, enforcingLimit: false, joining: false) }
        revision = 0
    }

    /// The whole text, lines joined with "\n".
    public var text: String {
        lines.map { String($0) }.joined(separator: "\n")
    }

    /// True when the text is empty or only whitespace.
    public var isBlank: Bool {
        lines.allSatisfy { line in line.allSatisfy(\.isWhitespace) }
    }

    /// Characters that may still go in; nil without a limit.
    public var remaining: Int? { limit.map { max(0, $0 - count) } }

    // MARK: Cursor

    /// Puts the cursor at `position`, clamped into the text.
    public mutating func moveCursor(to position: TextPosition) {
        let line = min(max(0, position.line), lines.count - 1)
        cursor = TextPosition(line: line, index: min(max(0, position.index), lines[line].count))
    }

    /// One character left, to the end of the previous line from a line's start.
    public mutating func moveLeft() { cursor = position(before: cursor) ?? cursor }

    /// One character right, to the start of the next line from a line's end.
    public mutating func moveRight() { cursor = position(after: cursor) ?? cursor }

    /// Home, Ctrl-A: to the start of the cursor's line.
    public mutating func moveToLineStart() { cursor.index = 0 }

    /// End, Ctrl-E: to the end of the cursor's line.
    public mutating func moveToLineEnd() { cursor.index = lines[cursor.line].count }

    /// To the end of the whole text.
    public mutating func moveToEnd() { cursor = endPosition }

    /// The position after the last character.
    public var endPosition: TextPosition { TextPosition(line: lines.count - 1, index: lines[lines.count - 1].count) }

    /// The position one character (or one line break) before `p`; nil at the start.
    func position(before p: TextPosition) -> TextPosition? {
        if p.index > 0 { return TextPosition(line: p.line, index: p.index - 1) }
        guard p.line > 0 else { return nil }
        return TextPosition(line: p.line - 1, index: lines[p.line - 1].count)
    }

    /// The position one character (or one line break) after `p`; nil at the end.
    func position(after p: TextPosition) -> TextPosition? {
        if p.index < lines[p.line].count { return TextPosition(line: p.line, index: p.index + 1) }
        guard p.line + 1 < lines.count else { return nil }
        return TextPosition(line: p.line + 1, index: 0)
    }

    /// The character just before `p`, a line break as "\n"; nil at the start.
    func character(before p: TextPosition) -> Character? {
        if p.index > 0 { return lines[p.line][p.index - 1] }
        return p.line > 0 ? "\n" : nil
    }

    /// The character just after `p`, a line break as "\n"; nil at the end.
    func character(after p: TextPosition) -> Character? {
        if p.index < lines[p.line].count { return lines[p.line][p.index] }
        return p.line + 1 < lines.count ? "\n" : nil
    }

    // MARK: Editing

    /// Types one character at the cursor; false when the limit refused it.
    /// A character that only completes the previous one (a combining accent, the rest of an
    /// emoji sequence, which `get_wch` delivers one code point at a time) joins it.
    @discardableResult
    public mutating func insert(_ character: Character) -> Bool {
        insertCleaned(character, enforcingLimit: true, joining: true)
    }

    /// Types `text` at the cursor; returns how many characters the limit refused.
    @discardableResult
    public mutating func insert(_ text: String) -> Int {
        var refused = 0
        for character in text where !insert(character) { refused += 1 }
        return refused
    }

    /// Deletes the character (or line break) before the cursor; false at the start.
    @discardableResult
    public mutating func deleteBackward() -> Bool {
        guard let from = position(before: cursor) else { return false }
        delete(from: from, to: cursor)
        return true
    }

    /// Deletes the character (or line break) after the cursor; false at the end.
    @discardableResult
    public mutating func deleteForward() -> Bool {
        guard let to = position(after: cursor) else { return false }
        delete(from: cursor, to: to)
        return true
    }

    /// Removes the text between two positions (in either order), leaves the cursor where it
    /// began, and returns what was removed.
    @discardableResult
    public mutating func delete(from a: TextPosition, to b: TextPosition) -> String {
        let start = min(a, b)
        let end = max(a, b)
        guard start < end else { return "" }
        let removed: String
        if start.line == end.line {
            removed = String(lines[start.line][start.index..<end.index])
            lines[start.line].removeSubrange(start.index..<end.index)
            count -= end.index - start.index
        } else {
            var parts = [String(lines[start.line][start.index...])]
            parts += lines[(start.line + 1)..<end.line].map { String($0) }
            parts.append(String(lines[end.line][..<end.index]))
            removed = parts.joined(separator: "\n")
            // Counted in stored characters (and one per line break), which is what `count` holds.
            count -= lines[start.line].count - start.index + end.index + (end.line - start.line)
            count -= lines[(start.line + 1)..<end.line].reduce(0) { $0 + $1.count }
            let tail = lines[end.line][end.index...]
            lines[start.line].removeSubrange(start.index...)
            lines[start.line].append(contentsOf: tail)
            lines.removeSubrange((start.line + 1)...end.line)
        }
        cursor = start
        revision += 1
        return removed
    }

    /// `joining` is off for text that is already whole characters (a String's own), which
    /// saves building a two-character string for every character of a long body.
    private mutating func insertCleaned(_ character: Character, enforcingLimit: Bool, joining: Bool) -> Bool {
        if character.isNewline {
            return allowsLineBreaks ? breakLine(enforcingLimit) : insertCleaned(" ", enforcingLimit: enforcingLimit, joining: false)
        }
        if character == "\t" {
            let stop = tabWidth > 0 ? tabWidth - column(of: cursor) % tabWidth : 1
            if enforcingLimit, let limit, count + stop > limit { return false }
            for _ in 0..<stop { _ = insertCleaned(" ", enforcingLimit: false, joining: false) }
            return true
        }
        // Escape sequences and bidi overrides are dropped, not shown as stand-ins: they were never meant as text.
        guard SafeText.isPlain(String(character)) else { return true }
        let line = cursor.line
        if joining, cursor.index > 0 {
            let joined = String(lines[line][cursor.index - 1]) + String(character)
            if joined.count == 1 {
                lines[line][cursor.index - 1] = Character(joined)
                revision += 1
                return true
            }
        }
        if enforcingLimit, let limit, count >= limit { return false }
        lines[line].insert(character, at: cursor.index)
        cursor.index += 1
        count += 1
        revision += 1
        return true
    }

    private mutating func breakLine(_ enforcingLimit: Bool) -> Bool {
        if enforcingLimit, let limit, count >= limit { return false }
        let tail = Array(lines[cursor.line][cursor.index...])
        lines[cursor.line].removeSubrange(cursor.index...)
        lines.insert(tail, at: cursor.line + 1)
        cursor = TextPosition(line: cursor.line + 1, index: 0)
        count += 1
        revision += 1
        return true
    }

    /// The display column of `p` within its line.
    public func column(of p: TextPosition) -> Int {
        var total = 0
        for character in lines[p.line][..<p.index] { total += DisplayWidth.width(of: character) }
        return total
    }
}
