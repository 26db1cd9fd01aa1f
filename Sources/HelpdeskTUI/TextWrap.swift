import HelpdeskCore

/// Breaks text into lines of at most `columns` display columns.
///
/// English breaks at spaces; a word longer than a line, and CJK text (which has no spaces),
/// breaks between any two characters, never inside a wide one.
enum TextWrap {
    static func lines(_ text: String, columns: Int) -> [String] {
        guard columns > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            result.append(contentsOf: wrapParagraph(String(paragraph), columns: columns))
        }
        return result
    }

    private static func wrapParagraph(_ paragraph: String, columns: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        // Index in `line` just after its last space: where a Latin word may be moved down.
        var lastBreak: String.Index?
        for character in paragraph {
            let width = DisplayWidth.width(of: character)
            if lineWidth + width > columns {
                if character == " " {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                    lastBreak = nil
                    continue
                }
                if let cut = lastBreak, cut < line.endIndex {
                    let carried = String(line[cut...])
                    lines.append(trimmedEnd(String(line[..<cut])))
                    line = carried
                } else {
                    lines.append(trimmedEnd(line))
                    line = ""
                }
                lineWidth = line.displayWidth
                lastBreak = nil
            }
            line.append(character)
            lineWidth += width
            if character == " " { lastBreak = line.endIndex }
        }
        lines.append(trimmedEnd(line))
        return lines
    }

    private static func trimmedEnd(_ text: String) -> String {
        var t = text
        while t.last == " " { t.removeLast() }
        return t
    }
}
