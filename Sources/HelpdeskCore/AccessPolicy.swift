/// Who may do what (限制员工对重要信息的访问权限); the CLI and the console both ask here.
///
/// `allows` is the whole matrix; the `check…` functions add the ticket-specific wording on top of it.
public enum AccessPolicy {
    /// The permissions matrix: a role holds a permission when it is at least the permission's minimum role.
    public static func allows(_ role: Role, _ permission: Permission) -> Bool {
        role >= permission.minimumRole
    }

    /// Throws `WorkflowError.denied` with the permission's refusal when the actor lacks it.
    public static func check(_ permission: Permission, by actor: Actor) throws {
        if !allows(actor.role, permission) { throw WorkflowError.denied(permission.denial) }
    }

    /// Agents work their own and unassigned tickets; leads and admins work any.
    public static func checkWork(on ticket: Ticket, by actor: Actor) throws {
        try check(.workOwnOrUnassigned, by: actor)
        if let owner = ticket.assignee, owner != actor.login, !allows(actor.role, .workOthers) {
            throw WorkflowError.denied("#\(ticket.id) is assigned to \(owner); \(Permission.workOthers.denial)")
        }
    }

    /// Giving a ticket to someone else is a lead's call; an agent may only take it.
    public static func checkAssign(_ ticket: Ticket, to login: String?, by actor: Actor) throws {
        if login != actor.login, !allows(actor.role, .reassign) {
            throw WorkflowError.denied("only a lead can assign tickets to other engineers; use take to assign yourself")
        }
        if login == actor.login { try check(.take, by: actor) }
        try checkWork(on: ticket, by: actor)
    }

    public static func checkOverridePriority(by actor: Actor) throws {
        try check(.overridePriority, by: actor)
    }

    public static func checkManageTeam(by actor: Actor) throws {
        try check(.manageEngineers, by: actor)
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
        if isDemo || realRole.map({ allows($0, .impersonate) }) == true { return }
        throw WorkflowError.denied("--as is only for admins, or on a demo database; \(realLogin) is not an admin here")
    }
}
