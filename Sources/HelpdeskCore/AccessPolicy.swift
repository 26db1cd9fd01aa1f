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

    /// Handovers are the shift lead's duty (领导带班制度); agents may read them.
    public static func checkWriteHandover(by actor: Actor) throws {
        if actor.role == .agent { throw WorkflowError.denied("only a lead or an admin can write a shift handover; agents may read them") }
    }

    /// The incoming lead acknowledges, never the one who wrote it, and only once.
    public static func checkAcknowledgeHandover(_ handover: Handover, by actor: Actor) throws {
        if actor.role == .agent { throw WorkflowError.denied("only a lead or an admin can acknowledge a handover") }
        if handover.author == actor.login {
            throw WorkflowError.denied("you wrote handover #\(handover.id); the incoming lead must acknowledge it, not its author")
        }
        if let by = handover.acknowledgedBy {
            throw WorkflowError.invalid("handover #\(handover.id) was already acknowledged by \(by)")
        }
    }

    /// `--as`: acting for another engineer is for admins, or for anyone on a demo database.
    public static func checkImpersonate(realLogin: String, realRole: Role?, isDemo: Bool) throws {
        if isDemo || realRole == .admin { return }
        throw WorkflowError.denied("--as is only for admins, or on a demo database; \(realLogin) is not an admin here")
    }
}
