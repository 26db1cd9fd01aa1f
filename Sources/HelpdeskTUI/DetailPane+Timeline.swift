import Foundation
import HelpdeskCore

extension DetailPane {
    /// Marks an internal note in the timeline, so nobody mistakes it for something the requester saw.
    static var noteLabel: String { "🔒 " + tr("internal note") }
    static var replyLabel: String { "↩ " + tr("reply to requester") }

    /// The timeline: replies, internal notes (in the note colour, behind a bar) and changes with their reasons.
    /// Items that came with a ticket merged into `ticketID` carry that ticket's number ("[#12]").
    static func timeline(_ items: [TimelineItem], clock: ClockText, width: Int, ticketID: Int64? = nil) -> [DetailLine] {
        var replies = 0, notes = 0, changes = 0
        for item in items {
            switch item {
            case let .comment(comment): if comment.kind == .reply { replies += 1 } else { notes += 1 }
            case .event: changes += 1
            }
        }
        let counts = [
            replies == 1 ? tr("1 reply") : tr("%@ replies", replies),
            notes == 1 ? tr("1 note") : tr("%@ notes", notes),
            changes == 1 ? tr("1 change") : tr("%@ changes", changes),
        ].joined(separator: " · ")
        var lines = [heading(tr("Timeline") + " · " + counts, width: width)]
        let actorWidth = min(12, items.map { SafeText.sanitize($0.actor).displayWidth }.max() ?? 0)
        for item in items {
            let stamp = clock.dateTime(item.at)
            let actor = SafeText.sanitize(item.actor).fitted(toColumns: actorWidth)
            switch item {
            case let .comment(comment):
                let isNote = comment.kind == .note
                let role: ThemeRole = isNote ? .note : .normal
                lines.append(.text([
                    DetailSpan(stamp, Style(isNote ? .note : .muted)), DetailSpan("  "),
                    DetailSpan(actor, Style(role, .bold)), DetailSpan("  "),
                    DetailSpan(isNote ? noteLabel : replyLabel, Style(role, .bold)),
                ] + mergedMark(comment.ticketID, into: ticketID)))
                let gutter = isNote ? DetailSpan("┃ ", Style(.note, .bold)) : DetailSpan("  ")
                lines += paragraph(comment.body, width: width, style: Style(role), prefix: gutter)
            case let .event(event):
                lines += eventLines(readable(event, clock: clock), stamp: stamp, actor: actor, width: width,
                                    origin: mergedMark(event.ticketID, into: ticketID))
            }
        }
        if items.isEmpty { lines.append(.text([DetailSpan(tr("Nothing has happened on this ticket yet."), Style(.muted))])) }

        return lines
    }

    /// The event with instants Core records as ISO 8601 ("first_response → 2026-03-01T19:48:00Z")
    /// shown in the desk's time zone, like every other time on the screen.
    static func readable(_ event: TicketEvent, clock: ClockText) -> TicketEvent {
        func local(_ value: String?) -> String? {
            guard let value, value.hasSuffix("Z"), value.contains("T"),
                  let date = try? Date.ISO8601FormatStyle().parse(value) else { return value }
            return clock.dateTime(date)
        }
        var shown = event
        shown.oldValue = local(event.oldValue)
        shown.newValue = local(event.newValue)
        return shown
    }

    /// "2026-03-02 08:10  alice  • status new → in_progress — reason", the reason below when it is long.
    private static func eventLines(_ event: TicketEvent, stamp: String, actor: String, width: Int,
                                   origin: [DetailSpan] = []) -> [DetailLine] {
        let lead = [DetailSpan(stamp, Style(.muted)), DetailSpan("  "), DetailSpan(actor, Style(.muted)), DetailSpan("  ")]
            + origin.map { DetailSpan($0.text.trimmingCharacters(in: .whitespaces) + " ", $0.style) }
        let indent = lead.reduce(0) { $0 + $1.text.displayWidth }
        let summary = "• " + SafeText.sanitize(event.localizedSummary)

        let reason = event.reason.map { SafeText.sanitize($0, .multiLine(tabWidth: 4)) } ?? ""
        let oneLine = reason.isEmpty ? summary : summary + " — " + reason
        if !oneLine.contains("\n"), indent + oneLine.displayWidth <= width {
            var spans = lead + [DetailSpan(summary)]
            if !reason.isEmpty { spans.append(DetailSpan(" — " + reason, Style(.muted))) }
            return [.text(spans)]
        }
        let blank = DetailSpan(String(repeating: " ", count: indent))
        var lines: [DetailLine] = TextWrap.lines(summary, columns: width - indent).enumerated().map { index, line in
            .text((index == 0 ? lead : [blank]) + [DetailSpan(line)])
        }
        if !reason.isEmpty {
            lines += TextWrap.lines(reason, columns: width - indent - 2).map { .text([blank, DetailSpan("  " + $0, Style(.muted))]) }
        }
        return lines
    }
}
