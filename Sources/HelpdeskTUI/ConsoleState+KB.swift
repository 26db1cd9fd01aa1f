import HelpdeskCore
import Foundation
import HelpdeskStore

extension ConsoleState {
    /// What the knowledge-base pane should show now: the typed search, else suggestions for the
    /// selected ticket; nil while the pane is closed. At most as many results as fit are asked for.
    public var kbRequest: KBRequest? {
        guard kb.isOpen, let pane = layout.kbPane else { return nil }
        let limit = max(1, pane.visibleResults)
        let text = kb.query.trimmingCharacters(in: .whitespaces)
        if !text.isEmpty { return .search(text, limit: limit) }
        guard let row = selectedRow else { return nil }
        return .suggestions(ticketID: row.id, title: row.title, limit: limit)
    }

    /// Lays the article out for the pane's current width and terms and keeps the scroll in range;
    /// the console calls this after loading, so the renderer only copies lines.
    public mutating func layOutKBArticle() {
        guard let pane = layout.kbPane else { return }
        kb.layOutArticle(width: pane.article.width, terms: kb.loaded?.highlightTerms ?? [])
        kb.scrollArticle(to: kb.articleTop, height: pane.article.height)
    }

    /// The store linked (or had already linked) an article: mark it at once, say so.
    mutating func articleLinked(_ articleID: Int64, to ticketID: Int64, isNew: Bool) {
        kb.markLinked(articleID, ticket: ticketID)
        message = Message(isNew ? tr("Linked article #%@ to #%@", articleID, ticketID) : tr("Article #%@ is already linked to #%@", articleID, ticketID))
    }

    /// Keys while typing in the search box; nil leaves the key to the command registry
    /// (F-keys, Ctrl-P, Ctrl-C and the like).
    mutating func updateKBSearch(with key: Key) -> [ConsoleEffect]? {
        switch key {
        case let .char(c):
            guard kb.query.count < KBPaneState.queryLimit else {
                message = Message(tr("A search holds at most %@ characters", KBPaneState.queryLimit), kind: .error)
                return []
            }
            kb.query.append(c)
            kb.queryChanged()
        case .backspace:
            guard !kb.query.isEmpty else { return [] }
            // One Character is one whole grapheme: 网, é or 👩‍💻 goes in one press.
            kb.query.removeLast()
            kb.queryChanged()
        case .ctrl("u"):
            guard !kb.query.isEmpty else { return [] }
            kb.query = ""
            kb.queryChanged()
        case .escape:
            guard !kb.query.isEmpty else { return leaveKB() }
            kb.query = ""
            kb.queryChanged()
        case .enter, .tab:
            if kb.selectedHit != nil { kb.isTyping = false }
        case .down, .wheelDown:
            kb.select(kb.cursor + 1)
        case .up, .wheelUp:
            kb.select(kb.cursor - 1)
        case .pageDown, .end:
            kb.select(kb.hits.count - 1)
        case .pageUp, .home:
            kb.select(0)
        default:
            return nil
        }
        return []
    }

    /// The knowledge-base commands, from a key or the palette.
    mutating func performKB(_ id: CommandID) -> [ConsoleEffect] {
        let height = layout.kbPane?.article.height ?? 1
        if let effects = performKBExtra(id) { return effects }
        switch id {
        case .knowledgeBase:
            return focus == .kb ? closeKB() : openKB()
        case .kbScrollDown: kb.scrollArticle(to: kb.articleTop + 1, height: height)
        case .kbScrollUp: kb.scrollArticle(to: kb.articleTop - 1, height: height)
        case .kbPageDown: kb.scrollArticle(to: kb.articleTop + max(1, height - 1), height: height)
        case .kbPageUp: kb.scrollArticle(to: kb.articleTop - max(1, height - 1), height: height)
        case .kbTop: kb.scrollArticle(to: 0, height: height)
        case .kbBottom: kb.scrollArticle(to: kb.articleLines.count, height: height)
        case .kbNextResult: kb.select(kb.cursor + 1)
        case .kbPreviousResult: kb.select(kb.cursor - 1)
        case .kbSearch: kb.isTyping = true
        case .kbLeave: return leaveKB()
        case .kbLink: return linkSelectedArticle()
        default: break
        }
        return []
    }

    /// A click inside the knowledge-base pane: the search box types, a result is selected,
    /// the article is read. Nil when the click is elsewhere.
    mutating func clickKB(y: Int, x: Int) -> [ConsoleEffect]? {
        guard let rect = layout.kb, rect.contains(y: y, x: x), let pane = layout.kbPane else { return nil }
        focus = .kb
        if pane.search.contains(y: y, x: x) {
            kb.isTyping = true
        } else if pane.results.contains(y: y, x: x) {
            kb.select((y - pane.results.y) / 2)
        } else if pane.article.contains(y: y, x: x), kb.article != nil {
            kb.isTyping = false
        }
        return []
    }

    /// A full-screen pane is open only while it has focus: after a resize, a column the user had
    /// left cannot turn into a pane over the queue they work in, and a key or click that moves
    /// focus to the queue or the ticket closes a full-screen pane rather than hiding them behind it.
    mutating func fitKBToScreen() {
        guard kb.isOpen, layout.kbPlacement == .full, focus != .kb else { return }
        kb.isOpen = false
        relayoutForKB()
    }

    /// Opens the pane (or focuses the column) with the cursor in the search box.
    private mutating func openKB() -> [ConsoleEffect] {
        kb.isOpen = true
        kb.isTyping = true
        focus = .kb
        relayoutForKB()
        return []
    }

    private mutating func closeKB() -> [ConsoleEffect] {
        kb.isOpen = false
        focus = .queue
        relayoutForKB()
        return []
    }

    /// Back to the queue: a full-screen pane closes, a column stays to keep suggesting.
    private mutating func leaveKB() -> [ConsoleEffect] {
        if layout.kbPlacement == .full { return closeKB() }
        focus = .queue
        return []
    }

    private mutating func linkSelectedArticle() -> [ConsoleEffect] {
        guard let hit = kb.selectedHit else {
            message = Message(tr("No article selected; search for one first"), kind: .error)
            return []
        }
        guard let ticket = selectedRow else {
            message = Message(tr("Select a ticket in the queue to link the article to"), kind: .error)
            return []
        }
        if kb.linkedTicket == ticket.id, kb.linked.contains(hit.id) {
            message = Message(tr("Article #%@ is already linked to #%@", hit.id, ticket.id))

            return []
        }
        return [.linkArticle(articleID: hit.id, ticketID: ticket.id)]
    }

    /// The queue's width changes when the column opens; its rows and page do not.
    private mutating func relayoutForKB() {
        relayout()
        layOutKBArticle()
    }
}
