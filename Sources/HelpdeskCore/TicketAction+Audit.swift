/// How an attempted action is named in the audit log, e.g. when it is refused.
extension TicketAction {
    /// "assign to li.na", "move to resolved", "escalate"; never the typed text, which may be long.
    public var auditName: String {
        switch self {
        case let .assign(login, _): "assign to \(login)"
        case .take: "take"
        case .unassign: "unassign"
        case let .changeStatus(status, _): "move to \(status.rawValue)"
        case .reply: "reply"
        case .note: "note"
        case .setImpactUrgency: "set impact and urgency"
        case let .overridePriority(priority, _): "override priority to \(priority.label)"
        case .clearPriorityOverride: "clear priority override"
        case .setTags: "set tags"
        case .setMajorIncident: "set major incident"
        case .logTime: "log time"
        case .escalate: "escalate"
        }
    }
}
