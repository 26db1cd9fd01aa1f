import HelpdeskCore
import HelpdeskStore

extension ConsoleApp {
    /// Loads whatever the knowledge-base pane should show and does not have yet: results for
    /// the current request, the links of the selected ticket, the selected article. Nothing is
    /// queried while the pane is closed or when nothing changed, so calling it after every key
    /// and tick is cheap. The first failure ends the round: it is the one worth reporting.
    func syncKB() {
        guard state.kb.isOpen else { return }
        let stale = state.kb.isStale
        state.kb.isStale = false
        if let request = state.kbRequest {
            if request != state.kb.loaded || stale, !loadResults(for: request) { return }
        } else if state.kb.loaded != nil || !state.kb.hits.isEmpty {
            state.kb.clearResults()
        }
        if let ticket = state.selectedID, ticket != state.kb.linkedTicket || stale {
            do {
                state.kb.setLinked(Set(try source.linkedArticles(ticketID: ticket).map(\.id)), ticket: ticket)
            } catch {
                state.kb.setLinked([], ticket: ticket)
                post(error: tr("cannot read the articles linked to #%@: %@", ticket, ConsoleState.describe(error)))
                return
            }
        }
        if let hit = state.kb.selectedHit {
            if hit.id != state.kb.article?.id || stale {
                do {
                    state.kb.show(try source.article(id: hit.id))
                } catch {
                    state.kb.show(nil)
                    post(error: tr("cannot open article #%@: %@", hit.id, ConsoleState.describe(error)))
                }
            }
        } else if state.kb.article != nil {
            state.kb.show(nil)
        }
        if let history = state.kb.history, !history.isLoaded || stale {
            do {
                state.kb.history?.apply(try source.articleVersions(articleID: history.articleID))
            } catch {
                state.kb.history = nil
                post(error: tr("cannot read the history of article #%@: %@", history.articleID, ConsoleState.describe(error)))
            }
        }
        state.layOutKBArticle()
    }

    /// False when the search failed (and was reported).
    private func loadResults(for request: KBRequest) -> Bool {
        do {
            switch request {
            case let .search(text, limit):
                state.kb.apply(try source.searchArticles(text, limit: limit, visibility: KBVisibility(viewer: state.user)), for: request)
            case let .suggestions(_, title, limit):
                state.kb.apply(try source.suggestArticles(forTitle: title, limit: limit), for: request)
            }
        } catch {
            // Recorded as loaded, so a failing search is reported once rather than on every tick.
            state.kb.apply([], for: request)
            post(error: tr("cannot search the knowledge base: %@", ConsoleState.describe(error)))

            return false
        }
        return true
    }
}
