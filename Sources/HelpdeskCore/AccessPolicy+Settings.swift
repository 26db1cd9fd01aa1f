extension AccessPolicy {
    /// SLA targets, calendars and priority rules change every ticket's clock: admins only.
    public static func checkConfigure(by actor: Actor) throws {
        if actor.role != .admin {
            throw WorkflowError.denied("only an admin can change the SLA targets, calendars or priority rules")
        }
    }
}
