import HelpdeskCore
import HelpdeskStore

/// One line of an article laid out for the pane.
public enum ArticleLine: Sendable, Equatable {
    case text(StyledLine)
    /// The facts line (id, category, tags, date, author, link); drawn at render time because
    /// it shows a date in the console's time zone and whether the ticket is linked.
    case facts
}

/// Lays an article out for reading in a terminal: the title in bold, a facts line, then the body
/// wrapped by display width. Markdown is shown plainly: "#" headings in bold without their
/// hashes, "-", "*" and "+" bullets as "•", and list items wrap under their own text.
/// Article text comes from people, so control characters are made visible first.
enum ArticleText {
    static func lines(_ article: KBArticle, terms: [String], width: Int) -> [ArticleLine] {
        guard width > 0 else { return [] }
        let prepared = StyledText.terms(terms)
        var result: [ArticleLine] = []
        let title = SafeText.sanitize(article.title)
        for line in wrap(title, style: Style(.normal, .bold), terms: prepared, width: width, indent: 0) {
            result.append(.text(line))
        }
        result.append(.facts)
        result.append(.text([]))
        let body = SafeText.sanitize(article.body, .multiLine(tabWidth: 4))
        for raw in body.split(separator: "\n", omittingEmptySubsequences: false) {
            let (text, style, indent) = plain(String(raw))
            for line in wrap(text, style: style, terms: prepared, width: width, indent: indent) {
                result.append(.text(line))
            }
        }
        while result.last == .text([]) { result.removeLast() }
        return result
    }

    /// A Markdown source line as shown: its text, style and hanging indent.
    static func plain(_ line: String) -> (String, Style, Int) {
        let trimmed = line.drop { $0 == " " }
        let leading = line.count - trimmed.count
        if trimmed.hasPrefix("#") {
            let text = trimmed.drop { $0 == "#" }
            if text.isEmpty || text.first == " " {
                return (String(text.drop { $0 == " " }), Style(.normal, .bold), 0)
            }
        }
        for marker in ["- ", "* ", "+ "] where trimmed.hasPrefix(marker) {
            let item = String(repeating: " ", count: leading) + "• " + trimmed.dropFirst(2)
            return (item, .normal, leading + 2)
        }
        if let dot = trimmed.firstIndex(where: { $0 == "." || $0 == "、" }),
           trimmed[..<dot].allSatisfy(\.isNumber), !trimmed[..<dot].isEmpty {
            let marker = trimmed[...dot]
            return (line, .normal, leading + marker.count + (trimmed[dot...].dropFirst().first == " " ? 1 : 0))
        }
        return (line, .normal, 0)
    }

    private static func wrap(_ text: String, style: Style, terms: [[String]], width: Int, indent: Int) -> [StyledLine] {
        let characters = Array(text)
        let mask = StyledText.matchMask(characters, terms: terms)
        let cells = zip(characters, mask).map { ($0, $1 ? Style(.match) : style) }
        return StyledText.wrap(cells, columns: width, hangingIndent: indent)
    }
}
