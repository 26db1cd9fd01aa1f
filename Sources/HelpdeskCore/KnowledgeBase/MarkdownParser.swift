/// Reads the Markdown people actually write in articles into blocks for the terminal.
///
/// Only what reads well in a terminal is recognised: headings, lists, quotes, fenced code,
/// pipe tables, rules, and inline strong, emphasis, code and links. Anything else (HTML,
/// footnotes, a marker left open) stays as literal text, so nothing typed is ever lost.
public enum MarkdownParser {
    /// The blocks of `text`, one or more per source line; code and tables span several.
    public static func blocks(_ text: String) -> [MarkdownBlock] {
        // "\r\n" is one Character in Swift, so it is a separator of its own.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)
        var blocks: [MarkdownBlock] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingLeadingSpaces()
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                let fence = String(trimmed.prefix(3))
                var code: [String] = []
                index += 1
                while index < lines.count, !lines[index].trimmingLeadingSpaces().hasPrefix(fence) {
                    code.append(lines[index])
                    index += 1
                }
                blocks.append(.code(language: String(trimmed.dropFirst(3)).trimmed(), lines: code))
                index += 1
                continue
            }
            if let table = table(lines, at: index) {
                blocks.append(table.block)
                index = table.next
                continue
            }
            blocks.append(block(line))
            index += 1
        }
        while blocks.last == .blank { blocks.removeLast() }
        return blocks
    }

    /// A single-line block.
    static func block(_ line: String) -> MarkdownBlock {
        let trimmed = line.trimmingLeadingSpaces()
        let indent = line.count - trimmed.count
        if trimmed.trimmed().isEmpty { return .blank }
        if trimmed.hasPrefix("#") {
            let hashes = trimmed.prefix { $0 == "#" }.count
            let rest = trimmed.dropFirst(hashes)
            if hashes <= 6, rest.isEmpty || rest.first == " " {
                var title = String(rest).trimmed()
                while title.hasSuffix("#") { title.removeLast() }
                return .heading(level: hashes, inline(title.trimmed()))
            }
        }
        let compact = trimmed.filter { $0 != " " }
        if compact.count >= 3, let first = compact.first, "-*_".contains(first), compact.allSatisfy({ $0 == first }) {
            return .rule
        }
        for marker in ["- ", "* ", "+ "] where trimmed.hasPrefix(marker) {
            return .listItem(indent: indent, marker: "•", inline(String(trimmed.dropFirst(2))))
        }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9 {
            let rest = trimmed.dropFirst(digits.count)
            if let mark = rest.first, ".)、".contains(mark) {
                let text = rest.dropFirst()
                if mark == "、" || text.isEmpty || text.first == " " {
                    return .listItem(indent: indent, marker: String(digits) + String(mark), inline(String(text).trimmingLeadingSpaces()))
                }
            }
        }
        if trimmed.hasPrefix(">") {
            return .quote(inline(String(trimmed.dropFirst()).trimmingLeadingSpaces()))
        }
        return .text(inline(line))
    }

    /// A pipe table starting at `index`: a header row, a separator row ("|---|:--:|"), then rows.
    private static func table(_ lines: [String], at index: Int) -> (block: MarkdownBlock, next: Int)? {
        guard index + 1 < lines.count, lines[index].contains("|"),
              let alignments = separator(lines[index + 1]) else { return nil }
        let header = cells(lines[index])
        guard header.count == alignments.count else { return nil }
        var rows: [[[MarkdownRun]]] = []
        var next = index + 2
        while next < lines.count, lines[next].contains("|"), !lines[next].trimmed().isEmpty {
            var row = cells(lines[next]).map(inline)
            // Short rows are padded, long ones cut: a ragged table still lines up.
            row = Array(row.prefix(header.count)) + Array(repeating: [], count: max(0, header.count - row.count))
            rows.append(row)
            next += 1
        }
        return (.table(header: header.map(inline), rows: rows, alignments: alignments), next)
    }

    private static func separator(_ line: String) -> [MarkdownAlignment]? {
        let parts = cells(line)
        guard !parts.isEmpty, line.contains("-") else { return nil }
        var result: [MarkdownAlignment] = []
        for part in parts {
            let cell = part.trimmed()
            let core = cell.trimming(":")
            guard !core.isEmpty, core.allSatisfy({ $0 == "-" }) else { return nil }
            let left = cell.hasPrefix(":"), right = cell.hasSuffix(":")
            result.append(left && right ? .center : right ? .right : .left)
        }
        return result
    }

    /// The cells of a table row; outer pipes are optional and "\|" is a literal pipe.
    private static func cells(_ line: String) -> [String] {
        var row = line.trimmed()
        if row.hasPrefix("|") { row.removeFirst() }
        if row.hasSuffix("|"), !row.hasSuffix("\\|") { row.removeLast() }
        var result: [String] = []
        var current = ""
        var escaped = false
        for character in row {
            if escaped {
                current.append(character == "|" ? "|" : "\\\(character)")
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                result.append(current.trimmed())
                current = ""
            } else {
                current.append(character)
            }
        }
        if escaped { current.append("\\") }
        result.append(current.trimmed())
        return result
    }

    /// Inline emphasis, code and links; markers without a partner stay as typed.
    public static func inline(_ text: String) -> [MarkdownRun] {
        var scanner = InlineScanner(Array(text))
        return scanner.runs()
    }
}

extension String {
    fileprivate func trimmingLeadingSpaces() -> String { String(drop { $0 == " " || $0 == "\t" }) }
    fileprivate func trimmed() -> String { trimming(" \t") }
    fileprivate func trimming(_ set: String) -> String {
        var result = Substring(self)
        while let first = result.first, set.contains(first) { result.removeFirst() }
        while let last = result.last, set.contains(last) { result.removeLast() }
        return String(result)
    }
}
