import HelpdeskCore

/// The store's refusals in the interface language; `message` stays English for logs and scripts.
extension StoreError {
    /// `message` as the user reads it in the current language.
    public var localizedMessage: String {
        guard L10n.language != .en else { return message }
        switch self {
        case let .ticketNotFound(id):
            return tr("there is no ticket #%@", id)
        case let .conflict(id, expected, actual, changedBy, _):
            let who = changedBy.isEmpty ? tr("someone else") : changedBy.joined(separator: ", ")
            return tr("ticket #%@ was changed by %@ after you opened it (you had version %@, it is now %@). Reload the ticket and try again.",
                      id, who, expected, actual)
        case let .engineerNotFound(login):
            return tr("no engineer with login “%@” (see: helpdesk engineer list)", login)
        case let .articleNotFound(id):
            return tr("there is no knowledge-base article #%@", id)
        case let .handoverNotFound(id):
            return tr("there is no handover #%@ (see: helpdesk handover list)", id)
        case let .busy(path):
            return tr("the helpdesk database at %@ stayed locked by another helpdesk process; try again in a moment", path)
        case let .diskFull(path):
            return tr("the disk holding %@ is full; free some space and try again", path)
        default:
            return message
        }
    }
}
