extension AccessPolicy {
    /// SLA targets, calendars and priority rules change every ticket's clock: admins only.
    public static func checkConfigure(by actor: Actor) throws {
        if !allows(actor.role, .manageSLAPolicies) || !allows(actor.role, .manageCalendars) {
            throw WorkflowError.denied("only an admin can change the SLA targets, calendars or priority rules")
        }
    }
}
