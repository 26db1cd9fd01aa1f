import Foundation

/// One line of a ticket's history: something said (reply, note) or something changed (event).
public enum TimelineItem: Sendable, Equatable {
    case comment(Comment)
    case event(TicketEvent)

    /// When it happened.
    public var at: Date {
        switch self {
        case let .comment(comment): comment.createdAt
        case let .event(event): event.at
        }
    }

    /// Who said or did it.
    public var actor: String {
        switch self {
        case let .comment(comment): comment.author
        case let .event(event): event.actor
        }
    }
}
