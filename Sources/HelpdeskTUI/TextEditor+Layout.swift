/// Screen rows of a soft-wrapped text: moving by rows and keeping the cursor in view.
extension TextEditor {
    /// One screen row: a line of the text and which of its wrapped rows.
    struct VisualRow: Sendable, Hashable, Comparable {
        var line: Int
        var row: Int

        static func < (a: VisualRow, b: VisualRow) -> Bool { (a.line, a.row) < (b.line, b.row) }
    }

    /// Rows of text a viewport shows: all but the status row, when there is room for both.
    static func textRows(in viewport: TerminalSize) -> Int {
        viewport.rows >= 2 ? viewport.rows - 1 : 1
    }

    /// Up or Down by `count` screen rows, aiming for the goal column; past the first or last
    /// row the cursor goes to the start or end of the text. Returns the rows moved.
    @discardableResult
    mutating func moveVertically(by count: Int) -> Int {
        var cache = takeRowCache()
        defer { keep(cache) }
        let (current, column, _) = cache.locate(entry.buffer.cursor)
        let goal = goalColumn ?? column
        let (target, moved) = cache.step(current, by: count)
        guard moved > 0 else {
            entry.buffer.moveCursor(to: count < 0 ? .start : entry.buffer.endPosition)
            goalColumn = nil
            return 0
        }
        let wrapped = cache.rows(of: target.line)
        let index = SoftWrap.index(atColumn: goal, in: entry.buffer.lines[target.line], row: wrapped[target.row],
                                   isLastRow: target.row == wrapped.count - 1)
        entry.buffer.moveCursor(to: TextPosition(line: target.line, index: index))
        goalColumn = goal
        return moved
    }

    /// PgUp/PgDn: the view and the cursor move together by a page less one row.
    mutating func page(down: Bool) {
        let rows = max(1, Self.textRows(in: viewport) - 1)
        let moved = moveVertically(by: down ? rows : -rows)
        var cache = takeRowCache()
        top = cache.step(cache.clamp(top), by: down ? moved : -moved).row
        keep(cache)
    }

    /// Moves the view as little as needed to show the cursor.
    mutating func scrollToCursor() {
        var cache = takeRowCache()
        top = scrolledTop(from: top, height: Self.textRows(in: viewport), cache: &cache)
        keep(cache)
    }

    /// The first row to show so the cursor is in view, moving as little as possible from
    /// `previous`, and never leaving empty rows at the bottom while text above is hidden.
    func scrolledTop(from previous: VisualRow, height: Int, cache: inout RowCache) -> VisualRow {
        let cursor = cache.locate(entry.buffer.cursor).row
        var top = cache.clamp(previous)
        if cursor < top {
            top = cursor
        } else {
            let earliest = cache.step(cursor, by: -(height - 1)).row
            if top < earliest { top = earliest }
        }
        // Fill the view: if the text ends before the last row, show more of what is above.
        let shown = cache.step(top, by: height - 1).moved + 1
        return shown < height ? cache.step(top, by: shown - height).row : top
    }
}

extension TextEditor.RowCache {
    typealias VisualRow = TextEditor.VisualRow

    /// The row showing `position`, the column of `position` on it, and its column in the whole line.
    mutating func locate(_ position: TextPosition) -> (row: VisualRow, column: Int, lineColumn: Int) {
        let wrapped = line(position.line)
        // The last row starting at or before the index: a row's end belongs to the row after it.
        var low = 0
        var high = wrapped.rows.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if wrapped.rows[mid].lowerBound <= position.index { low = mid } else { high = mid - 1 }
        }
        let column = SoftWrap.column(of: position.index, in: lines[position.line], row: wrapped.rows[low])
        return (VisualRow(line: position.line, row: low), column, wrapped.columns[low] + column)
    }

    /// The row `count` rows below `start` (above when negative), stopping at either end of the
    /// text; returns it with how many rows were actually moved.
    mutating func step(_ start: VisualRow, by count: Int) -> (row: VisualRow, moved: Int) {
        var row = start
        var moved = 0
        while moved < abs(count) {
            if count > 0 {
                if row.row + 1 < rows(of: row.line).count {
                    row.row += 1
                } else if row.line + 1 < lines.count {
                    row = VisualRow(line: row.line + 1, row: 0)
                } else {
                    break
                }
            } else if row.row > 0 {
                row.row -= 1
            } else if row.line > 0 {
                row = VisualRow(line: row.line - 1, row: rows(of: row.line - 1).count - 1)
            } else {
                break
            }
            moved += 1
        }
        return (row, moved)
    }

    /// `row` made valid after the text or the width changed under it.
    mutating func clamp(_ row: VisualRow) -> VisualRow {
        let line = min(max(0, row.line), lines.count - 1)
        return VisualRow(line: line, row: min(max(0, row.row), rows(of: line).count - 1))
    }
}
