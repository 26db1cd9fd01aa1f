import HelpdeskCore

/// Store calls of the lead's work: reassigning marked tickets, moving an engineer's tickets, reading notices.
public enum TeamEffect: Sendable, Equatable {
    /// Rank the team for the marked tickets (id → version seen) and open the picker.
    case rankMarked([Int64: Int])
    /// Assign each ticket, based on the version seen, to one engineer.
    case reassign([Int64: Int], to: String, reason: String?)
    /// Plan where each of an engineer's open tickets should go and ask for a reason.
    case planMoveAll(login: String)
    /// Carry out a move-all plan.
    case moveAll(MoveAllPlan, reason: String)
    /// Mark the user's notices read, up to this id.
    case readNotices(upTo: Int64)

    /// How a refusal starts: "Cannot rank the team for the marked tickets".
    var failure: String {
        switch self {
        case .rankMarked: tr("Cannot rank the team for the marked tickets")
        case let .reassign(tickets, login, _): tr("Cannot reassign %@ tickets to %@", tickets.count, login)
        case let .planMoveAll(login): tr("Cannot plan moving %@'s tickets", login)
        case let .moveAll(plan, _): tr("Cannot move %@'s tickets", plan.from)
        case .readNotices: tr("Cannot mark the notices read")

        }
    }
}

/// Several tickets in one flow: the marked ones being reassigned, or one engineer's being moved.
struct TicketBatch: Sendable, Equatable {
    /// Ticket id → the version the lead saw.
    var versions: [Int64: Int]
    /// "3 marked tickets", "zhang.wei's 5 open tickets".
    var subject: String
    /// The ranked team, for reassigning marked tickets.
    var picker: Picker<ActionFlow.Choice>?
    /// Someone else's ticket is among them, so the history needs a reason.
    var reasonRequired = true
    /// Where each ticket goes, for moving an engineer's tickets.
    var moveAll: MoveAllPlan?
}
