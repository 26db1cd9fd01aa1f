import Foundation

extension Workflow {
    /// A reply from the requester (an e-mail in the ticket's thread): a public comment in their
    /// name. A ticket waiting on the customer goes back to in progress, which ends the SLA pause;
    /// a closed or cancelled ticket still takes the comment, so nothing the customer wrote is lost.
    public func customerReply(_ body: String, author: String, to original: Ticket, at now: Date) throws -> TicketChange {
        let text = try Limits.checked(body.isEmpty ? "(no text)" : body, "the reply", limit: Limits.bodyCharacters)
        let who = try Limits.checked(author, "the reply's author", limit: Limits.nameCharacters)
        var change = TicketChange(ticket: original)
        if original.status == .pendingCustomer {
            change = try apply(.changeStatus(.inProgress, text: nil), to: original, by: .system, at: now)
        }
        change.ticket.updatedAt = now
        change.comments.append(Comment(ticketID: original.id, author: who, kind: .reply, body: text, createdAt: now))
        return change
    }
}
