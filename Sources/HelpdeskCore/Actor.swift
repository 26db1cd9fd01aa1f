/// The engineer performing an action, as resolved from the operating-system user.
public struct Actor: Sendable, Equatable {
    public var login: String
    public var role: Role
    public var tier: Tier

    public init(login: String, role: Role, tier: Tier = .l1) {
        self.login = login
        self.role = role
        self.tier = tier
    }

    public init(_ engineer: Engineer) {
        self.init(login: engineer.login, role: engineer.role, tier: engineer.tier)
    }

    /// The actor for system work (demo data, migrations, auto-assignment).
    public static let system = Actor(login: "system", role: .admin, tier: .l2)
}
