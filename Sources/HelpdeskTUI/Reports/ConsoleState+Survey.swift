import HelpdeskCore

/// Recording a satisfaction survey from the console, and offering to reopen after a low score.
extension ConsoleState {
    /// Opens the survey form on the selected ticket; refused at once when it is not resolved.
    mutating func startSurvey() -> [ConsoleEffect] {
        submitted = nil
        guard let ticket = currentTicket else {
            message = Message(selectedID == nil ? "No ticket selected" : "The ticket is not loaded yet; try again", kind: .error)
            return []
        }
        do {
            _ = try Satisfaction.check(score: Satisfaction.scores.upperBound, comment: "", ticketID: ticket.id, status: ticket.status)
        } catch {
            message = Message("Cannot survey #\(ticket.id): \(error)", kind: .error)
            return []
        }
        return begin(ActionPlan(.survey, ticket: ticket, role: role))
    }

    /// The store saved the result: say so, and after a low score ask whether to reopen.
    mutating func surveyRecorded(_ result: SurveyResult) -> [ConsoleEffect] {
        forgetSubmitted()
        guard result.isLow else {
            message = Message("#\(result.ticketID) satisfaction \(result.score)/5 recorded")
            return []
        }
        message = Message("#\(result.ticketID) scored \(result.score)/5: flagged for the lead")
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
