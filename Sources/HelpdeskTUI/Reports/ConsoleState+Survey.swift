import HelpdeskCore

/// Recording a satisfaction survey from the console, and offering to reopen after a low score.
extension ConsoleState {
    /// Opens the survey form on the selected ticket; refused at once when it is not resolved.
    mutating func startSurvey() -> [ConsoleEffect] {
        submitted = nil
        guard let ticket = currentTicket else {
            message = Message(tr(selectedID == nil ? "No ticket selected" : "The ticket is not loaded yet; try again"), kind: .error)
            return []
        }
        do {
            _ = try Satisfaction.check(score: Satisfaction.scores.upperBound, comment: "", ticketID: ticket.id, status: ticket.status)
        } catch {
            message = Message(tr("Cannot survey #%@: %@", ticket.id, Self.describe(error)), kind: .error)
            return []
        }
        return begin(ActionPlan(.survey, ticket: ticket, role: role))
    }

    /// The store saved the result: say so, and after a low score ask whether to reopen.
    mutating func surveyRecorded(_ result: SurveyResult) -> [ConsoleEffect] {
        forgetSubmitted()
        guard result.isLow else {
            message = Message(tr("#%@ satisfaction %@/5 recorded", result.ticketID, result.score))
            return []
        }
        message = Message(tr("#%@ scored %@/5: flagged for the lead", result.ticketID, result.score))

        guard let ticket = currentTicket, ticket.id == result.ticketID,
              (try? AccessPolicy.checkWork(on: ticket, by: actor)) != nil, Lifecycle.canMove(from: ticket.status, to: .reopened) else {
            return []
        }
        let plan = ActionPlan(.reopen, ticket: ticket, role: role)
        var next = ActionFlow(plan: plan, step: .prompt(.lowScoreReopen(ticketID: ticket.id, score: result.score)), field: .text)
        next.fit(cols: layout.cols, rows: layout.rows)
        flow = next
        return []
    }
}
