/// What becomes of an action that lost a race: someone saved the ticket between the moment the
/// user opened it (`base`) and the moment they saved (`current` is the ticket now).
///
/// Merging re-applies the user's intent to the ticket as it is now, never their stale copy: a
/// note or reply is simply added; a status change must still be a legal move from the current
/// status; tags are merged three ways (their additions and removals kept, the user's applied on
/// top); a field the colleague changed too is not overwritten, and the user is told why.
public enum ConflictMerge {
    /// The action to save on top of `current`, or why that no longer makes sense.
    public enum Outcome: Sendable, Equatable {
        case apply(TicketAction)
        case refuse(String)
    }

    /// Rebases `action`, written against `base`, onto `current`, for `actor`.
    public static func rebase(_ action: TicketAction, base: Ticket, onto current: Ticket, by actor: Actor) -> Outcome {
        do {
            try AccessPolicy.checkWork(on: current, by: actor)
        } catch {
            return .refuse("\(error)")
        }
        let id = "#\(current.id)"
        switch action {
        case .reply, .note, .logTime:
            return .apply(action)
        case let .changeStatus(target, text):
            if current.status == target { return .refuse("\(id) is already \(target.rawValue)") }
            guard Lifecycle.canMove(from: current.status, to: target) else {
                return .refuse("\(id) is now \(current.status.rawValue): \(WorkflowError.illegalTransition(from: current.status, to: target))")
            }
            return .apply(.changeStatus(target, text: text))
        case .escalate:
            if current.status == .escalated { return .refuse("\(id) is already escalated") }
            guard Lifecycle.canMove(from: current.status, to: .escalated) else {
                return .refuse("\(id) is now \(current.status.rawValue): \(WorkflowError.illegalTransition(from: current.status, to: .escalated))")
            }
            return .apply(action)
        case let .assign(login, reason):
            if current.assignee == login { return .refuse("\(id) is already assigned to \(login)") }
            if current.assignee != base.assignee {
                return .refuse("\(id) was reassigned to \(current.assignee ?? "nobody") meanwhile; Retry to choose again")
            }
            return .apply(.assign(to: login, reason: reason))
        case .take:
            if current.assignee == actor.login { return .refuse("\(id) is already yours") }
            if current.assignee != base.assignee {
                return .refuse("\(id) was taken by \(current.assignee ?? "nobody") meanwhile")
            }
            return .apply(.take)
        case .unassign:
            return current.assignee == nil ? .refuse("\(id) is already unassigned") : .apply(action)
        case let .setTags(mine):
            let merged = mergeTags(base: base.tags, mine: mine, theirs: current.tags)
            return merged == current.tags ? .refuse("\(id) already has these tags") : .apply(.setTags(merged))
        case let .setImpactUrgency(impact, urgency):
            if current.impact != base.impact || current.urgency != base.urgency {
                return .refuse("impact and urgency of \(id) were changed meanwhile (now \(current.impact.name), \(current.urgency.name)); Retry to choose again")
            }
            return .apply(action)
                .unless(impact == current.impact && urgency == current.urgency, "\(id) already has impact \(impact.name), urgency \(urgency.name)")
        case .overridePriority, .clearPriorityOverride:
            if current.priority != base.priority || current.priorityOverridden != base.priorityOverridden {
                return .refuse("the priority of \(id) was changed meanwhile (now \(current.priority.label)); Retry to choose again")
            }
            return .apply(action)
        case let .setMajorIncident(flag):
            return current.isMajorIncident == flag
                ? .refuse(flag ? "\(id) is already a major incident" : "\(id) is no longer a major incident already")
                : .apply(action)
        }
    }

    /// Three-way merge: the colleague's tags, minus what the user removed, plus what the user added, in the colleague's order.
    public static func mergeTags(base: [String], mine: [String], theirs: [String]) -> [String] {
        let removed = Set(base).subtracting(mine)
        var result = theirs.filter { !removed.contains($0) }
        for tag in mine where !base.contains(tag) && !result.contains(tag) { result.append(tag) }
        return result
    }
}

extension ConflictMerge.Outcome {
    fileprivate func unless(_ condition: Bool, _ reason: String) -> ConflictMerge.Outcome {
        condition ? .refuse(reason) : self
    }
}
