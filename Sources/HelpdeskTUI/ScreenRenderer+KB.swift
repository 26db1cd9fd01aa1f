import Foundation
import HelpdeskCore
import HelpdeskStore

extension ScreenRenderer {
    /// The knowledge-base pane: search box, what the list shows, results with their matches
    /// marked, and the selected article.
    func drawKB(_ state: ConsoleState, on terminal: any Terminal) {
        guard let pane = state.layout.kbPane else { return }
        if let divider = state.layout.kbDivider {
            for y in divider.y..<divider.maxY { terminal.put("│", y: y, x: divider.x, style: Style(.border)) }
        }
        drawKBSearch(state, pane.search, on: terminal)
        drawKBInfo(state, pane, on: terminal)
        drawKBResults(state, pane.results, on: terminal)
        if pane.isSideBySide {
            for y in pane.divider.y..<pane.divider.maxY { terminal.put("│", y: y, x: pane.divider.x, style: Style(.border)) }
        } else if pane.divider.height > 0 {
            terminal.put(String(repeating: "─", count: pane.divider.width), y: pane.divider.y, x: pane.divider.x, style: Style(.border))
        }
        drawKBArticle(state, pane.article, on: terminal)
    }

    private func drawKBSearch(_ state: ConsoleState, _ row: Rect, on terminal: any Terminal) {
        guard row.height > 0 else { return }
        let typing = state.focus == .kb && state.kb.isTyping
        let label = tr("Search KB:") + " "
        var x = row.x + terminal.put(label, y: row.y, x: row.x, style: Style(typing ? .notice : .muted, .bold), maxColumns: row.width)
        let room = row.maxX - x - 1
        x += terminal.put(Self.tail(of: SafeText.sanitize(state.kb.query), columns: room), y: row.y, x: x, style: Style(.normal, .bold))
        if typing { terminal.put(" ", y: row.y, x: x, style: Style(.selection, .reverse)) }
        if state.kb.query.isEmpty {
            terminal.put("  " + tr("words in English or 中文"), y: row.y, x: x + 1, style: Style(.muted), maxColumns: row.maxX - x - 1)
        }
    }

    private func drawKBInfo(_ state: ConsoleState, _ pane: KBPaneLayout, on terminal: any Terminal) {
        let row = pane.info
        guard row.height > 0 else { return }
        let kb = state.kb
        var position = ""
        let lineCount = kb.articleLines.count
        if kb.article != nil, lineCount > pane.article.height {
            let last = min(lineCount, kb.articleTop + pane.article.height)
            position = " " + tr("lines %@-%@ of %@", kb.articleTop + 1, last, lineCount)
        }
        let text: String
        switch kb.loaded {
        case let .search(query, limit)?:
            let shown = SafeText.sanitize(query)
            text = kb.hits.isEmpty ? tr("No article matches “%@”", shown)
                : kb.hits.count >= limit ? tr("Best %@ articles for “%@”", kb.hits.count, shown)
                : kb.hits.count == 1 ? tr("1 article for “%@”", shown) : tr("%@ articles for “%@”", kb.hits.count, shown)
        case let .suggestions(ticketID, _, _)?:
            text = kb.hits.isEmpty ? tr("Nothing suggested for #%@; type to search", ticketID)
                : tr("Suggested for #%@ from its title", ticketID)
        case nil:
            text = tr("Select a ticket for suggestions, or type to search")
        }
        let width = row.width - position.displayWidth
        terminal.put(text.truncated(toColumns: width), y: row.y, x: row.x, style: Style(.muted))
        if !position.isEmpty {
            terminal.put(position, y: row.y, x: row.maxX - position.displayWidth, style: Style(.muted))
        }
    }

    private func drawKBResults(_ state: ConsoleState, _ list: Rect, on terminal: any Terminal) {
        let kb = state.kb
        let terms = StyledText.terms(kb.loaded?.highlightTerms ?? [])
        let linked = kb.linkedTicket == state.selectedID ? kb.linked : []
        let showCategory = list.width >= 40
        for (index, hit) in kb.hits.prefix(list.height / 2).enumerated() {
            let y = list.y + index * 2
            let selected = index == kb.cursor
            if selected {
                terminal.fill(y: y, x: list.x - 1, width: list.width + 1, style: Style(.selection))
                terminal.fill(y: y + 1, x: list.x - 1, width: list.width + 1, style: Style(.selection))
            }
            let base = selected ? Style(.selection) : Style(.normal)
            terminal.put(selected ? "▸" : " ", y: y, x: list.x, style: Style(base.role, .bold))
            if linked.contains(hit.id) {
                terminal.put("✓", y: y, x: list.x + 1, style: selected ? base : Style(.notice, .bold))
            }
            var category = showCategory ? hit.category.localizedName : ""
            if hit.status != .published { category = tr(hit.status.rawValue, context: "article") + " " + category }

            if showCategory, hit.usage > 0 { category += " ×\(hit.usage)" }
            let titleWidth = list.width - 3 - (category.isEmpty ? 0 : category.displayWidth + 1)
            let title = StyledText.highlighted(SafeText.sanitize(hit.title), terms: terms, base: Style(base.role, .bold))
            terminal.put(StyledText.truncated(title, toColumns: titleWidth), y: y, x: list.x + 3, maxColumns: titleWidth)
            if !category.isEmpty {
                terminal.put(category, y: y, x: list.maxX - category.displayWidth, style: selected ? base : Style(.muted))
            }
            let snippet = StyledText.highlighted(SafeText.sanitize(hit.snippet), terms: terms, base: selected ? base : Style(.muted))
            terminal.put(StyledText.truncated(snippet, toColumns: list.width - 3), y: y + 1, x: list.x + 3, maxColumns: list.width - 3)
        }
    }

