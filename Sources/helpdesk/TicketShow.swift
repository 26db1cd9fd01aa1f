import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

struct TicketShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a ticket: fields, SLA clocks, description and timeline.")
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp("Ticket number (42 or #42).", valueName: "id")) var id: TicketID
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
        let owner = t.assignee.map { "assigned to \($0)" } ?? "unassigned"
        lines.append("#\(t.id)  \(t.isMajorIncident ? "MAJOR INCIDENT  " : "")\(t.priority.label)  \(t.status.rawValue)  \(t.tier.label)  \(owner)  (version \(t.version))")
        lines.append(clean(t.title))
        lines.append("")
        let vip = t.requester.isVIP ? " (VIP)" : ""
        let org = t.requester.organisation.isEmpty ? "" : ", \(clean(t.requester.organisation))"
        lines.append("Requester   \(clean(t.requester.name)) <\(clean(t.requester.contact))>\(org)\(vip)")
        lines.append("Channel     \(t.channel.rawValue)    Category \(t.category.rawValue)    Impact \(t.impact.name)    Urgency \(t.urgency.name)")
        lines.append("Priority    \(t.priority.label): \(clean(t.priorityReason))")
        if !t.tags.isEmpty { lines.append("Tags        \(t.tags.map(clean).joined(separator: ", "))") }
        lines.append("Created     \(Self.stamp(t.createdAt))    Updated \(Self.stamp(t.updatedAt))")
        lines.append("Response    \(sla.response.phrase(now: now))\(sla.response.dueAt.map { " (due \(Self.stamp($0)))" } ?? "")")
        lines.append("Resolution  \(sla.resolution.phrase(now: now))\(sla.resolution.dueAt.map { " (due \(Self.stamp($0)))" } ?? "")")
        if let resolution = t.resolution { lines.append("Resolved    \(clean(resolution))") }
        if let survey = Satisfaction.current(in: timeline) {
            lines.append("Survey      \(Satisfaction.label(survey.score))\(survey.comment.map { " · " + clean($0) } ?? "")")
        }
        if !t.description.isEmpty {
            lines.append("")
            lines.append("Description")
            lines += SafeText.sanitize(t.description, .multiLine(tabWidth: 4)).split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
        }
        lines.append("")
        lines.append("Timeline")
        for item in timeline {
            // E-mail authors are addresses, often wider than the column: keep a space before the text.
            let gap = DisplayWidth.width(of: item.actor) >= 12 ? " " : ""
            let from = Self.mergedOrigin(item, in: t.id)
            let head = "  \(Self.stamp(item.at))  \(item.actor.padded(toColumns: 12))\(gap)\(from)"
            switch item {
            case let .comment(c):
                let label = c.kind == .reply ? "reply" : "note (internal)"
                let body = SafeText.sanitize(c.body, .multiLine(tabWidth: 4)).split(separator: "\n", omittingEmptySubsequences: false)
                lines.append("\(head)\(label): \(body.first ?? "")")
                lines += body.dropFirst().map { String(repeating: " ", count: 32) + $0 }
            case let .event(e):
                lines.append("\(head)\(clean(e.summary))\(e.reason.map { " — \(clean($0))" } ?? "")")
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
