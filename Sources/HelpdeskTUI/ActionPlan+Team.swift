import HelpdeskCore

/// The steps of reassigning marked tickets and of moving all of an engineer's tickets.
extension ActionPlan {
    func teamStep() -> Next {
        guard let batch = answers.batch else { return .close(tr("There are no tickets to reassign")) }
        if kind == .moveAll {
            guard let plan = batch.moveAll else { return .close(tr("There is no plan for moving the tickets")) }
            guard let reason = answers.reason else { return .ask(.reason, .prompt(.moveAllReason(plan))) }
            guard answers.confirmed else {
                return .ask(.confirm, .confirm(ActionFlow.Question(title: tr("Move all"), text: plan.localizedSummary + "?")))
            }
            return .finish(.team(.moveAll(plan, reason: reason)))
        }
        guard let engineer = answers.engineer else {
            guard let picker = batch.picker else { return .close(tr("The team could not be ranked for the marked tickets")) }
            return .ask(.engineer, .pick(picker))
        }
        guard let reason = answers.reason else {
            return .ask(.reason, .prompt(.reassignReason(batch.subject, to: engineer, required: batch.reasonRequired)))
        }
        return .finish(.team(.reassign(batch.versions, to: engineer, reason: reason.isEmpty ? nil : reason)))
    }
}

extension Prompt {
    static func reassignReason(_ subject: String, to engineer: String, required: Bool) -> Prompt {
        Prompt(title: tr("Reassign %@ to %@", subject, engineer),
               hint: required ? tr("Why? Some are another engineer's; the reason goes into each ticket's history.")
                              : tr("Reason for the history (optional; Enter skips)."),
               multiLine: false, required: required, what: tr("the reason for reassigning"))
    }

    static func moveAllReason(_ plan: MoveAllPlan) -> Prompt {
        Prompt(title: tr("Move all of %@'s open tickets", plan.from), hint: tr("Why? (went home sick …) The reason goes into each ticket's history."),
               multiLine: false, required: true, what: tr("the reason for moving them"))

    }
}
