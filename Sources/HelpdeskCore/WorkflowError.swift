/// Why Core refused a change; `message` is what the user reads.
public enum WorkflowError: Error, Sendable, Equatable, CustomStringConvertible {
    case illegalTransition(from: TicketStatus, to: TicketStatus)
    case missingText(String)
    case denied(String)
    case invalid(String)
    case unknownEngineer(String)

    public var message: String {
        switch self {
        case let .illegalTransition(from, to):
            let allowed = Lifecycle.nextStatuses(from: from).map(\.rawValue).joined(separator: ", ")
            let hint = allowed.isEmpty ? "\(from.rawValue) is final" : "from \(from.rawValue) it can go to: \(allowed)"
            let article = from.rawValue.first.map { "aeiou".contains($0) } == true ? "an" : "a"
            return "\(article) \(from.rawValue) ticket cannot move to \(to.rawValue) (\(hint))"
        case let .missingText(what): return what
        case let .denied(why): return "not allowed: \(why)"
        case let .invalid(why): return why
        case let .unknownEngineer(login): return "no engineer with login “\(login)” (see: helpdesk engineer list)"
        }
    }

    public var description: String { message }
}
