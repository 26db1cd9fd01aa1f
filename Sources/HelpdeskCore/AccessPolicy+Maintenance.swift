extension AccessPolicy {
    /// Restoring replaces everyone's tickets, so only an admin of the current desk may do it;
    /// a desk without engineers, or one too damaged to read, has nobody to ask.
    public static func checkRestore(login: String, role: Role?, teamKnown: Bool) throws {
        guard teamKnown, role != .admin else { return }
        throw WorkflowError.denied("restoring replaces everyone's tickets; only an admin of this helpdesk may do it, and \(login) is not one")
    }
}
