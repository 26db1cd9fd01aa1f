extension TextEditor {
    /// Types `text` at the cursor as one paste (a reply template): line breaks start new lines,
    /// and when the limit refuses part of it, one message counts all that was left out.
    public mutating func insert(_ text: String) {
        let before = (cursor: entry.buffer.cursor, lineCount: entry.buffer.lines.count, revision: entry.buffer.revision)
        entry.clearMessage()
        for character in text { _ = entry.edit(.char(character)) }
        goalColumn = nil
        updateWrapMemo(before: before.cursor, lineCount: before.lineCount, revision: before.revision)
        scrollToCursor()
    }
}
