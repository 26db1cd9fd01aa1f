import Foundation
import HelpdeskCore

/// The rows the store writes for a batch of ticket records, encoded ahead of time so that the
/// floor's timed loop does nothing but bind and step.
///
/// The values follow the store's encoding (tags ",a,b,", pauses as JSON pairs, deadlines from
/// the SLA configuration, the lower-cased filter text), so both write the same bytes.
struct FloorRows {
    enum Value {
        case integer(Int64)
        case real(Double)
        case text([UInt8])
        case null
    }

    /// One ticket and the rows that hang off it; child rows get the ticket's new rowid.
    struct Ticket {
        /// Set when the requester is new to the database: (name, contact, organisation, vip).
        var newRequester: [Value]?
        var columns: [Value]
        var comments: [[Value]]
        var events: [[Value]]
        var entries: [[Value]]
    }

    static let ticketSQL = """
        INSERT INTO tickets(id, title, description, requester_id, channel, category, impact, urgency,
            priority, priority_reason, priority_overridden, status, open, tier, assignee, tags, major,
            resolution, created_at, updated_at, first_response_at, resolved_at, closed_at, pauses,
            paused_since, version, due_at, risk_at, search)
        VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    static let requesterSQL = "INSERT INTO requesters(name, contact, organisation, vip) VALUES (?, ?, ?, ?)"
    static let eventSQL = "INSERT INTO events(ticket_id, version, actor, at, field, old_value, new_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
    static let commentSQL = "INSERT INTO comments(ticket_id, author, kind, body, created_at) VALUES (?, ?, ?, ?, ?)"
    static let entrySQL = "INSERT INTO time_entries(ticket_id, engineer, minutes, note, logged_at) VALUES (?, ?, ?, ?, ?)"

    /// Requester ids already given, by lower-cased contact; the next id to give.
    private var requesterIDs: [String: Int64] = [:]
    private var nextRequesterID: Int64 = 1
    let sla: SLAConfiguration
    /// The store's stand-in for "no deadline running".
    private static let noDeadline = 1e13

    init(sla: SLAConfiguration) { self.sla = sla }

    mutating func encode(_ records: [TicketRecord]) -> [Ticket] {
        var rows: [Ticket] = []
        rows.reserveCapacity(records.count)
        for record in records { rows.append(encode(record)) }
        return rows
    }

    private mutating func encode(_ record: TicketRecord) -> Ticket {
        let t = record.ticket
        let contact = t.requester.contact.lowercased()
        var newRequester: [Value]?
        let requesterID: Int64
        if let known = requesterIDs[contact] {
            requesterID = known
        } else {
            requesterID = nextRequesterID
            nextRequesterID += 1
            requesterIDs[contact] = requesterID
            newRequester = [text(t.requester.name), text(t.requester.contact), text(t.requester.organisation), bool(t.requester.isVIP)]
        }
        let deadlines = sla.deadlines(for: t)
        let tags = t.tags.isEmpty ? "" : "," + t.tags.joined(separator: ",") + ","
        let pauses = "[" + t.pauses.map { "[\($0.start.timeIntervalSince1970),\($0.end.timeIntervalSince1970)]" }.joined(separator: ",") + "]"
        let search = (t.title + "\n" + t.requester.name + "\n" + t.tags.joined(separator: " ")).lowercased()
        let columns: [Value] = [
            text(t.title), text(t.description), .integer(requesterID), text(t.channel.rawValue), text(t.category.rawValue),
            .integer(Int64(t.impact.rawValue)), .integer(Int64(t.urgency.rawValue)), .integer(Int64(t.priority.rawValue)),
            text(t.priorityReason), bool(t.priorityOverridden), text(t.status.rawValue), bool(t.status.isOpen),
            .integer(Int64(t.tier.rawValue)), text(t.assignee), text(tags), bool(t.isMajorIncident), text(t.resolution),
            real(t.createdAt), real(t.updatedAt), real(t.firstResponseAt), real(t.resolvedAt), real(t.closedAt),
            text(pauses), real(t.pausedSince), .integer(Int64(t.version)),
            .real(deadlines.nextDue?.timeIntervalSince1970 ?? Self.noDeadline),
            .real(deadlines.nextRiskAt?.timeIntervalSince1970 ?? Self.noDeadline), text(search),
        ]
        return Ticket(
            newRequester: newRequester, columns: columns,
            comments: record.comments.map { [text($0.author), text($0.kind.rawValue), text($0.body), real($0.createdAt)] },
            events: record.events.map {
                [.integer(Int64(t.version)), text($0.actor), real($0.at), text($0.field), text($0.oldValue), text($0.newValue), text($0.reason)]
            },
            entries: record.timeEntries.map { [text($0.engineer), .integer(Int64($0.minutes)), text($0.note), real($0.loggedAt)] })
    }

    private func text(_ s: String?) -> Value { s.map { .text(Array($0.utf8)) } ?? .null }
    private func real(_ d: Date?) -> Value { d.map { .real($0.timeIntervalSince1970) } ?? .null }
    private func bool(_ b: Bool) -> Value { .integer(b ? 1 : 0) }
}
