/// The explicit transition table of the ticket state machine.
public enum Lifecycle {
    /// Every legal move; anything absent here is refused with `WorkflowError.illegalTransition`.
    public static let transitions: [TicketStatus: Set<TicketStatus>] = [
        .new: [.assigned, .inProgress, .escalated, .resolved, .cancelled],
        .assigned: [.inProgress, .pendingCustomer, .escalated, .resolved, .cancelled],
        .inProgress: [.pendingCustomer, .escalated, .resolved, .cancelled],
        .pendingCustomer: [.inProgress, .resolved, .cancelled],
        .escalated: [.inProgress, .pendingCustomer, .resolved, .cancelled],
        .resolved: [.closed, .reopened],
        .closed: [.reopened],
        .reopened: [.assigned, .inProgress, .escalated, .resolved, .cancelled],
        .cancelled: [],
    ]

    public static func canMove(from: TicketStatus, to: TicketStatus) -> Bool {
        transitions[from]?.contains(to) ?? false
    }

    /// The moves offered to a user, in the order a picker shows them.
    public static func nextStatuses(from status: TicketStatus) -> [TicketStatus] {
        let allowed = transitions[status] ?? []
        return TicketStatus.allCases.filter { allowed.contains($0) }
    }
}
