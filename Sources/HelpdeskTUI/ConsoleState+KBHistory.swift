import HelpdeskCore
import HelpdeskStore

/// The knowledge-base pane's version history, unlinking, and writing an article from a solved ticket.
extension ConsoleState {
    /// The commands this file answers, and the reading keys while the history is open; nil leaves the rest to `performKB`.
    mutating func performKBExtra(_ id: CommandID) -> [ConsoleEffect]? {
        switch id {
        case .kbHistory: return toggleHistory()
        case .kbRestore: return restoreSelectedVersion()
        case .kbUnlink: return unlinkSelectedArticle()
        case .kbWriteFromTicket: return writeArticleFromTicket()
        default: break
        }
        guard kb.history != nil else { return nil }
        let height = max(1, (layout.kbPane?.article.height ?? 1) - historyListHeight - 2)
        let cursor = kb.history?.cursor ?? 0
        switch id {
        case .kbScrollDown: kb.history?.select(cursor + 1)
        case .kbScrollUp: kb.history?.select(cursor - 1)
        case .kbPageDown: kb.history?.scrollDiff(by: max(1, height - 1), height: height)
        case .kbPageUp: kb.history?.scrollDiff(by: -max(1, height - 1), height: height)
        case .kbTop: kb.history?.select(0)
        case .kbBottom: kb.history?.select(Int.max)
        case .kbLeave:
            kb.history = nil
            message = Message(tr("Back to the article"))
        default: return nil
        }
        return []
    }

    /// Rows the version list takes above the diff: at most a third of the article area.
    var historyListHeight: Int {
        let area = layout.kbPane?.article.height ?? 0
        return max(1, min(kb.history?.versions.count ?? 1, area / 3))
    }

    /// The history was read, or a restore saved a version: the pane shows the newest text.
    mutating func articleRestored(_ article: KBArticle, from version: Int) {
        kb.history?.invalidate()
        kb.isStale = true
        message = Message(tr("Restored version %@ of #%@ as version %@", version, article.id, article.version))
    }

    mutating func articleUnlinked(_ articleID: Int64, from ticketID: Int64, removed: Bool) {
        kb.isStale = true
        message = Message(removed ? tr("Unlinked article #%@ from #%@", articleID, ticketID) : tr("Article #%@ was not linked to #%@", articleID, ticketID))
    }

    private mutating func toggleHistory() -> [ConsoleEffect] {
        if kb.history != nil {
            kb.history = nil
            return []
        }
        guard let article = kb.article else {
            message = Message(tr("No article selected; search for one first"), kind: .error)
            return []
        }
        kb.isTyping = false
        kb.history = KBHistoryView(articleID: article.id)
        return []
    }

    private mutating func restoreSelectedVersion() -> [ConsoleEffect] {
        guard let article = kb.article, let history = kb.history, let version = history.selected else {
            message = Message(tr("Open the version history with h, select a version, then press u"), kind: .error)
            return []
        }
        guard AccessPolicy.canEditArticle(author: article.author, by: actor) else {
            message = Message(tr("Only %@ (the author), a lead or an admin can restore #%@", SafeText.sanitize(article.author), article.id), kind: .error)
            return []
        }
        guard version.version != article.version else {
            message = Message(tr("Version %@ is the current one; select an older version to restore", version.version))
            return []
        }
        return [.restoreArticle(articleID: article.id, version: version.version)]
    }

    private mutating func unlinkSelectedArticle() -> [ConsoleEffect] {
        guard let hit = kb.selectedHit, let ticket = selectedRow else {
            message = Message(tr("Select a ticket and a linked article to unlink"), kind: .error)
            return []
        }
        if kb.linkedTicket == ticket.id, !kb.linked.contains(hit.id) {
            message = Message(tr("Article #%@ is not linked to #%@", hit.id, ticket.id))
            return []
        }
        return [.unlinkArticle(articleID: hit.id, ticketID: ticket.id)]
    }

    /// The same questions as after resolving, for any resolved or closed ticket.
    private mutating func writeArticleFromTicket() -> [ConsoleEffect] {
        guard let ticket = currentTicket else {
            message = Message(tr(selectedID == nil ? "Select a resolved ticket in the queue first" : "The ticket is not loaded yet; try again"), kind: .error)
            return []
        }
        do {
            try ArticleTemplate.checkSolved(ticket)
        } catch {
            message = Message(tr("Cannot write an article: %@", Self.describe(error)), kind: .error)

            return []
        }
        var answers = FlowAnswers()
        answers.wantsArticle = true
        return begin(ActionPlan(.knowledgeBase, ticket: ticket, role: role, answers: answers))
    }
}
