import HelpdeskCore

/// What the console does once the store has answered an action.
extension ConsoleState {
    /// The store saved the change: say so, forget the draft, and offer what naturally comes next
    /// (after resolving: writing the solution into the knowledge base).
    mutating func performed(_ action: TicketAction, on ticket: Ticket) -> [ConsoleEffect] {
        message = Message(action.notice(for: ticket))
        forgetSubmitted()
        heldID = ticket.id
        if case let .changeStatus(.resolved, resolution) = action {
            var answers = FlowAnswers()
            answers.resolution = resolution
            return begin(ActionPlan(.knowledgeBase, ticket: ticket, role: role, answers: answers))
        }
        return []
    }

    mutating func created(_ ticket: Ticket) {
        forgetSubmitted()
        let owner = ticket.assignee.map { tr(", assigned to %@", $0) } ?? tr(", unassigned")
        message = Message(tr("Created #%@ (%@%@)", ticket.id, ticket.priority.label, owner))
    }

    mutating func articleCreated(id: Int64, from draft: ArticleDraft, linked: Bool = false) {
        forgetSubmitted()
        message = Message(linked ? tr("Knowledge-base article #%@ written from #%@ and linked to it", id, draft.ticketID)
                          : tr("Knowledge-base article #%@ written from #%@", id, draft.ticketID))
    }

    /// The store or Core refused: say why in the error colour and keep what was typed for the next try.
    mutating func refused(_ effect: ConsoleEffect, _ error: any Error) {
        let what: String = switch effect {
        case let .perform(action, id, _): tr("Cannot %@ #%@", action.verb, id)
        case .createTicket: tr("Cannot create the ticket")
        case let .createArticle(draft): tr("Cannot write the article for #%@", draft.ticketID)
        case let .rankEngineers(id): tr("Cannot rank the team for #%@", id)
        case let .linkArticle(articleID, ticketID): tr("Cannot link article #%@ to #%@", articleID, ticketID)
        case let .team(team): team.failure
        case let .recordSurvey(ticketID, _, _): tr("Cannot record the survey of #%@", ticketID)
        case let .unlinkArticle(articleID, ticketID): tr("Cannot unlink article #%@ from #%@", articleID, ticketID)
        case let .restoreArticle(articleID, version): tr("Cannot restore version %@ of article #%@", version, articleID)
        case let .linkTickets(from, to, _, _): tr("Cannot link #%@ and #%@", from, to)
        case let .mergeTicket(sourceID, targetID, _): tr("Cannot merge #%@ into #%@", sourceID, targetID)
        case let .loadRequesterHistory(ticketID): tr("Cannot load the requester's history for #%@", ticketID)
        default: tr("Cannot do that")
        }
        if let plan = submitted { drafts[plan.draftKey] = plan.answers }
        submitted = nil
        message = Message("\(what): \(Self.describe(error))", kind: .error)

    }

    /// Opens the assign picker over the team as the assignment engine ranked it.
    mutating func chooseAssignee(for ticket: Ticket, decision: AssignmentDecision) -> [ConsoleEffect] {
        submitted = nil
        var answers = FlowAnswers()
        answers.assignees = ActionFlow.assignPicker(for: ticket, decision: decision)
        return begin(ActionPlan(.assign, ticket: ticket, role: role, answers: answers))
    }

    /// When the ticket held after an action has left the view, the first j or k selects the row
    /// now at its place (the ticket that moved up into it) instead of skipping past it.
    mutating func releaseHeldTicket() -> Bool {
        guard let id = heldID, id == selectedID, !rows.contains(where: { $0.id == id }) else { return false }
        heldID = nil
        selectedID = selectedRow?.id
        return selectedID != nil
    }

    mutating func forgetSubmitted() {
        if let plan = submitted { drafts[plan.draftKey] = nil }
        submitted = nil
    }
}

extension ActionPlan {
    /// Drafts are kept per action and ticket.
    struct DraftKey: Hashable, Sendable {
        var kind: ActionFlow.Kind
        var ticketID: Int64?
    }

    var draftKey: DraftKey { DraftKey(kind: kind, ticketID: ticket?.id) }
}

extension FlowAnswers {
    /// The text typed for `field`, if any.
    func text(for field: ActionPlan.Field) -> String? {
        switch field {
        case .text: text
        case .reason: reason
        case .timeNote: timeNote
        case .tags: tags
        case .title: title
        case .requesterName: requesterName
        case .contact: contact
        case .description: description
        case .articleTitle: articleTitle
        case .articleBody: articleBody
        case .surveyComment: surveyComment
        case .requesterData: requesterData
        default: nil
        }
    }

    mutating func setText(_ value: String, for field: ActionPlan.Field) {
        switch field {
        case .text: text = value
        case .requesterData: requesterData = value
        case .reason: reason = value
        case .timeNote: timeNote = value
        case .tags: tags = value
        case .title: title = value
        case .requesterName: requesterName = value
        case .contact: contact = value
        case .description: description = value
        case .articleTitle: articleTitle = value
        case .articleBody: articleBody = value
        case .surveyComment: surveyComment = value
        default: break
        }
    }
}
