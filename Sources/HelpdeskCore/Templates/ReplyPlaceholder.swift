/// A name a reply template may write in braces (`{requester}`), filled in when the template is inserted.
public enum ReplyPlaceholder: String, CaseIterable, Sendable {
    case requester, ticket, engineer, due, title, category

    /// What the placeholder becomes, as docs/admin.md and refusals explain it.
    public var meaning: String {
        switch self {
        case .requester: "the requester's name"
        case .ticket: "the ticket number, as #1042"
        case .engineer: "the name of the engineer replying"
        case .due: "the resolution deadline in the desk's time zone"
        case .title: "the ticket's title"
        case .category: "the ticket's category"
        }
    }

    /// "{requester}", as written in a template.
    public var token: String { "{\(rawValue)}" }

    /// Every placeholder with its meaning, one list for refusals: "{requester} (the requester's name), …".
    public static var listing: String {
        allCases.map { "\($0.token) (\($0.meaning))" }.joined(separator: ", ")
    }
}
