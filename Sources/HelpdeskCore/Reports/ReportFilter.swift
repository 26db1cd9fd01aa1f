/// Which tickets a report looks at: a team, a support line, an engineer, a category; nil is "all".
public struct ReportFilter: Sendable, Equatable, Codable {
    /// A team, by the categories it handles (a ticket's team follows from its category).
    public var team: TeamScope?
    /// The support line: L1 (first line) or L2 (tickets escalated to second line).
    public var tier: Tier?
    /// The engineer the ticket is assigned to (hours: the engineer who logged them).
    public var engineer: String?
    public var category: Category?

    public init(team: TeamScope? = nil, tier: Tier? = nil, engineer: String? = nil, category: Category? = nil) {
        self.team = team
        self.tier = tier
        self.engineer = engineer
        self.category = category
    }

    public func matches(_ row: ReportRow) -> Bool {
        (tier == nil || row.tier == tier) && (engineer == nil || row.assignee == engineer)
            && (category == nil || row.category == category) && (team?.categories.contains(row.category) ?? true)
    }

    public func matches(_ row: ReportTimeRow) -> Bool {
        (tier == nil || row.tier == tier) && (engineer == nil || row.engineer == engineer)
            && (category == nil || row.category == category) && (team?.categories.contains(row.category) ?? true)
    }

    /// "team network, line L2, category network", or "all tickets".
    public var summary: String {
        var parts: [String] = []
        if let team { parts.append("team \(team.name)") }
        if let tier { parts.append("line \(tier.label)") }
        if let engineer { parts.append("engineer \(engineer)") }
        if let category { parts.append("category \(category.rawValue)") }
        return parts.isEmpty ? "all tickets" : parts.joined(separator: ", ")
    }
}

/// A team as a report filter: its name and the categories whose tickets it owns.
public struct TeamScope: Sendable, Equatable, Codable {
    public var name: String
    public var categories: Set<Category>

    public init(name: String, categories: Set<Category>) {
        self.name = name
        self.categories = categories
    }

    /// The categories `name` owns among `teams`: its own, or for the default team every category no other team claims.
    public init(name: String, teams: [Team]) {
        self.init(name: name, categories: Set(Category.allCases.filter { Team.name(for: $0, in: teams) == name }))
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
