/// Which tickets a report looks at: a team (support line), an engineer, a category; nil is "all".
public struct ReportFilter: Sendable, Equatable, Codable {
    /// The support line: L1 (first line) or L2 (tickets escalated to second line).
    public var team: Tier?
    /// The engineer the ticket is assigned to (hours: the engineer who logged them).
    public var engineer: String?
    public var category: Category?

    public init(team: Tier? = nil, engineer: String? = nil, category: Category? = nil) {
        self.team = team
        self.engineer = engineer
        self.category = category
    }

    public func matches(_ row: ReportRow) -> Bool {
        (team == nil || row.tier == team) && (engineer == nil || row.assignee == engineer)
            && (category == nil || row.category == category)
    }

    public func matches(_ row: ReportTimeRow) -> Bool {
        (team == nil || row.tier == team) && (engineer == nil || row.engineer == engineer)
            && (category == nil || row.category == category)
    }

    /// "team L2, category network", or "all tickets".
    public var summary: String {
        var parts: [String] = []
        if let team { parts.append("team \(team.label)") }
        if let engineer { parts.append("engineer \(engineer)") }
        if let category { parts.append("category \(category.rawValue)") }
        return parts.isEmpty ? "all tickets" : parts.joined(separator: ", ")
    }
}

/// How `--by` splits a report into groups.
public enum ReportGrouping: String, CaseIterable, Sendable, Codable {
    case engineer, category, priority

    /// The group a ticket falls in; unassigned tickets form the "(unassigned)" group.
    public func key(for row: ReportRow) -> String {
        switch self {
        case .engineer: row.assignee ?? Self.unassigned
        case .category: row.category.rawValue
        case .priority: row.priority.label
        }
    }

    public func key(for row: ReportTimeRow) -> String {
        switch self {
        case .engineer: row.engineer
        case .category: row.category.rawValue
        case .priority: row.priority.label
        }
    }

    public static let unassigned = "(unassigned)"
}
