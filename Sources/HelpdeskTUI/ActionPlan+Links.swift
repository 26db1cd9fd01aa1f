import HelpdeskCore

/// The link, merge and resolve-children forms.
extension ActionPlan {
    /// `&`: how the other ticket relates to this one, then its number.
    func linkStep() -> Next {
        guard let ticket else { return .close(tr("There is no ticket to link")) }
        guard let relation = answers.linkRelation else { return .ask(.linkKind, .pick(ActionFlow.linkPicker(for: ticket))) }
        guard let other = answers.otherTicket else { return .ask(.otherTicket, .prompt(.otherTicket(title: tr("#%@ %@ which ticket?", ticket.id, relation.localizedLabel)))) }
        let (from, to, kind): (Int64, Int64, TicketLinkKind) = switch relation {
        case .parent: (other, ticket.id, .parentOf)
        case .child: (ticket.id, other, .parentOf)
        case .duplicateOf: (ticket.id, other, .duplicateOf)
        default: (ticket.id, other, .related)
        }
        return .finish(.linkTickets(from: from, to: to, kind: kind, ticketID: ticket.id))
    }

    /// `m`: the ticket to merge into, then a yes/no naming what happens.
    func mergeStep() -> Next {
        guard let ticket else { return .close(tr("There is no ticket to merge")) }
        guard let target = answers.otherTicket else { return .ask(.otherTicket, .prompt(.otherTicket(title: tr("Merge #%@ into which ticket?", ticket.id)))) }
        guard answers.confirmed else {
            return .ask(.confirm, .confirm(ActionFlow.Question(
                title: tr("Merge #%@ into #%@?", ticket.id, target),
                text: tr("#%1$@ is closed as “Merged into #%2$@”; its replies, notes and changes show in #%2$@'s timeline and its requester becomes a contact of #%2$@. y merges, n cancels.",
                         ticket.id, target))))
        }
        return .finish(.mergeTicket(sourceID: ticket.id, targetID: target, expectedVersion: ticket.version))
    }

    /// After resolving a parent: "Also resolve N open children (#…)? y/n".
    func resolveChildrenStep() -> Next {
        guard let ticket, let children = answers.children, !children.isEmpty else { return .close(tr("No open children")) }
        guard answers.confirmed else {
            let ids = children.map { "#\($0.id)" }.joined(separator: ", ")
            let one = children.count == 1
            return .ask(.confirm, .confirm(ActionFlow.Question(
                title: one ? tr("Also resolve 1 open child (%@)? y/n", ids) : tr("Also resolve %@ open children (%@)? y/n", children.count, ids),
                text: one ? tr("#%@ is resolved. Its open child gets the same resolution, as its own audited change.", ticket.id)
                    : tr("#%@ is resolved. Each open child of it gets the same resolution, as its own audited change.", ticket.id))))
        }
        return .finish(.resolveChildren(parentID: ticket.id, children: children, resolution: answers.resolution ?? "",
                                        followUp: answers.followUp))
    }

    /// "12", "#12" or " 12 " as a ticket number.
    static func ticketNumber(in text: String) -> Int64? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let digits = trimmed.hasPrefix("#") ? String(trimmed.dropFirst()) : trimmed
        guard let n = Int64(digits), n > 0 else { return nil }
        return n
    }
}

extension ActionFlow {
    /// The four ways a ticket can relate to another, read as "#N <label> #other".
    static func linkPicker(for ticket: Ticket) -> Picker<Choice> {
        let items: [Picker<Choice>.Item] = [
            .init(.link(.related), tr("related to", context: "link"), detail: tr("about the same problem or cause")),
            .init(.link(.duplicateOf), tr("duplicate of", context: "link"), detail: tr("reports the same thing as the other, which is worked on")),
            .init(.link(.parent), tr("child of", context: "link"), detail: tr("the other is its parent (a major incident, a project)")),
            .init(.link(.child), tr("parent of", context: "link"), detail: tr("the other is one of its children")),
        ]
        return Picker(title: tr("Link #%@", ticket.id), items: items, selected: .link(.related))
    }
}

extension Prompt {
    /// A ticket number, "12" or "#12".
    static func otherTicket(title: String) -> Prompt {
        Prompt(title: title, hint: tr("The ticket number (12 or #12); Enter confirms, Esc cancels."),
               multiLine: false, required: true, what: tr("the ticket number"), limit: 20)
    }
}