    private func drawKBArticle(_ state: ConsoleState, _ rect: Rect, on terminal: any Terminal) {
        let kb = state.kb
        guard rect.height > 0, rect.width > 0 else { return }
        if kb.history != nil {
            drawKBHistory(state, rect, on: terminal)
            return
        }
        guard let article = kb.article else {
            if kb.selectedHit != nil {
                terminal.put(tr("The article cannot be shown"), y: rect.y, x: rect.x, style: Style(.muted), maxColumns: rect.width)
            }
            return
        }
        for (offset, line) in kb.articleLines.dropFirst(kb.articleTop).prefix(rect.height).enumerated() {
            let y = rect.y + offset
            switch line {
            case let .text(spans):
                terminal.put(spans, y: y, x: rect.x, maxColumns: rect.width)
            case .facts:
                terminal.put(StyledText.truncated(facts(of: article, state: state), toColumns: rect.width),
                             y: y, x: rect.x, maxColumns: rect.width)
            }
        }
    }

    /// "#3 · linked to #1042 · hardware · printer, 打印机 · alice 2026-03-01 09:00"; the link
    /// comes early so a narrow pane still shows it.
    private func facts(of article: KBArticle, state: ConsoleState) -> StyledLine {
        var line: StyledLine = [StyledSpan("#\(article.id) · ", Style(.muted))]
        if let ticket = state.selectedID, state.kb.linkedTicket == ticket, state.kb.linked.contains(article.id) {
            line.append(StyledSpan(tr("linked to #%@", ticket), Style(.notice, .bold)))
            line.append(StyledSpan(" · ", Style(.muted)))
        }
        var parts = [article.category.localizedName, "v\(article.version)"]
        if article.status != .published { parts.append(tr(article.status.rawValue, context: "article")) }
        if let hit = state.kb.selectedHit, hit.id == article.id {
            parts.append(hit.usage == 1 ? tr("used in 1 ticket") : tr("used in %@ tickets", hit.usage))
        }
        if !article.tags.isEmpty { parts.append(article.tags.map { SafeText.sanitize($0) }.joined(separator: ", ")) }
        parts.append("\(SafeText.sanitize(article.author)) \(clock.dateTime(article.updatedAt))")
        line.append(StyledSpan(parts.joined(separator: " · "), Style(.muted)))
        return line
    }

    /// The hint bar while the knowledge base has focus: its own keys first, then the global ones.
    func drawKBHints(_ state: ConsoleState, on terminal: any Terminal) {
        let row = state.layout.hints
        var hints: [(String, String)]
        if state.kb.isTyping {
            hints = [("↑↓", tr("Select")), ("Enter", tr("Read")), ("Esc", tr(state.kb.query.isEmpty ? "Back" : "Clear"))]
            for id in [CommandID.kbLink, .knowledgeBase, .palette, .help] {
                guard let command = registry.command(id), let key = command.keys.first(where: { !$0.isTypeable }) else { continue }
                let title = id == .knowledgeBase ? tr("Close") : id == .kbLink ? linkHint(state) : tr(command.hint ?? command.title)
                hints.append((key.label, title))
            }
        } else {
            let own = registry.commands.filter { $0.panes == [.kb] }
            let global = registry.commands.filter { $0.panes.contains(.kb) && $0.panes != [.kb] }
            hints = (own + global).compactMap { command in
                guard let hint = command.hint, let key = command.keys.first else { return nil }
                return (command.hintKeys ?? command.keysLabel ?? key.label, command.id == .kbLink ? linkHint(state) : tr(hint))
            }
        }
        var x = 1
        for (keys, title) in hints {
            let needed = keys.displayWidth + 1 + title.displayWidth + 2
            if x + needed > row.width { break }
            x += terminal.put(keys, y: row.y, x: x, style: Style(.normal, .bold))
            x += terminal.put(" " + title, y: row.y, x: x, style: Style(.muted)) + 2
        }
    }
}

extension ScreenRenderer {
    /// "Link to #1042": the ticket an article would be linked to, which a full-screen pane hides.
    fileprivate func linkHint(_ state: ConsoleState) -> String {
        state.selectedID.map { tr("Link to #%@", $0) } ?? tr("Link")

    }
}

extension Key {
    /// True for keys the search box takes as text.
    var isTypeable: Bool {
        if case .char = self { return true }
        return false
    }
}
