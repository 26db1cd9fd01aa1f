/// Where the parts of the knowledge-base pane go; a pure function of the pane's rectangle.
///
/// The first row holds the search box, the second what the list shows ("3 articles",
/// "Suggested for #1042"). Each result takes two rows: title, then a snippet. On a wide pane
/// (the whole body of a 120-column screen) the article sits beside the results; in a narrower
/// one (the third column at 200 columns) below them.
public struct KBPaneLayout: Sendable, Equatable {
    /// From this width the article is shown beside the results rather than below them.
    public static let sideBySideWidth = 100

    public var search: Rect
    public var info: Rect
    public var results: Rect
    /// The line between results and article: a column when side by side, else a row.
    public var divider: Rect
    public var isSideBySide: Bool
    public var article: Rect

    /// How many results fit; searches ask for no more than this.
    public var visibleResults: Int { results.height / 2 }

    /// The parts of a pane at `pane`; text keeps a one-column margin on either side.
    public static func compute(_ pane: Rect) -> KBPaneLayout {
        let inner = Rect(x: pane.x + 1, y: pane.y, width: pane.width - 2, height: pane.height)
        let search = Rect(x: inner.x, y: pane.y, width: inner.width, height: min(1, pane.height))
        let info = Rect(x: inner.x, y: pane.y + 1, width: inner.width, height: pane.height > 1 ? 1 : 0)
        let top = pane.y + 2
        let room = max(0, pane.height - 2)
        if pane.width >= sideBySideWidth {
            let listWidth = min(56, max(36, pane.width * 2 / 5))
            return KBPaneLayout(
                search: search, info: info,
                results: Rect(x: inner.x, y: top, width: listWidth - 1, height: room),
                divider: Rect(x: pane.x + listWidth, y: top, width: 1, height: room),
                isSideBySide: true,
                article: Rect(x: pane.x + listWidth + 2, y: top, width: pane.maxX - (pane.x + listWidth + 2) - 1, height: room))
        }
        var listHeight = max(4, room * 2 / 5)
        listHeight -= listHeight % 2
        listHeight = min(listHeight, room)
        return KBPaneLayout(
            search: search, info: info,
            results: Rect(x: inner.x, y: top, width: inner.width, height: listHeight),
            divider: Rect(x: pane.x, y: top + listHeight, width: pane.width, height: room > listHeight ? 1 : 0),
            isSideBySide: false,
            article: Rect(x: inner.x, y: top + listHeight + 1, width: inner.width, height: max(0, room - listHeight - 1)))
    }
}
