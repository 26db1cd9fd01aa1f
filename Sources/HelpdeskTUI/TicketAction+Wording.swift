import HelpdeskCore

/// How the console words actions in its status bar.
extension TicketAction {
    /// Completes "Cannot … #1042", in the interface language.
    var verb: String {
        if case let .changeStatus(status, _) = self { return tr("move to %@", status.localizedName) }
        return tr(englishVerb, context: "verb")
    }

    private var englishVerb: String {
        switch self {
        case .assign: "assign"
        case .take: "take"
        case .unassign: "unassign"
        case .changeStatus: "move to"
        case .reply: "reply on"
        case .note: "add a note to"
        case .setImpactUrgency: "change impact and urgency of"
        case .overridePriority, .clearPriorityOverride: "change the priority of"
        case .setTags: "change the tags of"
        case .setMajorIncident: "change the major-incident flag of"
        case .logTime: "log time on"
        case .escalate: "escalate"
        }
    }

    /// What happened, once the store has saved it.
    func notice(for ticket: Ticket) -> String {
        let id = "#\(ticket.id)"
        switch self {
        case let .assign(login, _): return tr("%@ assigned to %@", id, login)
        case .take: return tr("You took %@", id)
        case .unassign: return tr("%@ is unassigned", id)
        case let .changeStatus(status, _):
            return status == .escalated ? tr("%@ escalated to %@", id, ticket.tier.label) : tr("%@ is now %@", id, status.localizedName)
        case .reply: return tr("Reply added to %@", id)
        case .note: return tr("Internal note added to %@", id)
        case let .setImpactUrgency(impact, urgency):
            return tr("%@: impact %@, urgency %@, priority %@", id, impact.localizedName, urgency.localizedName, ticket.priority.label)
        case .overridePriority, .clearPriorityOverride: return tr("%@ is now %@", id, ticket.priority.label)
        case .setTags:
            return ticket.tags.isEmpty ? tr("%@ has no tags now", id) : tr("%@ tags: %@", id, ticket.tags.joined(separator: ", "))
        case let .setMajorIncident(flag):
            return flag ? tr("%@ is a major incident: pinned to the top, %@", id, ticket.priority.label) : tr("%@ is no longer a major incident", id)
        case let .logTime(minutes, _): return tr("Logged %@ min on %@", minutes, id)
        case .escalate: return tr("%@ escalated to %@", id, ticket.tier.label)
        }
    }
}

extension ActionFlow.Kind {
    /// Completes "Cannot … #1042" before anything is typed, in the interface language.
    var verb: String { tr(englishVerb, context: "verb") }

    private var englishVerb: String {
        switch self {
        case .reply: "reply on"
        case .note: "add a note to"
        case .status: "change the status of"
        case .assign: "assign"
        case .escalate: "escalate"
        case .resolve: "resolve"
        case .reopen: "reopen"
        case .logTime: "log time on"
        case .impactUrgency: "change impact and urgency of"
        case .tags: "change the tags of"
        case .majorIncident: "change the major-incident flag of"
        case .newTicket: "create"
        case .knowledgeBase: "write an article for"
        case .reassign: "reassign"
        case .moveAll: "move"
        case .survey: "survey"
        case .link: "link"
        case .merge: "merge"
        case .resolveChildren: "resolve the children of"
        }
    }
}
