import HelpdeskStore

/// What the knowledge-base pane should be showing: a search, or suggestions for a ticket.
public enum KBRequest: Sendable, Equatable {
    /// Articles matching typed text, at most `limit`.
    case search(String, limit: Int)
    /// Articles suggested from a ticket's title, at most `limit`.
    case suggestions(ticketID: Int64, title: String, limit: Int)

    /// The terms marked in results and articles: what was typed, or the title's useful words.
    public var highlightTerms: [String] {
        switch self {
        case let .search(text, _):
            text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        case let .suggestions(_, title, _):
            KBSuggestionQuery(title: title).highlightTerms
        }
    }
}

/// The knowledge-base pane: the search box, the results and the article being read.
///
/// A plain value like the rest of `ConsoleState`. The console compares `ConsoleState.kbRequest`
/// with `loaded` after every key and loads what is missing, so typing, moving the ticket
/// selection or resizing all end in the same place: results for what the pane should show.
public struct KBPaneState: Sendable, Equatable {
    /// The longest search the pane accepts, in characters.
    public static let queryLimit = 100

    public var isOpen = false
    /// Keys go to the search box; else they scroll the article.
    public var isTyping = true
    public var query = ""
    /// The results on show, best first.
    public private(set) var hits: [KBHit] = []
    /// The request `hits` answer; nil before the first load.
    public private(set) var loaded: KBRequest?
    /// Index in `hits` of the selected result.
    public private(set) var cursor = 0
    /// The selected result's article, once loaded.
    public private(set) var article: KBArticle?
    /// The first article line in view.
    public private(set) var articleTop = 0
    /// Articles already linked to `linkedTicket`.
    public private(set) var linked: Set<Int64> = []
    public private(set) var linkedTicket: Int64?
    /// Someone changed the database: everything shown is loaded again at the next chance.
    public var isStale = false
    /// The article laid out for `articleLinesKey`'s width and terms.
    public private(set) var articleLines: [ArticleLine] = []
    /// The article's version history, while it is open (`h`).
    public var history: KBHistoryView?
    private var articleLinesKey: ArticleLinesKey?

    public init() {}

    /// The result under the cursor.
    public var selectedHit: KBHit? { hits.indices.contains(cursor) ? hits[cursor] : nil }

    /// Takes fresh results. The selection stays on its article when that is still listed,
    /// else keeps its position, so a reload after someone's edit does not jump.
    public mutating func apply(_ newHits: [KBHit], for request: KBRequest) {
        let selected = selectedHit?.id
        hits = newHits
        loaded = request
        if let selected, let index = newHits.firstIndex(where: { $0.id == selected }) {
            cursor = index
        } else {
            cursor = min(cursor, max(0, newHits.count - 1))
        }
        if newHits.isEmpty { show(nil) }
    }

    /// Shows an article (nil clears the reader); a different article starts at its top.
    public mutating func show(_ newArticle: KBArticle?) {
        if newArticle?.id != article?.id {
            articleTop = 0
            history = nil
        }
        article = newArticle
        articleLinesKey = nil
        articleLines = []
    }

    /// Records which articles are linked to `ticketID`.
    public mutating func setLinked(_ ids: Set<Int64>, ticket ticketID: Int64?) {
        linked = ids
        linkedTicket = ticketID
    }

    /// Notes a link just made, without waiting for a reload.
    public mutating func markLinked(_ articleID: Int64, ticket ticketID: Int64) {
        if linkedTicket != ticketID { setLinked([], ticket: ticketID) }
        linked.insert(articleID)
    }

    /// Empties the pane: no results, no article (nothing to search for and no ticket selected).
    public mutating func clearResults() {
        hits = []
        loaded = nil
        cursor = 0
        show(nil)
    }

    /// Moves the selection to `index` (clamped); true when it moved.
    @discardableResult
    public mutating func select(_ index: Int) -> Bool {
        guard !hits.isEmpty else { return false }
        let target = min(max(0, index), hits.count - 1)
        guard target != cursor else { return false }
        cursor = target
        return true
    }

    /// The typed query changed: the best match is selected once it arrives.
    mutating func queryChanged() {
        cursor = 0
    }

    /// Scrolls the article so `line` is at the top, within what `height` rows can show.
    mutating func scrollArticle(to line: Int, height: Int) {
        articleTop = min(max(0, line), max(0, articleLines.count - max(1, height)))
    }

    /// Lays the article out again when its width or highlighted terms changed.
    mutating func layOutArticle(width: Int, terms: [String]) {
        guard let article else {
            articleLines = []
            articleLinesKey = nil
            return
        }
        let key = ArticleLinesKey(id: article.id, updatedAt: article.updatedAt.timeIntervalSince1970, width: width, terms: terms)
        guard key != articleLinesKey else { return }
        articleLines = ArticleText.lines(article, terms: terms, width: width)
        articleLinesKey = key
    }
}

/// What an article's laid-out lines depend on.
private struct ArticleLinesKey: Sendable, Equatable {
    var id: Int64
    var updatedAt: Double
    var width: Int
    var terms: [String]
}
