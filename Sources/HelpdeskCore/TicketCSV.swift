import Foundation

/// The CSV layout of tickets for `helpdesk ticket export` and `import`; one row per ticket.
///
/// Columns (header names, any order, case-insensitive on import; only title, requester_name and
/// requester_contact are required): see `columns`. Dates are ISO 8601 (`2026-11-23T01:15:00Z`,
/// an offset such as `+08:00` is accepted), tags are separated by commas inside their field,
/// yes/no flags are `yes`/`no` (also true/false, 1/0). Export writes every column, in this order.
public enum TicketCSV {
    public static let columns = [
        "id", "title", "description", "requester_name", "requester_contact", "requester_organisation", "vip",
        "channel", "category", "impact", "urgency", "priority", "priority_reason", "priority_overridden",
        "status", "tier", "assignee", "tags", "major", "created_at", "updated_at", "first_response_at",
        "resolved_at", "closed_at", "resolution",
    ]

    /// Columns a row cannot do without.
    public static let requiredColumns = ["title", "requester_name", "requester_contact"]

    /// The header line.
    public static var header: String { CSVWriter.line(columns) }

    /// One ticket as a CSV line, in `columns` order.
    public static func line(for ticket: Ticket) -> String {
        let t = ticket
        let fields: [String] = [
            String(t.id), defused(t.title), defused(t.description), defused(t.requester.name), defused(t.requester.contact),
            defused(t.requester.organisation),
            yesNo(t.requester.isVIP), t.channel.rawValue, t.category.rawValue, t.impact.name, t.urgency.name,
            t.priority.label, defused(t.priorityReason), yesNo(t.priorityOverridden), t.status.rawValue, t.tier.label,
            t.assignee ?? "", t.tags.joined(separator: ","), yesNo(t.isMajorIncident), date(t.createdAt),
            date(t.updatedAt), t.firstResponseAt.map(date) ?? "", t.resolvedAt.map(date) ?? "",
            t.closedAt.map(date) ?? "", defused(t.resolution ?? ""),
        ]
        return CSVWriter.line(fields)
    }

    /// Characters that make a spreadsheet read a cell as a formula (CSV injection): a mail titled
    /// `=HYPERLINK(…)` must not turn into a live link when a lead opens the export in Excel.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// Free text written so a spreadsheet shows it as text: a leading apostrophe before a formula start.
    static func defused(_ text: String) -> String {
        guard let first = text.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    /// The text as it was before `defused`; import reads its own exports back unchanged.
    static func undefused(_ text: String) -> String {
        guard text.hasPrefix("'"), let second = text.dropFirst().first, formulaStarts.contains(second) else { return text }
        return String(text.dropFirst())
    }

    static func yesNo(_ flag: Bool) -> String { flag ? "yes" : "no" }

    /// UTC, whole seconds: what a spreadsheet and another tool read back the same.
    static func date(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    static func parseDate(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        for options: ISO8601DateFormatter.Options in [[.withInternetDateTime], [.withInternetDateTime, .withFractionalSeconds]] {
            formatter.formatOptions = options
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }
}

/// One thing wrong with one CSV row: the line where its record starts, the column, the reason.
public struct TicketCSVError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    /// Empty when the problem is the whole row (a stray quote, a wrong number of fields).
    public var column: String
    public var message: String

    public init(line: Int, column: String, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        column.isEmpty ? "line \(line): \(message)" : "line \(line), column \(column): \(message)"
    }
}
