import HelpdeskCore

/// Splits one line of text into screen rows of at most `width` display columns.
///
/// A row prefers to end after a space, after a wide character or before a Han one, so English
/// words move down whole and Chinese breaks between characters; a wide character is never cut.
/// Closing punctuation (，。) does not start a row when another break is possible; a space that
/// does not fit hangs at the end of its row (unseen). A line whose last row is full gets an empty
/// row after it, where the cursor at its end is shown.
enum SoftWrap {
    /// Rows as ranges of character indices; an empty line is one empty row.
    static func rows(of line: [Character], width: Int) -> [Range<Int>] {
        guard width > 0, !line.isEmpty else { return [0..<0] }
        var rows: [Range<Int>] = []
        var start = 0
        var index = 0
        var used = 0
        var lastBreak: Int?
        while index < line.count {
            let columns = DisplayWidth.width(of: line[index])
            if used + columns > width, index > start {
                let end: Int
                if line[index].isWhitespace {
                    // One space may hang past the edge rather than start the next row.
                    end = index + 1
                } else if mayBreak(line, before: index) {
                    end = index
                } else if let lastBreak, lastBreak > start {
                    end = lastBreak
                } else {
                    end = index
                }
                rows.append(start..<end)
                start = end
                index = end
                used = 0
                lastBreak = nil
                continue
            }
            if index > start, mayBreak(line, before: index) { lastBreak = index }
            used += columns
            index += 1
        }
        rows.append(start..<line.count)
        if used >= width { rows.append(line.count..<line.count) }
        return rows
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

    /// Whether a row may end just before `index`.
    private static func mayBreak(_ line: [Character], before index: Int) -> Bool {
        let previous = line[index - 1]
        let next = line[index]
        if previous.isWhitespace { return !next.isWhitespace }
        if closing.contains(next) || next.isWhitespace { return false }
        if DisplayWidth.width(of: previous) == 2 { return true }
        return next.unicodeScalars.first.map(TextBuffer.isHan) ?? false
    }

    /// Punctuation that belongs at the end of the text before it, never at the start of a row.
    private static let closing: Set<Character> = [
        "，", "。", "、", "；", "：", "！", "？", "）", "」", "』", "】", "》", "〉", "”", "’", "…",
        ",", ".", ";", ":", "!", "?", ")", "]", "}",
    ]
}
