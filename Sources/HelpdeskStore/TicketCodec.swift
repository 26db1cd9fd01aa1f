import Foundation
import GRDB
import HelpdeskCore

/// Ticket ⇄ `tickets` row, plus the derived columns the queue reads (open, due_at, risk_at, search).
enum TicketCodec {
    /// Reads a ticket with its requester; append a WHERE clause.
    static let select = """
        SELECT t.*, r.name AS requester_name, r.contact AS requester_contact,
               r.organisation AS requester_organisation, r.vip AS requester_vip
        FROM tickets t JOIN requesters r ON r.id = t.requester_id
        """

    static let insertSQL = """
        INSERT INTO tickets(id, title, description, requester_id, channel, category, impact, urgency,
            priority, priority_reason, priority_overridden, status, open, tier, assignee, tags, major,
            resolution, created_at, updated_at, first_response_at, resolved_at, closed_at, pauses,
            paused_since, version, due_at, risk_at, search)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// Everything an action can change; the requester and creation time never change.
    static let updateSQL = """
        UPDATE tickets SET title = ?, description = ?, channel = ?, category = ?, impact = ?, urgency = ?,
            priority = ?, priority_reason = ?, priority_overridden = ?, status = ?, open = ?, tier = ?,
            assignee = ?, tags = ?, major = ?, resolution = ?, updated_at = ?, first_response_at = ?,
            resolved_at = ?, closed_at = ?, pauses = ?, paused_since = ?, version = ?, due_at = ?,
            risk_at = ?, search = ?
        WHERE id = ? AND version = ?
        """

    static func insertArguments(_ t: Ticket, requesterID: Int64, sla: SLAConfiguration) -> StatementArguments {
        var list = ValueList()
        insertColumns(t, requesterID: requesterID, sla: sla, into: &list)
        return list.arguments
    }

    static func updateArguments(_ t: Ticket, previousVersion: Int, sla: SLAConfiguration) -> StatementArguments {
        var list = ValueList()
        list.text(t.title)
        list.text(t.description)
        list.text(t.channel.rawValue)
        list.text(t.category.rawValue)
        list.integer(t.impact.rawValue)
        list.integer(t.urgency.rawValue)
        stateColumns(t, sla: sla, withCreation: false, into: &list)
        list.integer(t.id)
        list.integer(previousVersion)
        return list.arguments
    }

    /// The values of `insertSQL`, in its column order.
    static func insertColumns<Sink: ColumnSink>(_ t: Ticket, requesterID: Int64, sla: SLAConfiguration, into sink: inout Sink) {
        sink.integer(t.id == 0 ? nil : t.id)
        sink.text(t.title)
        sink.text(t.description)
        sink.integer(requesterID)
        sink.text(t.channel.rawValue)
        sink.text(t.category.rawValue)
        sink.integer(t.impact.rawValue)
        sink.integer(t.urgency.rawValue)
        stateColumns(t, sla: sla, withCreation: true, into: &sink)
    }

    /// priority … search, shared by `insertSQL` and `updateSQL`; created_at is written once, on insert.
    private static func stateColumns<Sink: ColumnSink>(_ t: Ticket, sla: SLAConfiguration, withCreation: Bool, into sink: inout Sink) {
        let (due, risk) = deadlineColumns(t, sla: sla)
        sink.integer(t.priority.rawValue)
        sink.text(t.priorityReason)
        sink.bool(t.priorityOverridden)
        sink.text(t.status.rawValue)
        sink.bool(t.status.isOpen)
        sink.integer(t.tier.rawValue)
        sink.text(t.assignee)
        sink.text(encodeTags(t.tags))
        sink.bool(t.isMajorIncident)
        sink.text(t.resolution)
        if withCreation { sink.real(t.createdAt.epoch) }
        sink.real(t.updatedAt.epoch)
        sink.real(t.firstResponseAt?.epoch)
        sink.real(t.resolvedAt?.epoch)
        sink.real(t.closedAt?.epoch)
        sink.text(encodePauses(t.pauses))
        sink.real(t.pausedSince?.epoch)
        sink.integer(t.version)
        sink.real(due)
        sink.real(risk)
        sink.text(searchText(title: t.title, requester: t.requester.name, tags: t.tags))
    }

    /// The next deadline still running and when it turns at risk; `noDeadline` when none runs.
    static func deadlineColumns(_ t: Ticket, sla: SLAConfiguration) -> (due: Double, risk: Double) {
        // No clock runs on a resolved, closed or cancelled ticket; skipping the calendar maths
        // for them matters to a bulk import, where most of the history is closed.
        guard t.status.isOpen else { return (StoreSchema.noDeadline, StoreSchema.noDeadline) }
        let deadlines = sla.deadlines(for: t)
        return (deadlines.nextDue?.epoch ?? StoreSchema.noDeadline, deadlines.nextRiskAt?.epoch ?? StoreSchema.noDeadline)
    }

    static func decode(_ row: Row) throws -> Ticket {
        let requester = Requester(name: row["requester_name"], contact: row["requester_contact"],
                                  organisation: row["requester_organisation"], isVIP: row["requester_vip"])
        return Ticket(
            id: row["id"], title: row["title"], description: row["description"], requester: requester,
            channel: try enumValue(row["channel"]), category: try enumValue(row["category"]),
            impact: try enumValue(row["impact"]), urgency: try enumValue(row["urgency"]),
            priority: try enumValue(row["priority"]), priorityReason: row["priority_reason"],
            priorityOverridden: row["priority_overridden"], status: try enumValue(row["status"]),
            tier: try enumValue(row["tier"]), assignee: row["assignee"], tags: decodeTags(row["tags"]),
            isMajorIncident: row["major"], resolution: row["resolution"],
            createdAt: Date(epoch: row["created_at"]), updatedAt: Date(epoch: row["updated_at"]),
            firstResponseAt: Date(epochOrNil: row["first_response_at"]), resolvedAt: Date(epochOrNil: row["resolved_at"]),
            closedAt: Date(epochOrNil: row["closed_at"]), pauses: try decodePauses(row["pauses"]),
            pausedSince: Date(epochOrNil: row["paused_since"]), version: row["version"])
    }

    static func enumValue<E: RawRepresentable>(_ raw: E.RawValue) throws -> E {
        guard let value = E(rawValue: raw) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "unknown \(E.self) “\(raw)”"))
        }
        return value
    }

    /// ",printer,vpn," so that a whole tag matches `LIKE '%,vpn,%'`; tags never contain commas.
    static func encodeTags(_ tags: [String]) -> String {
        tags.isEmpty ? "" : "," + tags.joined(separator: ",") + ","
    }

    static func decodeTags(_ text: String) -> [String] {
        text.split(separator: ",").map(String.init)
    }

    static func encodePauses(_ pauses: [DateInterval]) -> String {
        "[" + pauses.map { "[\($0.start.epoch),\($0.end.epoch)]" }.joined(separator: ",") + "]"
    }

    static func decodePauses(_ text: String) throws -> [DateInterval] {
        try JSONDecoder().decode([[Double]].self, from: Data(text.utf8)).compactMap { pair in
            guard pair.count == 2, pair[1] >= pair[0] else { return nil }
            return DateInterval(start: Date(epoch: pair[0]), end: Date(epoch: pair[1]))
        }
    }

    /// Lower-cased with Swift's full Unicode rules (SQLite's lower() only knows ASCII).
    /// Newlines separate the fields, so a filter term (which has no whitespace) never spans two.
    static func searchText(title: String, requester: String, tags: [String]) -> String {
        NGramTokenizer.lowercased(title + "\n" + requester + "\n" + tags.joined(separator: " "))
    }
}

extension Date {
    /// Seconds since 1970, as stored.
    var epoch: Double { timeIntervalSince1970 }

    init(epoch: Double) { self.init(timeIntervalSince1970: epoch) }

    init?(epochOrNil epoch: Double?) {
        guard let epoch else { return nil }
        self.init(timeIntervalSince1970: epoch)
    }
}
