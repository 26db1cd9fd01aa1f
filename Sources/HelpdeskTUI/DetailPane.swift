import Foundation
import HelpdeskCore

/// Lays out the detail pane: the ticket's fields, its SLA clocks, the description and the timeline.
///
/// Pure: the same ticket at the same width always gives the same lines, so the pane can be
/// scrolled by line number and drawn in golden tests. All ticket text is sanitised here.
enum DetailPane {
    /// Columns taken by a field's label ("Requester   ").
    static let labelWidth = 12

    static func lines(for detail: TicketDetail, width: Int) -> [DetailLine] {
        guard width > labelWidth + 8 else { return [] }
        let ticket = detail.ticket
        let clock = ClockText(timeZone: detail.timeZone)
        var lines = [header(ticket, width: width)]
        for line in TextWrap.lines(SafeText.sanitize(ticket.title), columns: width) {
            lines.append(.text([DetailSpan(line, Style(.normal, .bold))]))
        }
        lines.append(.blank)
        lines += fields(ticket, clock: clock, width: width)
        lines += satisfaction(detail.timeline, width: width)
        lines += linkLines(detail.links, contacts: detail.contacts, width: width)
        if let resolution = ticket.resolution, !resolution.isEmpty {
            lines.append(.blank)
            lines.append(heading(tr("Resolution"), width: width))
            lines += paragraph(resolution, width: width, style: .normal)
        }
        lines.append(.blank)
        lines.append(heading(tr("Description"), width: width))
        if ticket.description.isEmpty {
            lines.append(.text([DetailSpan(tr("(no description)"), Style(.muted))]))
        } else {
            lines += paragraph(ticket.description, width: width, style: .normal)
        }
        lines.append(.blank)
        lines += timeline(detail.timeline, clock: clock, width: width, ticketID: ticket.id)
        return lines
    }

    /// "#1042  P1  in progress  L1   MAJOR INCIDENT ……… version 3"
    private static func header(_ ticket: Ticket, width: Int) -> DetailLine {
        var spans = [
            DetailSpan("#\(ticket.id)", Style(.normal, .bold)),
            DetailSpan("  "),
            DetailSpan(ticket.priority.label, Style(ThemeRole.priority(ticket.priority))),
            DetailSpan("  \(ticket.status.localizedName)  \(ticket.tier.label)"),
        ]
        if ticket.isMajorIncident {
            spans.append(DetailSpan("  "))
            spans.append(DetailSpan(" \(tr("MAJOR INCIDENT")) ", Style(.majorIncident)))
        }
        let version = tr("version %@", ticket.version)
        let used = spans.reduce(0) { $0 + $1.text.displayWidth }
        if used + 2 + version.displayWidth <= width {
            spans.append(DetailSpan(String(repeating: " ", count: width - used - version.displayWidth)))
            spans.append(DetailSpan(version, Style(.muted)))
        }
        return .text(spans)
    }

    private static func fields(_ ticket: Ticket, clock: ClockText, width: Int) -> [DetailLine] {
        let clean = { (text: String) in SafeText.sanitize(text) }
        var lines: [DetailLine] = []
        let override = ticket.priorityOverridden ? " " + tr("(overridden)") : ""
        lines += field(tr("Priority"), "\(ticket.priority.label) · \(clean(ticket.priorityReason))\(override)", width: width,
                       style: Style(.muted), lead: DetailSpan(ticket.priority.label, Style(ThemeRole.priority(ticket.priority))))
        lines.append(pair(tr("Status"), ticket.status.localizedName, tr("Tier"), ticket.tier.label))
        lines += field(tr("Assignee"), ticket.assignee.map(clean) ?? tr("unassigned"), width: width,
                       style: ticket.assignee == nil ? Style(.muted) : .normal)
        let requester = ticket.requester
        var who = clean(requester.name) + " <\(clean(requester.contact))>"
        if !requester.organisation.isEmpty { who += " · " + clean(requester.organisation) }
        if requester.isVIP { who += " · VIP" }
        lines += field(tr("Requester"), who, width: width, style: .normal)
        lines.append(pair(tr("Channel"), ticket.channel.localizedName, tr("Category"), ticket.category.localizedName))
        lines.append(pair(tr("Impact"), ticket.impact.localizedName, tr("Urgency"), ticket.urgency.localizedName))
        lines += field(tr("Tags"), ticket.tags.isEmpty ? "—" : ticket.tags.map(clean).joined(separator: ", "), width: width,
                       style: ticket.tags.isEmpty ? Style(.muted) : .normal)
        if ticket.isMajorIncident {
            lines += field(tr("Incident"), tr("MAJOR · pinned to the top of every queue"), width: width, style: .normal,
                           lead: DetailSpan(tr("MAJOR"), Style(.majorIncident)))
        }
        lines.append(.clock(.response))
        lines.append(.clock(.resolution))
        let stamp = { (date: Date?) in date.map(clock.dateTime) ?? "—" }
        lines.append(pair(tr("Created"), stamp(ticket.createdAt), tr("Updated"), stamp(ticket.updatedAt), valueWidth: 18))
        lines.append(pair(tr("Responded"), stamp(ticket.firstResponseAt), tr("Resolved"), stamp(ticket.resolvedAt), valueWidth: 18))
        if let closed = ticket.closedAt {
            lines.append(pair(tr("Closed"), clock.dateTime(closed), nil, nil, valueWidth: 18))

        }
        return lines
    }

    /// A label and its value wrapped under itself; `lead`, when the value starts with it, keeps its own style.
    static func field(_ label: String, _ value: String, width: Int, style: Style, lead: DetailSpan? = nil) -> [DetailLine] {
        let wrapped = TextWrap.lines(value, columns: width - labelWidth)
        return wrapped.enumerated().map { index, line in
            let gutter = DetailSpan((index == 0 ? label : "").padded(toColumns: labelWidth), Style(.muted))
            if index == 0, let lead, line.hasPrefix(lead.text) {
                return .text([gutter, lead, DetailSpan(String(line.dropFirst(lead.text.count)), style)])
            }
            return .text([gutter, DetailSpan(line, style)])
        }
    }

    /// Two short fields on one line: "Channel     phone         Category    network".
    private static func pair(_ label: String, _ value: String, _ label2: String?, _ value2: String?, valueWidth: Int = 14) -> DetailLine {
        var spans = [DetailSpan(label.padded(toColumns: labelWidth), Style(.muted)), DetailSpan(value.padded(toColumns: valueWidth))]
        if let label2, let value2 {
            spans.append(DetailSpan(label2.padded(toColumns: 10), Style(.muted)))
            spans.append(DetailSpan(value2))
        }
        return .text(spans)
    }

    /// "── Description ─────────"
    static func heading(_ title: String, width: Int) -> DetailLine {
        let rule = Style(.border)
        let tail = max(0, width - title.displayWidth - 4)
        return .text([DetailSpan("── ", rule), DetailSpan(title, Style(.normal, .bold)), DetailSpan(" " + String(repeating: "─", count: tail), rule)])
    }

    /// Free text from a stranger, its line breaks kept, wrapped to `width` behind `prefix`.
    static func paragraph(_ text: String, width: Int, style: Style, prefix: DetailSpan? = nil) -> [DetailLine] {
        let indent = prefix?.text.displayWidth ?? 0
        return TextWrap.lines(SafeText.sanitize(text, .multiLine(tabWidth: 4)), columns: width - indent).map { line in
            .text((prefix.map { [$0] } ?? []) + [DetailSpan(line, style)])
        }
    }
}
