import Foundation

/// Reads the theme file format: one `role = foreground background [attributes…]` per line.
///
/// `#` starts a comment. Colours are `default`, a basic name (`red`), `bright-red` or an
/// xterm number 0–255; attributes are bold, dim, reverse, underline, italic or `none`.
/// Every role may appear once; roles left out look like `normal`.
public enum ThemeParser {
    public static func parse(_ text: String, name: String, source: String) throws -> Theme {
        var styles: [ThemeRole: ThemeStyle] = [:]
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            func fail(_ message: String) -> ThemeError { ThemeError(source: source, line: lineNumber, message: message) }
            let content = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let line = content.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            let sides = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard sides.count == 2 else { throw fail("expected “role = foreground background [attributes]”, found “\(line)”") }
            let key = sides[0].trimmingCharacters(in: .whitespaces)
            guard let role = ThemeRole(rawValue: key) else {
                let known = ThemeRole.allCases.map(\.rawValue).joined(separator: ", ")
                throw fail("unknown role “\(key)”; roles are: \(known)")
            }
            guard styles[role] == nil else { throw fail("role “\(key)” is set twice") }
            let words = sides[1].split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }).map(String.init)
            guard words.count >= 2 else {
                throw fail("“\(key)” needs a foreground and a background colour (use “default” for the terminal's own)")
            }
            guard let foreground = ThemeColor(name: words[0]) else { throw fail(colorMessage(words[0])) }
            guard let background = ThemeColor(name: words[1]) else { throw fail(colorMessage(words[1])) }
            var attributes: TextAttributes = []
            for word in words.dropFirst(2) where word.lowercased() != "none" {
                guard let attribute = TextAttributes.named.first(where: { $0.0 == word.lowercased() })?.1 else {
                    let known = TextAttributes.named.map(\.0).joined(separator: ", ")
                    throw fail("unknown attribute “\(word)”; use \(known) or none")
                }
                attributes.insert(attribute)
            }
            styles[role] = ThemeStyle(foreground: foreground, background: background, attributes: attributes)
        }
        return Theme(name: name, styles: styles)
    }

    private static func colorMessage(_ word: String) -> String {
        "unknown colour “\(word)”; use default, \(ThemeColor.basicNames.joined(separator: ", ")), bright-<name> or 0–255"
    }
}
