/// The article offered after a ticket is solved (在问题解决后, 将解决方案记录在知识库里).
public enum ArticleTemplate {
    /// The body: the problem as reported, then what solved it.
    public static func body(for ticket: Ticket, resolution: String? = nil) -> String {
        var parts = ["Problem", ticket.title]
        if !ticket.description.isEmpty { parts += ["", ticket.description] }
        parts += ["", "Solution", resolution ?? ticket.resolution ?? ""]
        return parts.joined(separator: "\n")
    }

    /// Refuses tickets that are not solved yet: an article records a fix that worked.
    public static func checkSolved(_ ticket: Ticket) throws {
        guard ticket.status == .resolved || ticket.status == .closed else {
            throw WorkflowError.invalid("ticket #\(ticket.id) is \(ticket.status.rawValue); an article can be written from a resolved or closed ticket")
        }
    }
}
