import Foundation

/// The ticket rules in one place: every change a user makes goes through here and comes out with its events.
public struct Workflow: Sendable {
    public var rules: PriorityRules

    public init(rules: PriorityRules = PriorityRules()) {
        self.rules = rules
    }

    /// Validates a new request and gives it its priority from the rules.
    public func create(_ draft: NewTicket, by actor: Actor, at now: Date) throws -> TicketChange {
        let title = try Limits.checked(draft.title, "the title", limit: Limits.titleCharacters)
        let description = try Limits.checked(draft.description, "the description", limit: Limits.bodyCharacters, required: false)
        let name = try Limits.checked(draft.requester.name, "the requester's name", limit: Limits.nameCharacters)
        let contact = try Limits.checked(draft.requester.contact, "the requester's contact", limit: Limits.nameCharacters)
        let organisation = try Limits.checked(draft.requester.organisation, "the organisation", limit: Limits.nameCharacters, required: false)
        var ticket = Ticket(
            title: title, description: description,
            requester: Requester(name: name, contact: contact, organisation: organisation, isVIP: draft.requester.isVIP),
            channel: draft.channel, category: draft.category, impact: draft.impact, urgency: draft.urgency,
            tags: try Limits.tags(draft.tags), isMajorIncident: draft.isMajorIncident, createdAt: now)
        let decision = rules.evaluate(ticket)
        ticket.priority = decision.priority
        ticket.priorityReason = decision.reasonText
        let event = TicketEvent(ticketID: 0, actor: actor.login, at: now, field: "created",
                                newValue: ticket.priority.label, reason: decision.reasonText)
        return TicketChange(ticket: ticket, events: [event])
    }

