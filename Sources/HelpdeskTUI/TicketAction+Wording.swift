import HelpdeskCore

/// How the console words actions in its status bar.
extension TicketAction {
    /// Completes "Cannot … #1042".
    var verb: String {
        switch self {
        case .assign: "assign"
        case .take: "take"
        case .unassign: "unassign"
        case let .changeStatus(status, _): "move to \(status.shortLabel)"
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
        case let .assign(login, _): return "\(id) assigned to \(login)"
        case .take: return "You took \(id)"
        case .unassign: return "\(id) is unassigned"
        case let .changeStatus(status, _):
            return status == .escalated ? "\(id) escalated to \(ticket.tier.label)" : "\(id) is now \(status.shortLabel)"
        case .reply: return "Reply added to \(id)"
        case .note: return "Internal note added to \(id)"
        case let .setImpactUrgency(impact, urgency):
            return "\(id): impact \(impact.name), urgency \(urgency.name), priority \(ticket.priority.label)"
        case .overridePriority, .clearPriorityOverride: return "\(id) is now \(ticket.priority.label)"
        case .setTags:
            return ticket.tags.isEmpty ? "\(id) has no tags now" : "\(id) tags: \(ticket.tags.joined(separator: ", "))"
        case let .setMajorIncident(flag):
            return flag ? "\(id) is a major incident: pinned to the top, \(ticket.priority.label)" : "\(id) is no longer a major incident"
        case let .logTime(minutes, _): return "Logged \(minutes) min on \(id)"
        case .escalate: return "\(id) escalated to \(ticket.tier.label)"
        }
    }
}

extension ActionFlow.Kind {
    /// Completes "Cannot … #1042" before anything is typed.
    var verb: String {
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
