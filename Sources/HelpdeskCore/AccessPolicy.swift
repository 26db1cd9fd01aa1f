/// Who may do what (限制员工对重要信息的访问权限); the CLI and the console both ask here.
public enum AccessPolicy {
    /// Agents work their own and unassigned tickets; leads and admins work any.
    public static func checkWork(on ticket: Ticket, by actor: Actor) throws {
        guard actor.role == .agent else { return }
        if let owner = ticket.assignee, owner != actor.login {
            throw WorkflowError.denied("#\(ticket.id) is assigned to \(owner); only a lead can work another engineer's ticket")
        }
    }

    /// Giving a ticket to someone else is a lead's call; an agent may only take it.
    public static func checkAssign(_ ticket: Ticket, to login: String?, by actor: Actor) throws {
        guard actor.role == .agent else { return }
        if login != actor.login {
            throw WorkflowError.denied("only a lead can assign tickets to other engineers; use take to assign yourself")
        }
        try checkWork(on: ticket, by: actor)
    }

    public static func checkOverridePriority(by actor: Actor) throws {
        if actor.role == .agent { throw WorkflowError.denied("only a lead can override a priority") }
    }

    public static func checkManageTeam(by actor: Actor) throws {
        if actor.role != .admin { throw WorkflowError.denied("only an admin can add or change engineers") }
    }

    /// `--as`: acting for another engineer is for admins, or for anyone on a demo database.
    public static func checkImpersonate(realLogin: String, realRole: Role?, isDemo: Bool) throws {
        if isDemo || realRole == .admin { return }
        throw WorkflowError.denied("--as is only for admins, or on a demo database; \(realLogin) is not an admin here")
    }
}
