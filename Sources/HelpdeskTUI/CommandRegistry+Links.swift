/// Keys for linked tickets, merging and the requester's history.
extension CommandRegistry {
    /// Kept last so the existing hint bars are unchanged.
    static var linkCommands: [Command] {
        let ticketPanes: Set<Pane> = [.queue, .detail]
        return [
            Command(.link, "Link the ticket to another: related, duplicate of, parent, child", keys: [.char("&")], panes: ticketPanes),
            Command(.merge, "Merge the ticket into another: it is closed, its history shows in the other's timeline", keys: [.char("m")],
                    panes: ticketPanes),
            Command(.requesterHistory, "Requester history: the requester's other tickets (Enter opens one)", keys: [.char("h")],
                    panes: ticketPanes),
        ]
    }
}
