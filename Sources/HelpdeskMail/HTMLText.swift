import Foundation

/// Readable text from an HTML mail body: tags, scripts, styles and comments removed, entities
/// decoded, block elements (p, div, br, li, tr, h1–h6…) turned into line breaks.
public enum HTMLText {
    private static let blockTags: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "pre", "hr", "section", "article", "header", "footer", "dd", "dt", "title",
    ]
    private static let hiddenTags: Set<String> = ["script", "style", "head", "noscript", "template"]

    /// The text; runs of blank lines collapse to one and lines are trimmed.
    public static func text(fromHTML html: String) -> String {
        var out = ""
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            out += decodeEntities(collapse(rest[..<open]))
            rest = rest[open...]
            if rest.hasPrefix("<!--") {
                rest = rest.range(of: "-->").map { rest[$0.upperBound...] } ?? ""
                continue
            }
            guard let close = rest.firstIndex(of: ">") else { rest = ""; break }
            let tag = rest[rest.index(after: rest.startIndex)..<close]
            rest = rest[rest.index(after: close)...]
            let isEnd = tag.hasPrefix("/")
            let name = tag.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber }).lowercased()
            if !isEnd && hiddenTags.contains(name) {
                // Skip to the matching end tag; everything inside is code or metadata.
                if let end = rest.range(of: "</\(name)", options: .caseInsensitive) {
                    rest = rest[end.upperBound...]
                    rest = rest.firstIndex(of: ">").map { rest[rest.index(after: $0)...] } ?? ""
                } else {
                    rest = ""
                }
                continue
            }
            if name == "li" && !isEnd { lineBreak(&out); out += "• "; continue }
            if name == "td" || name == "th" { out += isEnd ? "" : "\t"; continue }
            if name == "br" { out += "\n" } else if blockTags.contains(name) { lineBreak(&out) }
        }
        out += decodeEntities(collapse(rest))
        return tidy(out)
    }

    /// Starts a new line unless one was just started: nested blocks make one break, not several.
    private static func lineBreak(_ out: inout String) {
        let tail = out.reversed().drop(while: { $0 == " " })
        if let last = tail.first, last != "\n" { out += "\n" }
    }

    /// HTML white space inside text is one space.
    private static func collapse(_ text: Substring) -> String {
        var out = ""
        var lastSpace = false
        for character in text {
            if character.isWhitespace {
                if !lastSpace { out.append(" ") }
                lastSpace = true
            } else {
                out.append(character)
                lastSpace = false
            }
        }
        return out
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "copy": "©", "reg": "®",
        "hellip": "…", "mdash": "—", "ndash": "–", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
        "middot": "·", "bull": "•", "euro": "€", "yen": "¥", "times": "×", "laquo": "«", "raquo": "»",
    ]

    /// `&amp;`, `&#20013;`, `&#x4E2D;`; unknown entities stay as written.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            rest = rest[amp...]
            let body = rest.dropFirst().prefix(12)
            if let semicolon = body.firstIndex(of: ";") {
                let entity = body[..<semicolon]
                if let value = entityValue(entity) {
                    out += value
                    rest = rest[rest.index(after: semicolon)...]
                    continue
                }
            }
            out += "&"
            rest = rest.dropFirst()
        }
        return out + rest
    }

    private static func entityValue(_ entity: Substring) -> String? {
        if entity.hasPrefix("#") {
            let digits = entity.dropFirst()
            let code = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let code, let scalar = Unicode.Scalar(code), code != 0 else { return nil }
            return String(scalar)
        }
        return named[entity.lowercased()]
    }

    private static func tidy(_ text: String) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty && (lines.last?.isEmpty ?? true) { continue }
            lines.append(trimmed)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
