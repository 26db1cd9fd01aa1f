import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

struct TicketShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: tr("Show a ticket: fields, SLA clocks, description and timeline."))
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(tr("Ticket number (42 or #42)."), valueName: "id")) var id: TicketID
    @OptionGroup var output: OutputOptions

    func run() throws {
        let session = try Session.open(options)
        let ticket = try session.store.ticket(id: id.value)
        let timeline = try session.store.timeline(ticketID: id.value)
        let now = Date()
        let sla = try session.store.slaConfiguration().evaluate(ticket, at: now)
        if output.json {
            print(try JSONOutput.encode(TicketShowJSON(ticket: ticket, sla: sla, timeline: timeline,
                                                       links: try session.store.links(ticketID: ticket.id),
                                                       contacts: try session.store.contacts(ticketID: ticket.id))))
        } else {
            var text = render(ticket, sla: sla, timeline: timeline, now: now)
            text += Self.linkLines(try session.store.links(ticketID: ticket.id), contacts: try session.store.contacts(ticketID: ticket.id))
            text += Self.attachmentLines(try session.store.attachments(ticketID: ticket.id))
            print(text)
        }
    }

    private func render(_ t: Ticket, sla: SLAEvaluation, timeline: [TimelineItem], now: Date) -> String {
        let clean = { (s: String) in SafeText.sanitize(s) }
        var lines: [String] = []
        // Labels take 12 columns in either language, so the values line up.
        let label = { (english: String) in tr(english).padded(toColumns: 12) }
        let owner = t.assignee.map { tr("assigned to %@", $0) } ?? tr("unassigned")
        let major = t.isMajorIncident ? tr("MAJOR INCIDENT") + "  " : ""
        lines.append("#\(t.id)  \(major)\(t.priority.label)  \(tr(t.status.rawValue, context: "status"))  \(t.tier.label)  \(owner)  (\(tr("version %@", t.version)))")
        lines.append(clean(t.title))
        lines.append("")
        let vip = t.requester.isVIP ? " (VIP)" : ""
        let org = t.requester.organisation.isEmpty ? "" : ", \(clean(t.requester.organisation))"
        lines.append(label("Requester") + "\(clean(t.requester.name)) <\(clean(t.requester.contact))>\(org)\(vip)")
        lines.append(label("Channel") + "\(t.channel.localizedName)    \(tr("Category")) \(t.category.localizedName)    "
                     + "\(tr("Impact")) \(t.impact.localizedName)    \(tr("Urgency")) \(t.urgency.localizedName)")
        lines.append(label("Priority") + "\(t.priority.label): \(clean(t.priorityReason))")
        if !t.tags.isEmpty { lines.append(label("Tags") + t.tags.map(clean).joined(separator: ", ")) }
        lines.append(label("Created") + "\(Self.stamp(t.createdAt))    \(tr("Updated")) \(Self.stamp(t.updatedAt))")
        let due = { (date: Date?) in date.map { " (" + tr("due %@", Self.stamp($0)) + ")" } ?? "" }
        lines.append(tr("Response", context: "clock").padded(toColumns: 12) + sla.response.phrase(now: now) + due(sla.response.dueAt))
        lines.append(tr("Resolution", context: "clock").padded(toColumns: 12) + sla.resolution.phrase(now: now) + due(sla.resolution.dueAt))
        if let resolution = t.resolution { lines.append(label("Resolved") + clean(resolution)) }
        if let survey = Satisfaction.current(in: timeline) {
            lines.append(label("Survey") + "\(Satisfaction.label(survey.score))\(survey.comment.map { " · " + clean($0) } ?? "")")
        }
        if !t.description.isEmpty {
            lines.append("")
            lines.append(tr("Description"))
            lines += SafeText.sanitize(t.description, .multiLine(tabWidth: 4)).split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
        }
        lines.append("")
        lines.append(tr("Timeline"))
        for item in timeline {
            // E-mail authors are addresses, often wider than the column: keep a space before the text.
            let gap = DisplayWidth.width(of: item.actor) >= 12 ? " " : ""
            let from = Self.mergedOrigin(item, in: t.id)
            let head = "  \(Self.stamp(item.at))  \(item.actor.padded(toColumns: 12))\(gap)\(from)"
            switch item {
            case let .comment(c):
                let label = c.kind == .reply ? tr("reply", context: "timeline") : tr("note (internal)")
                let body = SafeText.sanitize(c.body, .multiLine(tabWidth: 4)).split(separator: "\n", omittingEmptySubsequences: false)
                lines.append("\(head)\(label): \(body.first ?? "")")
                lines += body.dropFirst().map { String(repeating: " ", count: 32) + $0 }
            case let .event(e):
                lines.append("\(head)\(clean(e.localizedSummary))\(e.reason.map { " — \(clean($0))" } ?? "")")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Local minutes; a formatting style is cheap to copy, unlike a DateFormatter per line.
    static func stamp(_ date: Date) -> String {
        date.formatted(Date.VerbatimFormatStyle(
            format: "\(year: .defaultDigits)-\(month: .twoDigits)-\(day: .twoDigits) \(hour: .twoDigits(clock: .twentyFourHour, hourCycle: .zeroBased)):\(minute: .twoDigits)",
            timeZone: .current, calendar: Calendar(identifier: .gregorian)))
    }
}

/// The shape of `ticket show --json`.
struct TicketShowJSON: Encodable {
    struct Clock: Encodable {
        let state: String
        let dueAt: Date?
        let remainingSeconds: Int
    }
    struct Entry: Encodable {
        let at: Date
        let actor: String
        let kind: String
        let text: String
        let field: String?
        let oldValue: String?
        let newValue: String?
    }
    let ticket: Ticket
    let response: Clock
    let resolution: Clock
    let timeline: [Entry]
    let links: [LinkedTicket]
    let contacts: [TicketContact]

    init(ticket: Ticket, sla: SLAEvaluation, timeline: [TimelineItem], links: [LinkedTicket] = [], contacts: [TicketContact] = []) {
        self.ticket = ticket
        self.links = links
        self.contacts = contacts
        let clock = { (c: SLAClock) in Clock(state: c.state.rawValue, dueAt: c.dueAt, remainingSeconds: Int(c.remaining)) }
        response = clock(sla.response)
        resolution = clock(sla.resolution)
        self.timeline = timeline.map { item in
            switch item {
            case let .comment(c):
                Entry(at: c.createdAt, actor: c.author, kind: c.kind.rawValue, text: c.body, field: nil, oldValue: nil, newValue: nil)
            case let .event(e):
                Entry(at: e.at, actor: e.actor, kind: "event", text: e.reason ?? "", field: e.field, oldValue: e.oldValue, newValue: e.newValue)
            }
        }
    }
}
