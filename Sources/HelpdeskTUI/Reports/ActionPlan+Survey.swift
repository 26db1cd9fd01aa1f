import HelpdeskCore

/// The satisfaction survey form (`*`): a score from 1 to 5, then an optional comment.
extension ActionPlan {
    func surveyStep() -> Next {
        guard let ticket else { return .close(tr("There is no ticket to survey")) }
        guard let score = answers.score else { return .ask(.score, .pick(ActionFlow.scorePicker(for: ticket))) }
        guard let comment = answers.surveyComment else { return .ask(.surveyComment, .prompt(Prompt.surveyComment(score: score))) }
        return .finish(.recordSurvey(ticketID: ticket.id, score: score, comment: comment))
    }
}

extension ActionFlow {
    /// Scores 5 down to 1, with what each means; a ticket already scored starts on its score.
    static func scorePicker(for ticket: Ticket) -> Picker<Choice> {
        let words = [1: "非常不满意 very dissatisfied", 2: "不满意 dissatisfied", 3: "一般 neutral", 4: "满意 satisfied", 5: "非常满意 very satisfied"]
        let items = (1...5).reversed().map { score in
            Picker<Choice>.Item(.score(score), "\(score)", detail: tr(words[score]!) + (Satisfaction.isLow(score) ? " · " + tr("flags it for the lead") : ""))
        }
        return Picker(title: tr("Satisfaction of #%@ (满意度回访)", ticket.id), items: items, selected: .score(4))
    }
}

extension Prompt {
    static func surveyComment(score: Int) -> Prompt {
        Prompt(title: tr("Survey comment (%@/5)", score), hint: tr("What the requester said (optional; Enter saves)."),
               multiLine: false, required: false, what: tr("the comment"), limit: Satisfaction.commentCharacters)
    }

    /// After a low score: the reason to reopen, Esc to leave the ticket resolved.
    static func lowScoreReopen(ticketID: Int64, score: Int) -> Prompt {
        Prompt(title: tr("Reopen #%@? reason…", ticketID), hint: tr("Scored %@/5. Type what is still wrong to reopen; Esc keeps it resolved.", score),
               multiLine: false, required: true, what: tr("the reason"),
 initialText: "满意度回访 \(score)/5: ", limit: Limits.bodyCharacters)
    }
}
