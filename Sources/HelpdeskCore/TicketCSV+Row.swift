import Foundation

/// Reads one CSV row's fields into a ticket, collecting an error per bad column.
struct RowReader {
    let line: Int
    let values: [String: String]
    var errors: [TicketCSVError] = []

    mutating func fail(_ column: String, _ message: String) {
        errors.append(TicketCSVError(line: line, column: column, message: message))
    }

    func text(_ column: String) -> String { TicketCSV.undefused(values[column] ?? "") }

    mutating func checked(_ column: String, limit: Int, required: Bool = false) -> String {
        do { return try Limits.checked(text(column), column.replacingOccurrences(of: "_", with: " "), limit: limit, required: required) } catch {
            fail(column, "\(error)")
            return ""
        }
    }

    /// An optional vocabulary value: empty gives the default, anything else must be one of the names.
    mutating func choice<T>(_ column: String, _ fallback: T, names: [String], parse: (String) -> T?) -> T {
        let raw = text(column).trimmingCharacters(in: .whitespaces)
        if raw.isEmpty { return fallback }
        if let value = parse(raw) { return value }
        fail(column, "“\(raw)” is not one of \(names.joined(separator: ", "))")
        return fallback
    }

    mutating func flag(_ column: String) -> Bool {
        choice(column, false, names: ["yes", "no"]) { raw in
            switch raw.lowercased() {
            case "yes", "y", "true", "1", "是": true
            case "no", "n", "false", "0", "否": false
            default: nil
            }
        }
    }

    mutating func date(_ column: String) -> Date? {
        let raw = text(column).trimmingCharacters(in: .whitespaces)
        if raw.isEmpty { return nil }
        if let date = TicketCSV.parseDate(raw) { return date }
        fail(column, "“\(raw)” is not an ISO 8601 date and time such as 2026-11-23T09:15:00+08:00")
        return nil
    }

    mutating func ticket(now: Date, rules: PriorityRules, isKnownEngineer: (String) -> Bool) -> Ticket? {
        var id: Int64 = 0
        let rawID = text("id").trimmingCharacters(in: .whitespaces).drop(while: { $0 == "#" })
        if !rawID.isEmpty {
            if let number = Int64(rawID), number > 0 { id = number } else { fail("id", "“\(rawID)” is not a ticket number") }
        }
        let requester = Requester(
            name: checked("requester_name", limit: Limits.nameCharacters, required: true),
            contact: checked("requester_contact", limit: Limits.nameCharacters, required: true),
            organisation: checked("requester_organisation", limit: Limits.nameCharacters), isVIP: flag("vip"))
        let levels = Level.allCases.map(\.name)
        let level: (String) -> Level? = { raw in Level.allCases.first { $0.name == raw.lowercased() || String($0.rawValue) == raw } }
        var ticket = Ticket(
            id: id, title: checked("title", limit: Limits.titleCharacters, required: true),
            description: checked("description", limit: Limits.bodyCharacters), requester: requester,
            channel: choice("channel", .email, names: Channel.allCases.map(\.rawValue)) { Channel(rawValue: $0.lowercased()) },
            category: choice("category", .other, names: Category.allCases.map(\.rawValue)) { Category(rawValue: $0.lowercased()) },
            impact: choice("impact", .medium, names: levels, parse: level),
            urgency: choice("urgency", .medium, names: levels, parse: level),
            status: choice("status", .new, names: TicketStatus.allCases.map(\.rawValue)) { TicketStatus(name: $0) },
            tier: choice("tier", .l1, names: ["L1", "L2"]) { Tier(label: $0) },
            isMajorIncident: flag("major"), createdAt: date("created_at") ?? now)
        do {
            ticket.tags = try Limits.tags(text("tags").split(separator: ",").map(String.init))
        } catch { fail("tags", "\(error)") }
        let assignee = text("assignee").trimmingCharacters(in: .whitespaces)
        if !assignee.isEmpty {
            if isKnownEngineer(assignee) { ticket.assignee = assignee } else {
                fail("assignee", "no engineer has the login “\(assignee)”")
            }
        }
        ticket.updatedAt = date("updated_at") ?? ticket.createdAt
        ticket.firstResponseAt = date("first_response_at")
        ticket.resolvedAt = date("resolved_at")
        ticket.closedAt = date("closed_at")
        let resolution = checked("resolution", limit: Limits.bodyCharacters)
        ticket.resolution = resolution.isEmpty ? nil : resolution
        if ticket.status == .resolved || ticket.status == .closed {
            if ticket.resolution == nil { fail("resolution", "a \(ticket.status.rawValue) ticket needs the resolution that was applied") }
            if ticket.resolvedAt == nil { ticket.resolvedAt = ticket.updatedAt }
        }
        if ticket.status == .closed && ticket.closedAt == nil { ticket.closedAt = ticket.updatedAt }
        if ticket.updatedAt < ticket.createdAt { fail("updated_at", "is before created_at") }
        if let resolved = ticket.resolvedAt, resolved < ticket.createdAt { fail("resolved_at", "is before created_at") }
        let rawPriority = text("priority").trimmingCharacters(in: .whitespaces)
        let decision = rules.evaluate(ticket)
        if rawPriority.isEmpty {
            ticket.priority = decision.priority
            ticket.priorityReason = decision.reasonText
        } else if let priority = Priority(label: rawPriority) {
            ticket.priority = priority
            let reason = text("priority_reason").trimmingCharacters(in: .whitespaces)
            ticket.priorityReason = reason.isEmpty ? (priority == decision.priority ? decision.reasonText : "imported") : reason
            ticket.priorityOverridden = flag("priority_overridden")
        } else {
            fail("priority", "“\(rawPriority)” is not one of P1, P2, P3, P4")
        }
        return errors.isEmpty ? ticket : nil
    }
}
