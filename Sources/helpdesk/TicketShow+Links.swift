import HelpdeskCore

/// The links and further contacts `ticket show` prints after the timeline.
extension TicketShow {
    static func linkLines(_ links: [LinkedTicket], contacts: [TicketContact]) -> String {
        var lines: [String] = []
        if !links.isEmpty {
            lines += ["", tr("Links")]
            for link in links {
                lines.append("  \(link.relation.localizedLabel.padded(toColumns: 14))#\(link.id)  \(link.status.localizedName)  \(link.priority.label)  \(SafeText.sanitize(link.title))")
            }
        }
        if !contacts.isEmpty {
            lines += ["", tr("Contacts")]
            for c in contacts {
                lines.append("  \(SafeText.sanitize(c.requester.name)) <\(SafeText.sanitize(c.requester.contact))> — \(SafeText.sanitize(c.reason))")
            }
        }
        return lines.isEmpty ? "" : "\n" + lines.joined(separator: "\n")
    }

    /// "[#12] " before a timeline line that came with a ticket merged into this one.
    static func mergedOrigin(_ item: TimelineItem, in ticketID: Int64) -> String {
        let origin: Int64
        switch item {
        case let .comment(c): origin = c.ticketID
        case let .event(e): origin = e.ticketID
        }
        return origin == ticketID ? "" : "[#\(origin)] "
    }
}
