import Foundation
import HelpdeskCore
import HelpdeskStore

/// The console's store calls for tickets: loading the selected one, and running what the
/// user's actions ask for. Every change goes through `perform`, and so through Core's workflow.
final class ActionRunner {
    let source: any ConsoleDataSource
    let actor: Actor
    private let timeZone: TimeZone
    let now: () -> Date
    /// The ticket whose detail last failed to load, so a broken one is not retried on every key.
    private var failedID: Int64?

    init(source: any ConsoleDataSource, actor: Actor, timeZone: TimeZone, now: @escaping () -> Date) {
        self.source = source
        self.actor = actor
        self.timeZone = timeZone
        self.now = now
    }

    /// Runs the store effects among `effects`, and any that their outcome starts; true when data may have changed.
    func run(_ effects: [ConsoleEffect], on state: inout ConsoleState) -> Bool {
        var changed = false
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            let (wrote, more) = run(effect, on: &state)
            changed = changed || wrote
            queue += more
        }
        return changed
    }

    private func run(_ effect: ConsoleEffect, on state: inout ConsoleState) -> (wrote: Bool, more: [ConsoleEffect]) {
        do {
            switch effect {
            case .reloadPage, .reloadAll, .quit, .handover, .savedView:
                return (false, [])
            case let .perform(action, id, version):
                let ticket = try source.perform(action, on: id, expectedVersion: version, by: actor, at: now())
                let more = state.performed(action, on: ticket)
                offerOpenChildren(after: action, on: ticket, &state)
                return (true, more)
            case let .createTicket(draft):
                state.created(try source.createTicket(draft, by: actor, at: now()))
                return (true, [])
            case let .createArticle(draft):
                let id = try source.addArticle(title: draft.title, body: draft.body, category: draft.category, tags: draft.tags,
                                               author: actor.login, at: now(), status: .published)
                // The article came from this ticket, so it counts as used there ("used in 1 ticket").
                let linked = (try? source.linkArticle(id, toTicket: draft.ticketID, by: actor, at: now())) ?? false
                state.articleCreated(id: id, from: draft, linked: linked)
                return (true, [])
            case let .unlinkArticle(articleID, ticketID):
                let removed = try source.unlinkArticle(articleID, fromTicket: ticketID, by: actor, at: now())
                state.articleUnlinked(articleID, from: ticketID, removed: removed)
                return (removed, [])
            case let .restoreArticle(articleID, version):
                let saved = try source.restoreArticle(articleID, version: version, by: actor, at: now())
                state.articleRestored(saved, from: version)
                return (true, [])
            case let .linkArticle(articleID, ticketID):
                let isNew = try source.linkArticle(articleID, toTicket: ticketID, by: actor, at: now())
                state.articleLinked(articleID, to: ticketID, isNew: isNew)
                return (isNew, [])
            case let .recordDenied(ticketID, action, message):
                try source.recordDenied(actor: actor.login, at: now(), ticketID: ticketID, action: action, message: message)
                return (false, [])
            case let .recordSurvey(id, score, comment):
                let result = try source.recordSurvey(ticketID: id, score: score, comment: comment, by: actor, at: now())
                return (true, state.surveyRecorded(result))
            case let .rankEngineers(id):
                // The ticket as the user sees it: its version is what the assignment will be based on.
                let seen = state.currentTicket.flatMap { $0.id == id ? $0 : nil }
                let ticket = try seen ?? source.ticket(id: id)
                let onShift = try source.onShiftLogins(at: now())
                let decision = AssignmentEngine.decide(for: ticket, engineers: try source.engineers(), loads: try source.openLoads()) {
                    onShift?.contains($0.login) ?? true
                }
                return (false, state.chooseAssignee(for: ticket, decision: decision))
            case let .team(team):
                return try run(team, on: &state)
            case .linkTickets, .mergeTicket, .resolveChildren, .loadRequesterHistory:
                return try runLinks(effect, on: &state)
            case let .replyTemplates(ticketID):
                openTemplates(for: ticketID, on: &state)
                return (false, [])
            }
        } catch let StoreError.conflict(id, expected, _, changedBy, changes) {
            guard case let .perform(action, _, _) = effect, let current = try? source.ticket(id: id) else {
                state.refused(effect, StoreError.conflict(ticketID: id, expected: expected, actual: expected, changedBy: changedBy, changes: changes))
                return (true, [])
            }
            state.conflicted(action, current: current, expected: expected, changedBy: changedBy, changes: changes, timeZone: timeZone)
            return (true, [])
        } catch {
            state.refused(effect, error)
            // A conflict or a vanished ticket means the data moved: reload so the user sees it as it is.
            return (true, [])
        }
    }

    /// Loads the selected ticket's detail when the selection moved, or always when `force`
    /// (the data changed); nothing is queried when the same ticket is still shown.
    func syncDetail(_ state: inout ConsoleState, force: Bool) {
        guard let id = state.selectedID else {
            if state.detail != nil { state.setDetail(nil) }
            return
        }
        if !force, state.detail?.ticket.id == id || failedID == id { return }
        do {
            let detail = TicketDetail(ticket: try source.ticket(id: id), timeline: try source.timeline(ticketID: id),
                                      sla: try source.slaConfiguration(), timeZone: timeZone, width: state.detailTextWidth,
                                      links: try source.links(ticketID: id), contacts: try source.contacts(ticketID: id))
            failedID = nil
            state.setDetail(detail)
        } catch {
            failedID = id
            state.setDetail(nil)
            state.message = ConsoleState.Message(tr("Cannot load #%@: %@", id, ConsoleState.describe(error)), kind: .error)

        }
    }
}
