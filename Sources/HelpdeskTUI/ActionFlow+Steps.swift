import HelpdeskCore

/// The steps of each action: what to ask next given the answers so far, and the store call they add up to.
extension ActionPlan {
    /// What a step fills in.
    enum Field: Sendable, Equatable {
        case status, engineer, reason, text, requesterData, impact, urgency, minutes, timeNote, tags, confirm
        case title, requesterName, contact, channel, category, description
        case articleChoice, articleTitle, articleBody
        case score, surveyComment
        case linkKind, otherTicket
    }

    /// Where the flow goes after an answer.
    enum Next: Sendable, Equatable {
        case ask(Field, ActionFlow.Step)
        case finish(ConsoleEffect)
        /// Done without a store call, with a notice ("No article written").
        case close(String)
    }

    /// The next question, or the effect the answers add up to.
    func next() -> Next {
        switch kind {
        case .reply, .note, .escalate, .resolve, .reopen:
            return textAction()
        case .status:
            return statusAction()
        case .assign:
            return assignAction()
        case .logTime:
            guard let minutes = answers.minutes else { return .ask(.minutes, .prompt(Prompt.minutes)) }
            guard let note = answers.timeNote else { return .ask(.timeNote, .prompt(Prompt.timeNote)) }
            return perform(.logTime(minutes: minutes, note: note))
        case .impactUrgency:
            guard let impact = answers.impact else { return .ask(.impact, .pick(ActionFlow.levelPicker(impact: true, current: ticket?.impact))) }
            guard let urgency = answers.urgency else { return .ask(.urgency, .pick(ActionFlow.levelPicker(impact: false, current: ticket?.urgency))) }
            return perform(.setImpactUrgency(impact: impact, urgency: urgency))
        case .tags:
            guard let raw = answers.tags else { return .ask(.tags, .prompt(Prompt.tags(current: ticket?.tags ?? []))) }
            return perform(.setTags(Self.splitTags(raw)))
        case .majorIncident:
            let flag = !(ticket?.isMajorIncident ?? false)
            guard answers.confirmed else { return .ask(.confirm, .confirm(Self.majorIncidentQuestion(subject, setting: flag))) }
            return perform(.setMajorIncident(flag))
        case .newTicket:
            return newTicketStep()
        case .knowledgeBase:
            return knowledgeBaseStep()
        case .reassign, .moveAll:
            return teamStep()
        case .survey:
            return surveyStep()
        case .link:
            return linkStep()
        case .merge:
            return mergeStep()
        case .resolveChildren:
            return resolveChildrenStep()
        }
    }

    private func perform(_ action: TicketAction) -> Next {
        guard let ticket else { return .close(tr("There is no ticket to change")) }
        return .finish(.perform(action, ticketID: ticket.id, expectedVersion: ticket.version))
    }

    private func textAction() -> Next {
        guard let text = answers.text else {
            let prompt: Prompt = switch kind {
            case .reply: .reply(to: ticket?.requester.name ?? "")
            case .note: .note
            case .escalate: .escalation
            case .resolve: .resolution
            default: .reopenReason
            }
            return .ask(.text, .prompt(prompt))
        }
        if kind == .escalate { return escalation(details: text) }
        return switch kind {
        case .reply: perform(.reply(text))
        case .note: perform(.note(text))
        case .resolve: perform(.resolve(text))
        default: perform(.reopen(reason: text))
        }
    }

    private func statusAction() -> Next {
        guard let ticket else { return .close(tr("There is no ticket to change")) }
        guard let status = answers.status else { return .ask(.status, .pick(ActionFlow.statusPicker(for: ticket))) }
        // Assigning needs an engineer, so picking "assigned" hands over to the assign picker.
        if status == .assigned { return .finish(.rankEngineers(ticketID: ticket.id)) }
        if let prompt = Prompt.statusText(for: status), answers.text == nil { return .ask(.text, .prompt(prompt)) }
        if status == .escalated, let details = answers.text { return escalation(details: details) }
        return perform(.changeStatus(status, text: answers.text))
    }

