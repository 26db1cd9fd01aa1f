import HelpdeskCore

/// Linking, merging, resolving a parent's children and the requester history, in the console.
extension ConsoleState {
    /// `&`: pick how the selected ticket relates to another, then type the other's number.
    mutating func startLink() -> [ConsoleEffect] {
        submitted = nil
        guard let ticket = loadedTicket() else { return [] }
        return begin(ActionPlan(.link, ticket: ticket, role: role))
    }

    /// `m`: merge the selected ticket into another. An agent is stopped at once unless the ticket is theirs.
    mutating func startMerge() -> [ConsoleEffect] {
        submitted = nil
        guard let ticket = loadedTicket() else { return [] }
        if !AccessPolicy.allows(role, .merge), ticket.assignee != user {
            let owner = ticket.assignee.map { "is assigned to \($0)" } ?? "is unassigned"
            let reason = "#\(ticket.id) \(owner); only a lead can merge tickets, or an agent who owns both"
            let shown = ticket.assignee.map { tr("#%@ is assigned to %@; only a lead can merge tickets, or an agent who owns both", ticket.id, $0) }
                ?? tr("#%@ is unassigned; only a lead can merge tickets, or an agent who owns both", ticket.id)
            message = Message(tr("Cannot merge #%@: %@", ticket.id, tr("not allowed: %@", shown)), kind: .error)
            return [.recordDenied(ticketID: ticket.id, action: "merge", message: reason)]
        }
        return begin(ActionPlan(.merge, ticket: ticket, role: role))
    }

    /// `h`: the requester's other tickets.
    mutating func openRequesterHistory() -> [ConsoleEffect] {
        guard let id = selectedID else {
            message = Message(tr("No ticket selected"), kind: .error)
            return []
        }
        return [.loadRequesterHistory(ticketID: id)]
    }

    /// The history arrived: show it over the screen.
    mutating func showRequesterHistory(_ history: RequesterHistory, from ticketID: Int64) {
        var view = RequesterHistoryView(history: history, fromTicketID: ticketID)
        if let index = history.tickets.firstIndex(where: { $0.id == ticketID }) {
            view.move(to: index, visibleRows: RequesterHistoryView.visibleRows(screenRows: layout.rows))
        }
        requesterHistory = view
    }

    /// Every key goes to the open history: move, Enter opens the ticket, Esc (or q, h) closes.
    mutating func updateRequesterHistory(with key: Key) -> [ConsoleEffect] {
        guard var view = requesterHistory else { return [] }
        let rows = RequesterHistoryView.visibleRows(screenRows: layout.rows)
        switch key {
        case .char("j"), .down, .wheelDown: view.move(to: view.cursor + 1, visibleRows: rows)
        case .char("k"), .up, .wheelUp: view.move(to: view.cursor - 1, visibleRows: rows)
        case .pageDown, .ctrl("f"): view.move(to: view.cursor + rows, visibleRows: rows)
        case .pageUp, .ctrl("b"): view.move(to: view.cursor - rows, visibleRows: rows)
        case .char("g"), .home: view.move(to: 0, visibleRows: rows)
        case .char("G"), .end: view.move(to: view.history.tickets.count - 1, visibleRows: rows)
        case .escape, .char("q"), .char("h"):
            requesterHistory = nil
            return []
        case .ctrl("c"):
            return [.quit]
        case .enter:
            requesterHistory = nil
            guard let ticket = view.selected else { return [] }
            // Held, so it stays selected even when the current view does not hold it.
            selectedID = ticket.id
            heldID = ticket.id
            message = Message(tr("#%@ opened from the requester's history", ticket.id))
            return focus == .detail ? [.reloadPage] : focusDetail()
        default:
            break
        }
        requesterHistory = view
        return []
    }

    /// The store linked two tickets.
    mutating func linked(_ link: TicketLink, from ticketID: Int64) {
        forgetSubmitted()
        let other = link.other(than: ticketID) ?? link.to
        message = Message(tr("#%@ %@ #%@", ticketID, link.relation(from: ticketID).localizedLabel, other))
    }

    /// The store merged the ticket: show the target, whose timeline now holds the source's history.
    mutating func merged(_ sourceID: Int64, into target: Ticket) -> [ConsoleEffect] {
        forgetSubmitted()
        selectedID = target.id
        heldID = target.id
        message = Message(tr("#%1$@ merged into #%2$@: its history shows in #%2$@'s timeline", sourceID, target.id))
        return []
    }

    /// After resolving a parent: ask whether to resolve its open children too, then offer the article.
    mutating func offerChildren(_ children: [LinkedTicket], of parent: Ticket, resolution: String) {
        guard !children.isEmpty else { return }
        var answers = FlowAnswers()
        answers.children = children
        answers.resolution = resolution
        // The knowledge-base offer `performed` opened comes back after the question.
        answers.followUp = flow.map { [$0.plan] } ?? []
        flow = nil
        _ = begin(ActionPlan(.resolveChildren, ticket: parent, role: role, answers: answers))
    }

    /// The children were resolved (or some refused): say so, then go on to what followed the question.
    mutating func childrenResolved(_ outcomes: [ChildResolution], followUp: [ActionPlan]) -> [ConsoleEffect] {
        forgetSubmitted()
        let done = outcomes.filter { $0.error == nil }.map { "#\($0.id)" }
        let failed = outcomes.filter { $0.error != nil }
        if failed.isEmpty {
            message = Message(tr("Also resolved %@", done.joined(separator: ", ")))
        } else {
            let why = failed.map { "#\($0.id): \($0.error ?? "")" }.joined(separator: "; ")
            message = Message(tr("Resolved %@; not resolved %@", done.isEmpty ? tr("none", context: "tickets") : done.joined(separator: ", "), why), kind: .error)
        }
        return followUp.first.map { begin($0) } ?? []
    }

    /// "n" to the children question: leave them open and go on to the knowledge-base offer.
    mutating func declineChildren(_ plan: ActionPlan) -> [ConsoleEffect] {
        flow = nil
        let open = plan.answers.children ?? []
        let ids = open.map { "#\($0.id)" }.joined(separator: ", ")
        message = Message(tr("Left open: %@", ids))
        return plan.answers.followUp.first.map { begin($0) } ?? []
    }

    private mutating func loadedTicket() -> Ticket? {
        guard let ticket = currentTicket else {
            message = Message(tr(selectedID == nil ? "No ticket selected" : "The ticket is not loaded yet; try again"), kind: .error)
            return nil
        }
        return ticket
    }
}
