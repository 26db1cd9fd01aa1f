import Foundation

/// A member of the support team, identified by their operating-system login.
public struct Engineer: Codable, Sendable, Equatable {
    public var login: String
    public var name: String
    public var role: Role
    public var tier: Tier
    public var skills: Set<Category>
    /// Most open tickets the assignment engine may give this engineer.
    public var loadCap: Int
    public var isActive: Bool
    /// When the engine last gave this engineer a ticket; the oldest wins a tie (round-robin).
    public var lastAssignedAt: Date?
    /// The team the engineer belongs to; auto-assignment picks among a ticket's team only.
    public var team: String

    public init(login: String, name: String, role: Role = .agent, tier: Tier = .l1,
                skills: Set<Category> = [], loadCap: Int = 8, isActive: Bool = true,
                lastAssignedAt: Date? = nil, team: String = Team.defaultName) {
        self.login = login
        self.name = name
        self.role = role
        self.tier = tier
        self.skills = skills
        self.loadCap = loadCap
        self.isActive = isActive
        self.lastAssignedAt = lastAssignedAt
        self.team = team
    }

    /// Skills in a stable order, for display and storage.
    public var sortedSkills: [Category] { Category.allCases.filter(skills.contains) }

    /// A login is lower-case letters, digits, dot, dash and underscore, like a Unix user name.
    public static func isValidLogin(_ login: String) -> Bool {
        guard let first = login.unicodeScalars.first, login.count <= 32 else { return false }
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyz0123456789._-")
        return CharacterSet.lowercaseLetters.contains(first) || first == "_"
            ? login.unicodeScalars.allSatisfy(allowed.contains) : false
    }
}