    /// Escalating asks, after the details, for the data the requester supplied.
    private func escalation(details: String) -> Next {
        guard let data = answers.requesterData else { return .ask(.requesterData, .prompt(.requesterData)) }
        return perform(.escalate(details: details, requesterData: data))
    }

    private func assignAction() -> Next {
        guard let engineer = answers.engineer else {
            guard let picker = answers.assignees else { return .close(tr("The team could not be ranked for this ticket")) }
            return .ask(.engineer, .pick(picker))
        }
        if role != .agent, answers.reason == nil {
            return .ask(.reason, .prompt(.assignReason(to: engineer, replacing: ticket?.assignee)))
        }
        let reason = answers.reason.flatMap { $0.isEmpty ? nil : $0 }
        return perform(.assign(to: engineer, reason: reason))
    }

    private func newTicketStep() -> Next {
        guard let title = answers.title else { return .ask(.title, .prompt(.newTitle)) }
        guard let name = answers.requesterName else { return .ask(.requesterName, .prompt(.requesterName)) }
        guard let contact = answers.contact else { return .ask(.contact, .prompt(.contact)) }
        guard let channel = answers.channel else { return .ask(.channel, .pick(ActionFlow.channelPicker())) }
        guard let category = answers.category else { return .ask(.category, .pick(ActionFlow.categoryPicker())) }
        guard let impact = answers.impact else { return .ask(.impact, .pick(ActionFlow.levelPicker(impact: true, current: .medium))) }
        guard let urgency = answers.urgency else { return .ask(.urgency, .pick(ActionFlow.levelPicker(impact: false, current: .medium))) }
        guard let description = answers.description else { return .ask(.description, .prompt(.newDescription)) }
        let draft = NewTicket(title: title, description: description, requester: Requester(name: name, contact: contact),
                              channel: channel, category: category, impact: impact, urgency: urgency)
        return .finish(.createTicket(draft))
    }

    private func knowledgeBaseStep() -> Next {
        guard let ticket else { return .close(tr("There is no ticket to write an article from")) }
        guard let wanted = answers.wantsArticle else { return .ask(.articleChoice, .pick(ActionFlow.articlePicker(for: ticket))) }
        guard wanted else { return .close(tr("No knowledge-base article written for #%@", ticket.id)) }
        guard let title = answers.articleTitle else { return .ask(.articleTitle, .prompt(.articleTitle(ticket.title))) }
        guard let body = answers.articleBody else {
            return .ask(.articleBody, .prompt(.articleBody(Self.articleText(ticket, resolution: answers.resolution ?? ticket.resolution ?? ""))))
        }
        return .finish(.createArticle(ArticleDraft(title: title, body: body, category: ticket.category,
                                                   tags: ticket.tags, ticketID: ticket.id)))
    }

    /// The article body offered for editing: the problem as reported, then what solved it.
    static func articleText(_ ticket: Ticket, resolution: String) -> String {
        ArticleTemplate.body(for: ticket, resolution: resolution)
    }

    /// Tags as typed: separated by commas, spaces, or the Chinese comma and enumeration mark.
    static func splitTags(_ text: String) -> [String] {
        text.split { $0 == "," || $0 == "，" || $0 == "、" || $0 == ";" || $0.isWhitespace }.map(String.init)
    }

    static func majorIncidentQuestion(_ subject: String, setting flag: Bool) -> ActionFlow.Question {
        flag
            ? ActionFlow.Question(title: tr("Major incident"), text: tr("Mark %@ as a major incident? It is pinned to the top of every queue and raised to P1.", subject))
            : ActionFlow.Question(title: tr("Major incident"), text: tr("Clear the major-incident flag of %@? Its priority follows the rules again.", subject))

    }
}
