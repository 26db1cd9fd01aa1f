/// Core's refusals in the interface language. The English `message` stays what the audit log and
/// scripts see; this is only for the screen and the human messages of the command line.
extension WorkflowError {
    /// `message` as the user reads it in the current language.
    public var localizedMessage: String {
        guard L10n.language != .en else { return message }
        switch self {
        case let .illegalTransition(from, to):
            let allowed = Lifecycle.nextStatuses(from: from).map(\.localizedName).joined(separator: "、")
            let hint = allowed.isEmpty ? tr("%@ is final", from.localizedName) : tr("from %@ it can go to: %@", from.localizedName, allowed)
            return tr("a ticket that is %@ cannot move to %@ (%@)", from.localizedName, to.localizedName, hint)
        case let .missingText(what): return L10n.known(what)
        case let .denied(why): return tr("not allowed: %@", L10n.known(why))
        case let .invalid(why): return L10n.known(why)
        case let .unknownEngineer(login): return tr("no engineer with login “%@” (see: helpdesk engineer list)", login)
        }
    }
}
