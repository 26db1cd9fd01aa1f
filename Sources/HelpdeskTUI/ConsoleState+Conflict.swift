import Foundation
import HelpdeskCore

/// A save refused because a colleague saved the ticket first: the conflict screen and its three ways on.
extension ConsoleState {
    /// The store refused `action` on `current.id` with a conflict: keep what was typed and open the conflict screen.
    mutating func conflicted(_ action: TicketAction, current: Ticket, expected: Int, changedBy: [String],
                             changes: [TicketEvent], timeZone: TimeZone) {
        let plan = submitted
        if let plan { drafts[plan.draftKey] = plan.answers }
        submitted = nil
        let base = plan?.ticket ?? currentTicket ?? current
        conflict = ConflictScreen(action: action, plan: plan, base: base, current: current, expected: expected,
                                  changedBy: changedBy, changes: changes, actor: actor, timeZone: timeZone)
        message = Message(tr("#%@ was changed by someone else: merge, retry or cancel", current.id), kind: .error)
    }

    /// Every key goes to the conflict screen while it is open.
    mutating func updateConflict(with key: Key) -> [ConsoleEffect] {
        guard var screen = conflict else { return [] }
        switch key {
        case .char("m"), .char("M"): return choose(.merge, on: screen)
        case .char("r"), .char("R"): return choose(.retry, on: screen)
        case .char("c"), .char("C"), .char("q"), .escape, .ctrl("c"): return choose(.cancel, on: screen)
        case .enter: return choose(screen.selected, on: screen)
        case .left, .backTab, .char("h"):
            screen.move(by: -1)
        case .right, .tab, .char("l"):
            screen.move(by: 1)
        default:
            return []
        }
        conflict = screen
        return []
    }

    private mutating func choose(_ option: ConflictScreen.Option, on screen: ConflictScreen) -> [ConsoleEffect] {
        let id = screen.current.id
        switch option {
        case .merge:
            guard case let .apply(rebased) = screen.merge else {
                if case let .refuse(reason) = screen.merge { message = Message(tr("Cannot merge: %@", reason), kind: .error) }
                return []
            }
            conflict = nil
            // Based on the version now shown: a further change in the meantime is a new conflict, never an overwrite.
            submitted = screen.plan.map { ActionPlan($0.kind, ticket: screen.current, role: role, answers: $0.answers) }
            return [.perform(rebased, ticketID: id, expectedVersion: screen.current.version)]
        case .retry:
            conflict = nil
            guard let plan = screen.plan else {
                return [.perform(screen.action, ticketID: id, expectedVersion: screen.current.version)]
            }
            if plan.kind == .assign { return [.rankEngineers(ticketID: id)] }
            return begin(ActionPlan(plan.kind, ticket: screen.current, role: role, answers: Self.retained(plan)))
        case .cancel:
            conflict = nil
            if let plan = screen.plan, drafts[plan.draftKey]?.hasText == true {
                message = Message(tr("Not saved; your %@ on #%@ is kept as a draft (open it again to send)", plan.kind.localizedName, id))
            } else {
                message = Message(tr("Not saved: %@ #%@", screen.action.verb, id))

            }
            return []
        }
    }

    /// The answers a retried form starts from: the choices are asked again on the ticket as it is now;
    /// typed text comes back from the draft when its prompt opens.
    private static func retained(_ plan: ActionPlan) -> FlowAnswers {
        var answers = FlowAnswers()
        answers.assignees = plan.answers.assignees
        return answers
    }
}

extension FlowAnswers {
    /// True when the user typed anything worth keeping.
    var hasText: Bool {
        [text, requesterData, reason, timeNote, tags, title, requesterName, contact, description, articleTitle, articleBody]
            .contains { !($0 ?? "").isEmpty }
    }
}
