import HelpdeskCore

/// The pickers the actions offer: legal statuses, ranked engineers, levels, categories, channels.
extension ActionFlow {
    /// Only the moves the lifecycle allows from the ticket's status, each saying what it will ask.
    static func statusPicker(for ticket: Ticket) -> Picker<Choice> {
        let items = Lifecycle.nextStatuses(from: ticket.status).map { status in
            Picker<Choice>.Item(.status(status), status.localizedName, detail: statusHint(status))
        }
        return Picker(title: tr("Status of #%@: %@ →", ticket.id, ticket.status.localizedName), items: items)
    }

    static func statusHint(_ status: TicketStatus) -> String { tr(englishStatusHint(status)) }

    private static func englishStatusHint(_ status: TicketStatus) -> String {
        switch status {
        case .new: "back to the unassigned queue"
        case .assigned: "choose an engineer next"
        case .inProgress: "being worked on (takes it when nobody has it)"
        case .pendingCustomer: "waiting on the requester; the resolution clock pauses"
        case .escalated: "to second line (L2); asks for the details"
        case .resolved: "asks for the resolution"
        case .closed: "the requester confirmed the fix"
        case .reopened: "asks what is still wrong"
        case .cancelled: "asks for the reason"
        }
    }

    /// Every engineer in the engine's order, eligible first, each with the engine's explanation.
    static func assignPicker(for ticket: Ticket, decision: AssignmentDecision) -> Picker<Choice> {
        let items = decision.ranked.map { candidate in
            Picker<Choice>.Item(.engineer(candidate.engineer.login), candidate.engineer.name,
                                detail: candidate.explanation, dimmed: !candidate.isEligible)
        }
        let suggestion = decision.engineer == nil ? decision.explanation : tr("Suggested: %@", decision.explanation)
        return Picker(title: tr("Assign #%@ (%@, %@)", ticket.id, ticket.category.localizedName, ticket.tier.label), items: items,
                      note: suggestion, selected: decision.engineer.map { .engineer($0.login) })
    }

    static func levelPicker(impact: Bool, current: Level?) -> Picker<Choice> {
        let items = Level.allCases.map { level in
            Picker<Choice>.Item(.level(level), level.localizedName, detail: tr(impact ? impactHint(level) : urgencyHint(level)))
        }
        return Picker(title: tr(impact ? "Impact: how many are affected?" : "Urgency: how soon does it hurt?"), items: items,
                      selected: current.map { .level($0) })
    }

    private static func impactHint(_ level: Level) -> String {
        switch level {
        case .low: "one person, with a workaround"
        case .medium: "one person or a few"
        case .high: "a team or a department"
        case .critical: "a site or the whole company"
        }
    }

    private static func urgencyHint(_ level: Level) -> String {
        switch level {
        case .low: "can wait for a convenient time"
        case .medium: "should be fixed in the normal course"
        case .high: "work is held up"
        case .critical: "work has stopped"
        }
    }

    static func categoryPicker() -> Picker<Choice> {
        let hints: [Category: String] = [
            .hardware: "PCs, printers, phones, peripherals", .software: "applications, installs, updates",
            .network: "LAN, Wi-Fi, VPN, internet", .account: "accounts, passwords, access",
            .security: "phishing, viruses, data leaks", .other: "anything else",
        ]
        let items = Category.allCases.map { Picker<Choice>.Item(.category($0), $0.localizedName, detail: tr(hints[$0] ?? "")) }
        return Picker(title: tr("Category"), items: items, selected: .category(.other))
    }

    static func channelPicker() -> Picker<Choice> {
        let hints: [Channel: String] = [
            .phone: "电话", .email: "邮件", .web: "web form", .chat: "在线客服 / online chat", .walkIn: "at the desk",
        ]
        let items = Channel.allCases.map { Picker<Choice>.Item(.channel($0), $0.localizedName, detail: tr(hints[$0] ?? "")) }
        return Picker(title: tr("How did the request come in?"), items: items, selected: .channel(.phone))
    }

    static func articlePicker(for ticket: Ticket) -> Picker<Choice> {
        Picker(title: tr("Knowledge base: record how #%@ was solved?", ticket.id), items: [
            Picker<Choice>.Item(.createArticle, tr("Create an article"), detail: tr("from the ticket and its resolution; you can edit both")),
            Picker<Choice>.Item(.skip, tr("Not now"), detail: tr("no article")),

        ])
    }
}
