import Foundation

/// A satisfaction survey result (满意度回访): one current result per ticket.
public struct SurveyResult: Sendable, Equatable, Codable {
    public var ticketID: Int64
    /// 1 (very unhappy) … 5 (very happy).
    public var score: Int
    public var comment: String
    public var at: Date
    /// Who typed or imported it.
    public var recordedBy: String

    public init(ticketID: Int64, score: Int, comment: String = "", at: Date, recordedBy: String) {
        self.ticketID = ticketID
        self.score = score
        self.comment = comment
        self.at = at
        self.recordedBy = recordedBy
    }

    /// A low score flags the ticket for the lead.
    public var isLow: Bool { Satisfaction.isLow(score) }
}

/// The rules of satisfaction surveys.
public enum Satisfaction {
    public static let scores = 1...5
    /// Scores at or below this flag the ticket for the lead and offer to reopen it.
    public static let lowThreshold = 2
    public static let commentCharacters = 2_000

    public static func isLow(_ score: Int) -> Bool { score <= lowThreshold }

    /// Checks a result before it is stored: a score of 1–5, a comment of sane length, and a ticket
    /// that was resolved (an open one has nothing to rate yet; a cancelled one was never solved).
    public static func check(score: Int, comment: String, ticketID: Int64, status: TicketStatus) throws -> String {
        guard scores.contains(score) else {
            throw ValidationError("a satisfaction score is 1 to 5 (1 very unhappy, 5 very happy), not \(score)")
        }
        guard status == .resolved || status == .closed else {
            let why = status == .cancelled ? "was cancelled, never solved" : "is still open (\(status.rawValue)); survey it once it is resolved"
            throw ValidationError("#\(ticketID) \(why)")
        }
        return try Limits.checked(comment, "the survey comment",
                                  limit: commentCharacters, required: false)
    }

    /// The command that reopens a ticket after a low score, for the CLI to print.
    public static func reopenHint(ticketID: Int64, score: Int) -> String {
        "helpdesk ticket reopen \(ticketID) --reason \"满意度回访 \(score)/5: …\""
    }

    /// The ticket's current score and comment, from the last survey event of its timeline
    /// (events read "4/5"; the comment is the reason).
    public static func current(in timeline: [TimelineItem]) -> (score: Int, comment: String?)? {
        for item in timeline.reversed() {
            guard case let .event(event) = item, event.field == eventField,
                  let value = event.newValue, let score = Int(value.prefix { $0.isNumber }) else { continue }
            return (score, event.reason)
        }
        return nil
    }

    /// The audit-log field of a survey result.
    public static let eventField = "satisfaction"

    /// "2/5 ⚑ low, flagged for the lead" or "4/5".
    public static func label(_ score: Int) -> String {
        isLow(score) ? tr("%@/5 ⚑ low, flagged for the lead", score) : "\(score)/5"

    }
}
