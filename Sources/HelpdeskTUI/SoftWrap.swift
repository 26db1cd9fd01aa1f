import HelpdeskCore

/// Splits one line of text into screen rows of at most `width` display columns.
///
/// A row prefers to end after a space, after a wide character or before a Han one, so English
/// words move down whole and Chinese breaks between characters; a wide character is never cut.
/// Closing punctuation (，。) does not start a row when another break is possible; a space that
/// does not fit hangs at the end of its row (unseen). A line whose last row is full gets an empty
/// row after it, where the cursor at its end is shown.
enum SoftWrap {
    /// A wrapped line: its rows as ranges of character indices (an empty line is one empty row),
    /// and the display column, counted from the line's start, at which each row begins.
    struct Line: Sendable, Equatable {
        var rows: [Range<Int>] = []
        var columns: [Int] = []
    }

    static func rows(of line: [Character], width: Int) -> [Range<Int>] {
        wrap(line, width: width).rows
    }

    static func wrap(_ line: [Character], width: Int) -> Line {
        // No character is wider than two columns: a short line is one row without looking at it.
        if line.count * 2 < width { return Line(rows: [0..<line.count], columns: [0]) }
        var wrapped = Line()
        continueWrapping(&wrapped, line, width: width, from: 0, column: 0)
        return wrapped
    }

    /// `old` brought up to date after an edit of `line` at or after `index`, re-wrapping only
    /// from the first row that could have read the edited text: a row reads characters that
    /// start at most `width` columns after its own start, so rows that begin more than `width`
    /// columns before the edited row stay as they were. Typing at the end of a long line costs
    /// a row or two, not the whole line.
    static func rewrap(_ old: Line, _ line: [Character], width: Int, editedAt index: Int) -> Line {
        guard let edited = old.rows.lastIndex(where: { $0.lowerBound <= index }) else { return wrap(line, width: width) }
        let firstChanged = old.columns.firstIndex { $0 + width >= old.columns[edited] } ?? edited
        var wrapped = Line(rows: Array(old.rows[..<firstChanged]), columns: Array(old.columns[..<firstChanged]))
        continueWrapping(&wrapped, line, width: width, from: old.rows[firstChanged].lowerBound, column: old.columns[firstChanged])
        return wrapped
    }

    /// Columns from the start of `row` to `index`.
    static func column(of index: Int, in line: [Character], row: Range<Int>) -> Int {
        var total = 0
        for i in row.lowerBound..<min(index, row.upperBound) { total += DisplayWidth.width(of: line[i]) }
        return total
    }

    /// The index in `row` shown at `column`: the character covering that column, or the row's
    /// end. On a row that continues below, the end is its last character, so the cursor stays on the row.
    static func index(atColumn column: Int, in line: [Character], row: Range<Int>, isLastRow: Bool) -> Int {
        var used = 0
        for i in row {
            let columns = DisplayWidth.width(of: line[i])
            if used + columns > column { return i }
            used += columns
        }
        return isLastRow || row.isEmpty ? row.upperBound : row.upperBound - 1
    }

    private static func continueWrapping(_ wrapped: inout Line, _ line: [Character], width: Int, from first: Int, column: Int) {
        guard width > 0, !line.isEmpty else {
            wrapped = Line(rows: [0..<0], columns: [0])
            return
        }
        var start = first
        var startColumn = column
        var index = first
        var used = 0
        var lastBreak: Int?
        var lastBreakUsed = 0
        var previous = Traits.none
        while index < line.count {
            let current = Traits(line[index])
            if used + current.width > width, index > start {
                let end: Int
                var endUsed = used
                if current.isSpace {
                    // One space may hang past the edge rather than start the next row.
                    end = index + 1
                    endUsed += current.width
                } else if mayBreak(after: previous, before: current) {
                    end = index
                } else if let lastBreak, lastBreak > start {
                    end = lastBreak
                    endUsed = lastBreakUsed
                } else {
                    end = index
                }
                wrapped.rows.append(start..<end)
                wrapped.columns.append(startColumn)
                startColumn += endUsed
                start = end
                index = end
                used = 0
                lastBreak = nil
                previous = .none
                continue
            }
            if index > start, mayBreak(after: previous, before: current) {
                lastBreak = index
                lastBreakUsed = used
            }
            used += current.width
            previous = current
            index += 1
        }
        wrapped.rows.append(start..<line.count)
        wrapped.columns.append(startColumn)
        if used >= width {
            wrapped.rows.append(line.count..<line.count)
            wrapped.columns.append(startColumn + used)
        }
    }

    /// Whether a row may end between two characters.
    private static func mayBreak(after previous: Traits, before next: Traits) -> Bool {
        if previous.isSpace { return !next.isSpace }
        if next.isClosing || next.isSpace { return false }
        return previous.width == 2 || next.isHan
    }

    /// What wrapping needs to know of one character, worked out once per character.
    private struct Traits {
        var width: Int
        var isSpace: Bool
        var isHan: Bool
        var isClosing: Bool

        static let none = Traits(width: 0, isSpace: false, isHan: false, isClosing: false)

        init(width: Int, isSpace: Bool, isHan: Bool, isClosing: Bool) {
            self.width = width
            self.isSpace = isSpace
            self.isHan = isHan
            self.isClosing = isClosing
        }

        init(_ character: Character) {
            if let ascii = character.asciiValue {
                width = ascii >= 0x20 && ascii < 0x7F ? 1 : 0
                isSpace = ascii == 0x20
                isHan = false
                isClosing = Self.closingASCII.contains(ascii)
                return
            }
            width = DisplayWidth.width(of: character)
            isSpace = character.isWhitespace
            let first = character.unicodeScalars.first?.value ?? 0
            isHan = Unicode.Scalar(first).map(TextBuffer.isHan) ?? false
            isClosing = Self.closing.contains(first)
        }

        /// Punctuation that belongs at the end of the text before it, never at the start of a row.
        private static let closingASCII: [UInt8] = Array(",.;:!?)]}".utf8)
        private static let closing: Set<UInt32> = Set("，。、；：！？）」』】》〉”’…".unicodeScalars.map(\.value))
    }
}
