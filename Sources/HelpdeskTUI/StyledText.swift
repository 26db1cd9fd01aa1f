import HelpdeskCore

/// A stretch of text drawn in one style.
public struct StyledSpan: Sendable, Equatable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style) {
        self.text = text
        self.style = style
    }
}

/// One screen line made of styled spans.
public typealias StyledLine = [StyledSpan]

/// Marking search terms in text, and wrapping text whose characters carry their own style.
enum StyledText {
    /// Terms ready for matching: each lower-cased character by character, empty ones dropped,
    /// longer first so a longer term wins where two overlap.
    static func terms(_ raw: [String]) -> [[String]] {
        var seen: Set<[String]> = []
        return raw.map { Array($0).map { $0.lowercased() } }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
            .sorted { $0.count > $1.count }
    }

    /// Which characters of `characters` lie inside an occurrence of any term, ignoring case.
    static func matchMask(_ characters: [Character], terms: [[String]]) -> [Bool] {
        var mask = Array(repeating: false, count: characters.count)
        guard !terms.isEmpty, !characters.isEmpty else { return mask }
        let lowered = characters.map { $0.lowercased() }
        for start in lowered.indices {
            for term in terms where start + term.count <= lowered.count {
                var hit = true
                for (offset, piece) in term.enumerated() where lowered[start + offset] != piece {
                    hit = false
                    break
                }
                if hit {
                    for i in start..<(start + term.count) { mask[i] = true }
                    break
                }
            }
        }
        return mask
    }

    /// `text` as spans in `base`, its matches of `terms` in `match`.
    static func highlighted(_ text: String, terms: [[String]], base: Style, match: Style = Style(.match)) -> StyledLine {
        let characters = Array(text)
        let mask = matchMask(characters, terms: terms)
        return spans(zip(characters, mask).map { ($0, $1 ? match : base) })
    }

    /// Joins neighbouring characters of the same style into spans.
    static func spans(_ cells: [(Character, Style)]) -> StyledLine {
        var line: StyledLine = []
        for (character, style) in cells {
            if let last = line.last, last.style == style {
                line[line.count - 1].text.append(character)
            } else {
                line.append(StyledSpan(String(character), style))
            }
        }
        return line
    }

    /// Breaks styled characters into lines of at most `columns`: English breaks at spaces, a word
    /// longer than a line anywhere, and CJK text before or after any wide character, so a Chinese
    /// sentence fills its lines instead of moving down whole after the last space. Nothing breaks
    /// inside a wide character. Lines after the first start with `hangingIndent` spaces (list items).
    static func wrap(_ cells: [(Character, Style)], columns: Int, hangingIndent: Int = 0) -> [StyledLine] {
        guard columns > 0 else { return [] }
        let indent = hangingIndent < columns ? hangingIndent : 0
        var lines: [[(Character, Style)]] = []
        var line: [(Character, Style)] = []
        var width = 0
        var lastBreak: Int?
        func limit() -> Int { lines.isEmpty ? columns : columns - indent }
        for cell in cells {
            let w = DisplayWidth.width(of: cell.0)
            if width + w > limit() {
                if cell.0 == " " {
                    lines.append(line)
                    line = []
                    width = 0
                    lastBreak = nil
                    continue
                }
                // Before a wide character is always a place to break.
                let cut = w == 2 ? line.count : lastBreak
                if let cut, cut < line.count {
                    let carried = Array(line[cut...])
                    lines.append(trimmedEnd(Array(line[..<cut])))
                    line = carried
                } else {
                    lines.append(trimmedEnd(line))
                    line = []
                }
                width = line.reduce(0) { $0 + DisplayWidth.width(of: $1.0) }
                lastBreak = nil
            }
            line.append(cell)
            width += w
            if cell.0 == " " || w == 2 { lastBreak = line.count }
        }
        lines.append(trimmedEnd(line))
        return lines.enumerated().map { index, cells in
            let body = spans(cells)
            guard index > 0, indent > 0 else { return body }
            return [StyledSpan(String(repeating: " ", count: indent), .normal)] + body
        }
    }

    private static func trimmedEnd(_ cells: [(Character, Style)]) -> [(Character, Style)] {
        var result = cells
        while result.last?.0 == " " { result.removeLast() }
        return result
    }
}

extension Terminal {
    /// Draws a styled line from (y, x) within `maxColumns`; returns the columns used.
    @discardableResult
    func put(_ line: StyledLine, y: Int, x: Int, maxColumns: Int) -> Int {
        var used = 0
        for span in line where used < maxColumns {
            used += put(span.text, y: y, x: x + used, style: span.style, maxColumns: maxColumns - used)
        }
        return used
    }
}

extension StyledText {
    /// The line cut to `columns`, ending in "…" (in the style of the text it replaces) when something was cut.
    static func truncated(_ line: StyledLine, toColumns columns: Int) -> StyledLine {
        guard columns > 0 else { return [] }
        let total = line.reduce(0) { $0 + $1.text.displayWidth }
        guard total > columns else { return line }
        var result: StyledLine = []
        var used = 0
        var lastStyle = line.first?.style ?? .normal
        for span in line {
            var kept = ""
            for character in span.text {
                let width = DisplayWidth.width(of: character)
                if used + width > columns - 1 { break }
                kept.append(character)
                used += width
            }
            if !kept.isEmpty { result.append(StyledSpan(kept, span.style)) }
            lastStyle = span.style
            if kept.count < span.text.count { break }
        }
        result.append(StyledSpan("…", lastStyle))
        return result
    }
}
