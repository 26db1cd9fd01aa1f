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
/// laid out by `MarkdownLines` (headings, lists, code, tables by display width).
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
        for line in MarkdownLines.lines(article.body, width: width, terms: terms) {
            result.append(.text(line))
        }
        while result.last == .text([]) { result.removeLast() }
        return result
    }

    private static func wrap(_ text: String, style: Style, terms: [[String]], width: Int, indent: Int) -> [StyledLine] {
        let characters = Array(text)
        let mask = StyledText.matchMask(characters, terms: terms)
        let cells = zip(characters, mask).map { ($0, $1 ? Style(.match) : style) }
        return StyledText.wrap(cells, columns: width, hangingIndent: indent)
    }
}