    /// Applies one action, or throws the reason it is refused. `engineer` looks up assignees.
    public func apply(_ action: TicketAction, to original: Ticket, by actor: Actor, at now: Date,
                      engineer: (String) -> Engineer? = { _ in nil }) throws -> TicketChange {
        var change = TicketChange(ticket: original)
        // Events gather outside `change`: helpers receive `change` inout and call `record` meanwhile,
        // and appending to `change.events` there is an exclusive-access violation that aborts the process.
        var events: [TicketEvent] = []
        func record(_ field: String, _ old: String?, _ new: String?, _ reason: String? = nil) {
            events.append(TicketEvent(ticketID: original.id, actor: actor.login, at: now,
                                      field: field, oldValue: old, newValue: new, reason: reason))
        }

        switch action {
        case let .assign(login, reason):
            try AccessPolicy.checkAssign(original, to: login, by: actor)
            guard let target = engineer(login) else { throw WorkflowError.unknownEngineer(login) }
            guard target.isActive else { throw WorkflowError.invalid("\(login) is not active and cannot take tickets") }
            try assign(&change, to: target, reason: reason, actor: actor, now: now, record: record)
        case .take:
            try AccessPolicy.checkAssign(original, to: actor.login, by: actor)
            guard let me = engineer(actor.login) else { throw WorkflowError.unknownEngineer(actor.login) }
            try assign(&change, to: me, reason: nil, actor: actor, now: now, record: record)
        case let .unassign(reason):
            try AccessPolicy.checkWork(on: original, by: actor)
            guard let old = original.assignee else { throw WorkflowError.invalid("#\(original.id) is not assigned") }
            guard original.status.isOpen else { throw WorkflowError.invalid("#\(original.id) is \(original.status.rawValue); only open tickets can be unassigned") }
            change.ticket.assignee = nil
            record("assignee", old, nil, reason)
            if original.status == .assigned { try move(&change, to: .new, text: nil, actor: actor, now: now, record: record, force: true) }
        case let .changeStatus(target, text):
            try AccessPolicy.checkWork(on: original, by: actor)
            try move(&change, to: target, text: text, actor: actor, now: now, record: record, engineer: engineer)
        case let .escalate(details, requesterData):
            try AccessPolicy.check(.escalate, by: actor)
            try AccessPolicy.checkWork(on: original, by: actor)
            try move(&change, to: .escalated, text: details, actor: actor, now: now, record: record,
                     engineer: engineer, requesterData: requesterData)
        case let .reply(body):
            try AccessPolicy.checkWork(on: original, by: actor)
            let text = try Limits.checked(body, "the reply", limit: Limits.bodyCharacters)
            change.comments.append(Comment(ticketID: original.id, author: actor.login, kind: .reply, body: text, createdAt: now))
            if original.firstResponseAt == nil {
                change.ticket.firstResponseAt = now
                record("first_response", nil, iso(now))
            }
        case let .note(body):
            try AccessPolicy.checkWork(on: original, by: actor)
            let text = try Limits.checked(body, "the note", limit: Limits.bodyCharacters)
            change.comments.append(Comment(ticketID: original.id, author: actor.login, kind: .note, body: text, createdAt: now))
        case let .setImpactUrgency(impact, urgency):
            try AccessPolicy.checkWork(on: original, by: actor)
            if impact != original.impact { record("impact", original.impact.name, impact.name) }
            if urgency != original.urgency { record("urgency", original.urgency.name, urgency.name) }
            change.ticket.impact = impact
            change.ticket.urgency = urgency
            reprioritise(&change, record: record)
        case let .overridePriority(priority, reason):
            try AccessPolicy.checkOverridePriority(by: actor)
            let why = try Limits.checked(reason, "the reason for overriding the priority", limit: Limits.titleCharacters)
            change.ticket.priorityOverridden = true
            change.ticket.priorityReason = "override by \(actor.login): \(why)"
            change.ticket.priority = priority
            record("priority", original.priority.label, priority.label, "override: \(why)")
        case .clearPriorityOverride:
            try AccessPolicy.checkOverridePriority(by: actor)
            guard original.priorityOverridden else { throw WorkflowError.invalid("#\(original.id) has no priority override") }
            change.ticket.priorityOverridden = false
            reprioritise(&change, record: record)
        case let .setTags(raw):
            try AccessPolicy.checkWork(on: original, by: actor)
            let tags = try Limits.tags(raw)
            change.ticket.tags = tags
            if tags != original.tags { record("tags", original.tags.joined(separator: ","), tags.joined(separator: ",")) }
        case let .setMajorIncident(flag):
            try AccessPolicy.checkWork(on: original, by: actor)
            change.ticket.isMajorIncident = flag
            if flag != original.isMajorIncident { record("major_incident", String(original.isMajorIncident), String(flag)) }
            reprioritise(&change, record: record)
        case let .logTime(minutes, note):
            try AccessPolicy.checkWork(on: original, by: actor)
            guard (1...24 * 60).contains(minutes) else {
                throw WorkflowError.invalid("logged time must be between 1 minute and 24 hours, not \(minutes) minutes")
            }
            let text = try Limits.checked(note, "the time note", limit: Limits.titleCharacters, required: false)
            change.timeEntry = TimeEntry(ticketID: original.id, engineer: actor.login, minutes: minutes, note: text, loggedAt: now)
            record("time_logged", nil, "\(minutes)m", text.isEmpty ? nil : text)
        }

        if change.ticket != original || !change.comments.isEmpty || change.timeEntry != nil {
            change.ticket.updatedAt = now
        }
        change.events = events
        return change
    }

    private func assign(_ change: inout TicketChange, to target: Engineer, reason: String?, actor: Actor, now: Date,
                        record: (String, String?, String?, String?) -> Void) throws {
        let ticket = change.ticket
        guard ticket.status.isOpen else {
            throw WorkflowError.invalid("#\(ticket.id) is \(ticket.status.rawValue); reopen it before assigning")
        }
        if target.tier < ticket.tier {
            throw WorkflowError.invalid("#\(ticket.id) is escalated to \(ticket.tier.label); \(target.login) is \(target.tier.label)")
        }
        if ticket.assignee == target.login { throw WorkflowError.invalid("#\(ticket.id) is already assigned to \(target.login)") }
        if ticket.assignee != nil && actor.role == .agent {
            throw WorkflowError.denied("#\(ticket.id) is assigned to \(ticket.assignee!); only a lead can reassign it")
        }
        change.ticket.assignee = target.login
        record("assignee", ticket.assignee, target.login, reason)
        if ticket.status == .new || ticket.status == .reopened {
            try move(&change, to: .assigned, text: nil, actor: actor, now: now, record: record, force: ticket.status == .reopened)
        }
    }

