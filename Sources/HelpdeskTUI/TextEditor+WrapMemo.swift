/// Wrapped lines, kept between keys so that typing never re-wraps more than it changed.
extension TextEditor {
    /// Lines already wrapped at the viewport width for the text as it is now. A paste arrives
    /// key by key; without this, every key would re-wrap the current line and the lines above
    /// it that keep the cursor in view. Derived from the text, so it takes no part in equality.
    struct WrapMemo: Sendable, Equatable {
        var width = 0
        var revision = -1
        var lineCount = -1
        var lines: [Int: SoftWrap.Line] = [:]

        static func == (_: WrapMemo, _: WrapMemo) -> Bool { true }
    }

    /// Wrapped rows per line, each line wrapped at most once while it lives.
    struct RowCache {
        let lines: [[Character]]
        let width: Int
        fileprivate(set) var wrapped: [Int: SoftWrap.Line] = [:]

        /// A cache over `buffer` at `width`, starting from `memo` when it is for this text and width.
        init(_ buffer: TextBuffer, width: Int, memo: WrapMemo) {
            lines = buffer.lines
            self.width = max(1, width)
            if memo.width == self.width, memo.revision == buffer.revision, memo.lineCount == lines.count {
                wrapped = memo.lines
            }
        }

        mutating func line(_ line: Int) -> SoftWrap.Line {
            if let known = wrapped[line] { return known }
            let result = SoftWrap.wrap(lines[line], width: width)
            wrapped[line] = result
            return result
        }

        mutating func rows(of line: Int) -> [Range<Int>] { self.line(line).rows }
    }

    /// Brings the memo up to date after a key. Every edit one key makes within a line lies at or
    /// after the earlier of the cursor's positions before and after, less one (an accent joins
    /// the character before the cursor), so only that line's rows from there are re-wrapped.
    /// A key that adds or removes lines starts the memo afresh.
    mutating func updateWrapMemo(before: TextPosition, lineCount: Int, revision: Int) {
        let buffer = entry.buffer
        let width = max(1, viewport.cols)
        let line = buffer.cursor.line
        if memo.width != width || memo.lineCount != buffer.lines.count {
            memo = WrapMemo(width: width, revision: buffer.revision, lineCount: buffer.lines.count)
        } else if memo.revision != buffer.revision {
            let edited = memo.revision == revision && lineCount == buffer.lines.count && before.line == line
            if edited, let old = memo.lines[line] {
                let index = max(0, min(before.index, buffer.cursor.index) - 1)
                memo.lines[line] = SoftWrap.rewrap(old, buffer.lines[line], width: width, editedAt: index)
            } else {
                memo.lines = [:]
            }
            memo.revision = buffer.revision
        }
        if memo.lines[line] == nil { memo.lines[line] = SoftWrap.wrap(buffer.lines[line], width: width) }
    }

    /// A row cache that takes over the memo's lines, so what it wraps is kept; give it back with `keep`.
    mutating func takeRowCache() -> RowCache {
        let cache = RowCache(entry.buffer, width: viewport.cols, memo: memo)
        // Dropped here so the cache holds the only copy and grows it in place.
        memo.lines = [:]
        return cache
    }

    /// Keeps what `cache` wrapped, without letting the memo grow far beyond the lines in view.
    mutating func keep(_ cache: RowCache) {
        guard cache.width == memo.width, memo.revision == entry.buffer.revision, memo.lineCount == cache.lines.count else { return }
        let reach = 2 * Self.textRows(in: viewport) + 8
        guard cache.wrapped.count > 2 * reach else {
            memo.lines = cache.wrapped
            return
        }
        let cursorLine = entry.buffer.cursor.line
        memo.lines = cache.wrapped.filter { abs($0.key - cursorLine) <= reach }
    }
}
