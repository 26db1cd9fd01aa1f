import Foundation

/// How a request reached the support desk (电话、邮件、网页、在线客服、现场).
public enum Channel: String, CaseIterable, Codable, Sendable {
    case phone, email, web, chat, walkIn = "walk_in"
}

/// What kind of problem a ticket is about; engineers' skills use the same categories.
public enum Category: String, CaseIterable, Codable, Sendable {
    case hardware, software, network, account, security, other
}

/// Impact and urgency share four levels; the priority matrix crosses them.
public enum Level: Int, CaseIterable, Codable, Sendable, Comparable {
    case low = 1, medium = 2, high = 3, critical = 4

    public static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }

    public var name: String {
        switch self {
        case .low: "low"
        case .medium: "medium"
        case .high: "high"
        case .critical: "critical"
        }
    }

    /// Accepts a level's name or its number (1–4).
    public init?(name: String) {
        let key = name.lowercased()
        if let n = Int(key), let level = Level(rawValue: n) { self = level; return }
        guard let level = Level.allCases.first(where: { $0.name == key }) else { return nil }
        self = level
    }
}

/// P1 is the most urgent; the raw value sorts P1 first.
public enum Priority: Int, CaseIterable, Codable, Sendable, Comparable {
    case p1 = 1, p2 = 2, p3 = 3, p4 = 4

    public static func < (a: Priority, b: Priority) -> Bool { a.rawValue < b.rawValue }

    public var label: String { "P\(rawValue)" }

    /// How much one open ticket of this priority weighs on an engineer's load.
    public var loadWeight: Int {
        switch self {
        case .p1: 4
        case .p2: 3
        case .p3: 2
        case .p4: 1
        }
    }

    /// Accepts "P2", "p2" or "2".
    public init?(label: String) {
        var text = label.uppercased()
        if text.hasPrefix("P") { text.removeFirst() }
        guard let n = Int(text), let p = Priority(rawValue: n) else { return nil }
        self = p
    }
}

/// First line (一线) and second line (二线).
public enum Tier: Int, CaseIterable, Codable, Sendable, Comparable {
    case l1 = 1, l2 = 2

    public static func < (a: Tier, b: Tier) -> Bool { a.rawValue < b.rawValue }

    public var label: String { "L\(rawValue)" }

    public init?(label: String) {
        var text = label.uppercased()
        if text.hasPrefix("L") { text.removeFirst() }
        guard let n = Int(text), let t = Tier(rawValue: n) else { return nil }
        self = t
    }
}

/// What a user may do is decided by role; see `AccessPolicy`.
public enum Role: String, CaseIterable, Codable, Sendable, Comparable {
    case agent, lead, admin

    private var rank: Int {
        switch self {
        case .agent: 0
        case .lead: 1
        case .admin: 2
        }
    }

    public static func < (a: Role, b: Role) -> Bool { a.rank < b.rank }
}