    private func move(_ change: inout TicketChange, to target: TicketStatus, text: String?, actor: Actor, now: Date,
                      record: (String, String?, String?, String?) -> Void, force: Bool = false,
                      engineer: (String) -> Engineer? = { _ in nil }, requesterData: String? = nil) throws {
        let from = change.ticket.status
        if !force && !Lifecycle.canMove(from: from, to: target) {
            throw WorkflowError.illegalTransition(from: from, to: target)
        }
        var reason: String?
        switch target {
        case .resolved:
            guard let t = text, !t.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw WorkflowError.missingText("resolving needs a resolution: what was done to solve it")
            }
            let resolution = try Limits.checked(t, "the resolution", limit: Limits.bodyCharacters)
            change.ticket.resolution = resolution
            change.ticket.resolvedAt = now
            if change.ticket.firstResponseAt == nil {
                change.ticket.firstResponseAt = now
                record("first_response", nil, iso(now), nil)
            }
            reason = resolution
        case .cancelled:
            guard let t = text, !t.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw WorkflowError.missingText("cancelling needs a reason")
            }
            reason = try Limits.checked(t, "the reason", limit: Limits.titleCharacters)
        case .reopened:
            guard let t = text, !t.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw WorkflowError.missingText("reopening needs a reason: what is still wrong")
            }
            reason = try Limits.checked(t, "the reason", limit: Limits.bodyCharacters)
            // The time the ticket sat solved was not the team's to spend: it must not eat the resolution clock.
            if let solved = change.ticket.resolvedAt, solved < now {
                change.ticket.pauses.append(DateInterval(start: solved, end: now))
            }
            change.ticket.resolvedAt = nil
            change.ticket.closedAt = nil
        case .escalated:
            guard let t = text, !t.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw WorkflowError.missingText("escalating needs details: what was tried so far")
            }
            // Second line must not have to ask the requester again (升级时附上用户提供的资料).
            guard let d = requesterData, !d.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw WorkflowError.missingText("escalating needs the data the requester supplied: error text, screenshots, steps to reproduce")
            }
            let details = try Limits.checked(t, "the escalation details", limit: Limits.bodyCharacters)
            let supplied = try Limits.checked(d, "the requester's data", limit: Limits.bodyCharacters)
            reason = "\(details)\nRequester data: \(supplied)"
            change.comments.append(Comment(ticketID: change.ticket.id, author: actor.login, kind: .note,
                                           body: "Escalated to L2: \(details)\n\nRequester data: \(supplied)", createdAt: now))
            if change.ticket.tier < .l2 {
                record("tier", change.ticket.tier.label, Tier.l2.label, nil)
                change.ticket.tier = .l2
            }
            // Second line keeps an escalated ticket it already owns; an owner we cannot look up counts as L1.
            if let owner = change.ticket.assignee,
               (owner == actor.login ? actor.tier : engineer(owner)?.tier ?? .l1) < .l2 {
                record("assignee", owner, nil, "escalated to L2")
                change.ticket.assignee = nil
            }
        case .closed:
            change.ticket.closedAt = now
            reason = text
        case .assigned:
            if change.ticket.assignee == nil {
                throw WorkflowError.invalid("assign #\(change.ticket.id) to an engineer rather than setting the status")
            }
        case .inProgress:
            if change.ticket.assignee == nil {
                // Starting an unowned ticket takes it, so the same tier rule as assigning applies.
                if actor.tier < change.ticket.tier {
                    throw WorkflowError.invalid("#\(change.ticket.id) is escalated to \(change.ticket.tier.label); \(actor.login) is \(actor.tier.label) and cannot start it")
                }
                change.ticket.assignee = actor.login
                record("assignee", nil, actor.login, nil)
            }
            reason = text
        case .new, .pendingCustomer:
            reason = text
        }
        if from == .pendingCustomer, let since = change.ticket.pausedSince {
            change.ticket.pauses.append(DateInterval(start: since, end: max(since, now)))
            change.ticket.pausedSince = nil
        }
        if target == .pendingCustomer { change.ticket.pausedSince = now }
        change.ticket.status = target
        record("status", from.rawValue, target.rawValue, reason)
    }

    private func reprioritise(_ change: inout TicketChange, record: (String, String?, String?, String?) -> Void) {
        let before = change.ticket.priority
        let decision = rules.evaluate(change.ticket)
        change.ticket.priority = decision.priority
        change.ticket.priorityReason = decision.reasonText
        if decision.priority != before { record("priority", before.label, decision.priority.label, decision.reasonText) }
    }
}

func iso(_ date: Date) -> String { date.ISO8601Format() }
