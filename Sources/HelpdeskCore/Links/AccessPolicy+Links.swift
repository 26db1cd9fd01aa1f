/// Who may link and merge tickets.
extension AccessPolicy {
    /// Merging is for leads and admins, or for an agent who owns both tickets.
    public static func checkMerge(_ source: Ticket, into target: Ticket, by actor: Actor) throws {
        if allows(actor.role, .merge) { return }
        try check(.workOwnOrUnassigned, by: actor)
        let mine = [source, target].filter { $0.assignee == actor.login }
        guard mine.count == 2 else {
            let other = source.assignee != actor.login ? source : target
            let owner = other.assignee.map { "is assigned to \($0)" } ?? "is unassigned"
            throw WorkflowError.denied("#\(other.id) \(owner); only a lead can merge tickets, or an agent who owns both")
        }
    }
}
