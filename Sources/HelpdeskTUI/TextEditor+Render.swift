import HelpdeskCore

extension TextEditor {
    /// Draws the editor in `rect` and returns where the terminal cursor belongs (nil while
    /// asking about discarding). Text fills all rows but the last, which is the status row;
    /// with a single row, the discard question or a message takes the place of the text.
    public func render(on terminal: any Terminal, in rect: Rect) -> CursorPosition? {
        guard rect.width > 0, rect.height > 0 else { return nil }
        let buffer = entry.buffer
        // Drawn with the rect's size, which may differ from `viewport` until the host updates it.
        let view = TerminalSize(rows: rect.height, cols: rect.width)
        var cache = RowCache(buffer, width: rect.width, memo: memo)
        let cursor = cache.locate(buffer.cursor)
        let status = statusLine(lineColumn: cursor.lineColumn)
        if rect.height == 1, !status.isPosition {
            terminal.put(status.text, y: rect.y, x: rect.x, style: status.style, maxColumns: rect.width)
            return nil
        }
        if rect.height > 1 {
            terminal.put(status.text, y: rect.maxY - 1, x: rect.x, style: status.style, maxColumns: rect.width)
        }
        if buffer.count == 0 {
            terminal.put(SafeText.sanitize(placeholder), y: rect.y, x: rect.x, style: Style(.muted), maxColumns: rect.width)
        }
        var row = scrolledTop(from: top, height: Self.textRows(in: view), cache: &cache)
        var place: CursorPosition?
        for y in rect.y..<(rect.y + Self.textRows(in: view)) {
            let range = cache.rows(of: row.line)[row.row]
            terminal.put(String(buffer.lines[row.line][range]), y: y, x: rect.x, style: .normal, maxColumns: rect.width)
            // A space hanging past the edge puts the cursor one column out: keep it on the last cell.
            if row == cursor.row { place = CursorPosition(y: y, x: rect.x + min(cursor.column, rect.width - 1)) }
            let next = cache.step(row, by: 1)
            if next.moved == 0 { break }
            row = next.row
        }
        return entry.isConfirmingDiscard ? nil : place
    }

    /// The status row: the discard question, else a message, else where the cursor is
    /// (`lineColumn` is its display column in its line).
    private func statusLine(lineColumn: Int) -> (text: String, style: Style, isPosition: Bool) {
        if entry.isConfirmingDiscard { return (TextEntry.discardQuestion, Style(.notice, .bold), false) }
        if let message = entry.message { return (message, Style(.error), false) }
        let buffer = entry.buffer
        let size = buffer.limit.map { tr("%@/%@ characters", buffer.count, $0) } ?? tr("%@ characters", buffer.count)
        let text = tr("Ln %@/%@  Col %@  %@", buffer.cursor.line + 1, buffer.lines.count, lineColumn + 1, size)
        return (text, Style(.muted), true)
    }
}
