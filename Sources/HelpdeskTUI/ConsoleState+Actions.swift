import HelpdeskCore

/// Ticket actions: starting them, taking the user's answers, and hearing back from the store.
extension ConsoleState {
    /// The user as Core's access rules see them; the store adds the tier when it applies the action.
    var actor: Actor { Actor(login: user, role: role) }

    /// The selected ticket, when its detail is loaded.
    var currentTicket: Ticket? {
        guard let detail, detail.ticket.id == selectedID else { return nil }
        return detail.ticket
    }

    /// Starts the action a command names. Core's access and lifecycle rules are asked first, so
    /// nobody types a long reply only to learn they may not send it.
    mutating func startAction(_ id: CommandID) -> [ConsoleEffect] {
        submitted = nil
        if id == .newTicket { return begin(ActionPlan(.newTicket, ticket: nil, role: role)) }
        guard let ticket = currentTicket else {
            message = Message(tr(selectedID == nil ? "No ticket selected" : "The ticket is not loaded yet; try again"), kind: .error)
            return []
        }
        let kind = Self.kind(of: id)
        do {
            switch id {
            case .take:
                try AccessPolicy.checkAssign(ticket, to: user, by: actor)
                return [.perform(.take, ticketID: ticket.id, expectedVersion: ticket.version)]
            case .assign:
                try AccessPolicy.checkAssign(ticket, to: nil, by: actor)
                return [.rankEngineers(ticketID: ticket.id)]
            case .escalate: try Self.checkMove(ticket, to: .escalated, by: actor)
            case .resolve: try Self.checkMove(ticket, to: .resolved, by: actor)
            case .reopen: try Self.checkMove(ticket, to: .reopened, by: actor)
            case .changeStatus:
                try AccessPolicy.checkWork(on: ticket, by: actor)
                if Lifecycle.nextStatuses(from: ticket.status).isEmpty {
                    throw WorkflowError.invalid(tr("#%@ is %@, which is final", ticket.id, ticket.status.localizedName))

                }
            default: try AccessPolicy.checkWork(on: ticket, by: actor)
            }
        } catch {
            message = Message(tr("Cannot %@ #%@: %@", id == .take ? tr("take", context: "verb") : kind.verb, ticket.id, Self.describe(error)), kind: .error)
            guard case let WorkflowError.denied(reason) = error else { return [] }
            return [.recordDenied(ticketID: ticket.id, action: id == .take ? "take" : kind.verb, message: reason)]
        }
        return begin(ActionPlan(kind, ticket: ticket, role: role))
    }

    /// A refusal Core gave before the store was asked: shown, and written to the audit log like the store's own.
    mutating func refusedUpFront(_ error: Error, ticketID: Int64?, action: String) -> [ConsoleEffect] {
        message = Message(Self.describe(error), kind: .error)
        guard case let WorkflowError.denied(reason) = error else { return [] }
        return [.recordDenied(ticketID: ticketID, action: action, message: reason)]
    }

    private static func checkMove(_ ticket: Ticket, to status: TicketStatus, by actor: Actor) throws {
        try AccessPolicy.checkWork(on: ticket, by: actor)
        guard Lifecycle.canMove(from: ticket.status, to: status) else {
            throw WorkflowError.illegalTransition(from: ticket.status, to: status)
        }
    }

    private static func kind(of id: CommandID) -> ActionFlow.Kind {
        switch id {
        case .note: .note
        case .changeStatus: .status
        case .assign, .take: .assign
        case .escalate: .escalate
        case .resolve: .resolve
        case .reopen: .reopen
        case .logTime: .logTime
        case .impactUrgency: .impactUrgency
        case .editTags: .tags
        case .majorIncident: .majorIncident
        case .newTicket: .newTicket
        default: .reply
        }
    }

    /// Shows the next step of `plan`, or hands its store call to the console.
    mutating func begin(_ plan: ActionPlan) -> [ConsoleEffect] {
        switch plan.next() {
        case let .ask(field, step):
            var step = step
            if case let .prompt(prompt) = step, let typed = drafts[plan.draftKey]?.text(for: field) {
                step = .prompt(prompt.startingWith(typed))
            }
            var next = ActionFlow(plan: plan, step: step, field: field)
            next.fit(cols: layout.cols, rows: layout.rows)
            flow = next
            return []
        case let .finish(effect):
            flow = nil
            submitted = plan
            return [effect]
        case let .close(text):
            flow = nil
            message = Message(text)
            return []
        }
    }

    /// Every key goes to the open flow: its picker, prompt or question.
    mutating func updateFlow(with key: Key) -> [ConsoleEffect] {
        guard var current = flow else { return [] }
        if let effects = updateTemplates(with: key) { return effects }
        switch current.step {
        case var .pick(picker):
            switch picker.handle(key) {
            case .pending:
                current.step = .pick(picker)
                flow = current
                return []
            case .cancelled:
                return cancelFlow()
            case let .picked(choice):
                return answer(.choice(choice), in: current)
            }
        case .confirm:
            switch key {
            case .char("y"), .char("Y"), .enter: return answer(.yes, in: current)
            case .char("n"), .char("N"), .escape, .ctrl("c"):
                return current.kind == .resolveChildren ? declineChildren(current.plan) : cancelFlow()
            default: return []
            }
        case var .prompt(prompt):
            switch prompt.handle(key) {
            case .editing:
                current.step = .prompt(prompt)
                flow = current
                return []
            case .cancelled:
                return cancelFlow()
            case let .submitted(text):
                current.step = .prompt(prompt)
                return answer(.text(text), in: current)
            }
        }
    }

    private mutating func answer(_ answer: ActionPlan.Answer, in current: ActionFlow) -> [ConsoleEffect] {
        var plan = current.plan
        let prompt: Prompt? = if case let .prompt(p) = current.step { p } else { nil }
        if let problem = plan.record(answer, for: current.field, prompt: prompt) {
            flow = current
            message = Message(problem, kind: .error)
            return []
        }
        return begin(plan)
    }

    /// Closes the flow. Text the user chose to discard is not kept, and neither is an old draft.
    private mutating func cancelFlow() -> [ConsoleEffect] {
        if let current = flow {
            drafts[current.plan.draftKey] = nil
            message = Message(tr("Cancelled: %@ %@", current.kind.localizedName, current.plan.subject))
        }
        flow = nil
        return []
    }
}
