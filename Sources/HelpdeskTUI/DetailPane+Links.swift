import HelpdeskCore

extension DetailPane {
    /// "Links       child of #12 · in progress · 三楼网络中断", one line per link, then further contacts.
    static func linkLines(_ links: [LinkedTicket], contacts: [TicketContact], width: Int) -> [DetailLine] {
        var lines: [DetailLine] = []
        for (index, link) in links.enumerated() {
            let gutter = DetailSpan((index == 0 ? tr("Links") : "").padded(toColumns: labelWidth), Style(.muted))
            let head = "\(link.relation.localizedLabel) #\(link.id) "
            let status = link.status.localizedName
            let statusStyle = Style(link.status.isOpen ? .normal : .muted, link.status.isOpen ? .bold : [])
            let title = " · " + SafeText.sanitize(link.title)
            let room = max(0, width - labelWidth - head.displayWidth - status.displayWidth)
            lines.append(.text([gutter, DetailSpan(head), DetailSpan(status, statusStyle),
                                DetailSpan(title.truncated(toColumns: room), Style(.muted))]))
        }
        for (index, contact) in contacts.enumerated() {
            let who = SafeText.sanitize(contact.requester.name) + " <\(SafeText.sanitize(contact.requester.contact))> · "
                + SafeText.sanitize(contact.reason)
            lines += field(index == 0 ? tr("Contacts") : "", who, width: width, style: .normal)
        }
        return lines
    }

    /// "[#12]" in front of a timeline item that came with ticket #12 when it was merged into this one.
    static func mergedMark(_ origin: Int64, into ticketID: Int64?) -> [DetailSpan] {
        guard let ticketID, origin != ticketID, origin != 0 else { return [] }
        return [DetailSpan("  [#\(origin)]", Style(.notice, .bold))]
    }
}
