import Foundation
import GRDB
import HelpdeskCore

/// The support team: who may sign in, their role, tier, skills and load cap.
extension HelpdeskStore {
    /// Adds an engineer. Only an admin may, except for the very first engineer, who bootstraps
    /// the desk and must therefore be an admin.
    public func addEngineer(_ engineer: Engineer, by actor: Actor, at now: Date = Date()) throws {
        let engineer = try Self.validated(engineer)
        try auditingDenial(actor, at: now, action: "engineer add \(engineer.login)") {
            if try !engineers().isEmpty { try AccessPolicy.checkManageTeam(by: actor) }
        }
        try write { db in
            let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM engineers") ?? 0
            if count == 0 {
                guard engineer.role == .admin else { throw StoreError.firstEngineerMustBeAdmin(engineer.login) }
            } else {
                try AccessPolicy.checkManageTeam(by: actor)
            }
            if try Self.fetchEngineer(engineer.login, db) != nil { throw StoreError.engineerExists(engineer.login) }
            try Self.checkTeamExists(engineer.team, db)
            try db.execute(sql: """
                INSERT INTO engineers(login, name, role, tier, load_cap, active, last_assigned_at, team)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [engineer.login, engineer.name, engineer.role.rawValue, engineer.tier.rawValue,
                                 engineer.loadCap, engineer.isActive, engineer.lastAssignedAt?.epoch, engineer.team])
            try Self.saveSkills(engineer, db)
            try StoreEvents.insert(TicketEvent(ticketID: 0, actor: actor.login, at: now, field: "engineer.added",
                                               newValue: Self.summary(engineer)), ticketID: nil, version: nil, db)
        }
    }

    /// Changes an engineer's name, role, tier, skills, load cap or active flag (admins only).
    /// The last active admin can be neither demoted nor deactivated.
    public func updateEngineer(_ engineer: Engineer, by actor: Actor, at now: Date = Date()) throws {
        let engineer = try Self.validated(engineer)
        try auditingDenial(actor, at: now, action: "engineer set \(engineer.login)") { try AccessPolicy.checkManageTeam(by: actor) }
        try write { db in
            guard let old = try Self.fetchEngineer(engineer.login, db) else { throw StoreError.engineerNotFound(engineer.login) }
            if old.team != engineer.team { try Self.checkTeamExists(engineer.team, db) }
            let staysAdmin = engineer.role == .admin && engineer.isActive
            if old.role == .admin && old.isActive && !staysAdmin {
                let admins = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM engineers WHERE role = 'admin' AND active = 1") ?? 0
                if admins <= 1 { throw StoreError.lastAdmin(engineer.login) }
            }
            try db.execute(sql: """
                UPDATE engineers SET name = ?, role = ?, tier = ?, load_cap = ?, active = ?, team = ? WHERE login = ?
                """, arguments: [engineer.name, engineer.role.rawValue, engineer.tier.rawValue, engineer.loadCap,
                                 engineer.isActive, engineer.team, engineer.login])
            try Self.saveSkills(engineer, db)
            if Self.summary(old) != Self.summary(engineer) {
                try StoreEvents.insert(TicketEvent(ticketID: 0, actor: actor.login, at: now, field: "engineer.changed",
                                                   oldValue: Self.summary(old), newValue: Self.summary(engineer)),
                                       ticketID: nil, version: nil, db)
            }
        }
    }

    /// The engineer with this login, or nil.
    public func engineer(login: String) throws -> Engineer? {
        try read { db in try Self.fetchEngineer(login, db) }
    }

    /// Everyone on the team, active or not, by login.
    public func engineers() throws -> [Engineer] {
        try read { db in try Self.fetchEngineers(db) }
    }

    /// Open tickets per assignee and their priority-weighted sum, for the assignment engine.
    public func openLoads() throws -> [String: EngineerLoad] {
        try read { db in try Self.fetchLoads(db) }
    }

    static func fetchEngineers(_ db: Database) throws -> [Engineer] {
        let skills = try Self.allSkills(db)
        return try Row.fetchAll(db, sql: "SELECT * FROM engineers ORDER BY login").map { row in
            try Self.engineer(from: row, skills: skills[row["login"] as String] ?? [])
        }
    }

    static func fetchLoads(_ db: Database) throws -> [String: EngineerLoad] {
        try fetchOpenByPriority(db).mapValues { counts in
            counts.reduce(into: EngineerLoad.zero) { load, entry in
                load.openTickets += entry.value
                load.weightedLoad += entry.value * entry.key.loadWeight
            }
        }
    }

    /// Open tickets per assignee and priority, from the counters the triggers keep
    /// ("assignee:<login>:<priority>"): the one reader of those keys (loads, the board, handovers).
    static func fetchOpenByPriority(_ db: Database) throws -> [String: [Priority: Int]] {
        var counts: [String: [Priority: Int]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT key, n FROM queue_counts WHERE key >= 'assignee:' AND key < 'assignee;' AND n > 0") {
            let parts = (row[0] as String).split(separator: ":")
            guard parts.count == 3, let raw = Int(parts[2]), let priority = Priority(rawValue: raw) else { continue }
            counts[String(parts[1]), default: [:]][priority, default: 0] += row[1] as Int
        }
        return counts
    }

    static func fetchEngineer(_ login: String, _ db: Database) throws -> Engineer? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM engineers WHERE login = ?", arguments: [login]) else {
            return nil
        }
        let skills = try String.fetchAll(db, sql: "SELECT category FROM engineer_skills WHERE login = ?", arguments: [login])
        return try engineer(from: row, skills: skills)
    }

    private static func allSkills(_ db: Database) throws -> [String: [String]] {
        var skills: [String: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT login, category FROM engineer_skills") {
            skills[row[0], default: []].append(row[1])
        }
        return skills
    }

    private static func engineer(from row: Row, skills: [String]) throws -> Engineer {
        Engineer(login: row["login"], name: row["name"], role: try TicketCodec.enumValue(row["role"]),
                 tier: try TicketCodec.enumValue(row["tier"]), skills: Set(skills.compactMap(Category.init(rawValue:))),
                 loadCap: row["load_cap"], isActive: row["active"],
                 lastAssignedAt: Date(epochOrNil: row["last_assigned_at"]), team: row["team"])
    }

    private static func saveSkills(_ engineer: Engineer, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM engineer_skills WHERE login = ?", arguments: [engineer.login])
        for skill in engineer.sortedSkills {
            try db.execute(sql: "INSERT INTO engineer_skills(login, category) VALUES (?, ?)",
                           arguments: [engineer.login, skill.rawValue])
        }
    }

    private static func validated(_ engineer: Engineer) throws -> Engineer {
        guard Engineer.isValidLogin(engineer.login) else {
            throw ValidationError("“\(engineer.login)” is not a valid login: use lower-case letters, digits, dot, dash and underscore, like a Unix user name")
        }
        var clean = engineer
        clean.name = try Limits.checked(engineer.name, "the engineer's name", limit: Limits.nameCharacters)
        guard (0...1000).contains(engineer.loadCap) else {
            throw ValidationError("the load cap must be between 0 and 1000 open tickets, not \(engineer.loadCap)")
        }
        return clean
    }

    /// "alice (Alice Wang): lead L2, skills network,software, cap 8, active" for the audit log.
    private static func summary(_ e: Engineer) -> String {
        let skills = e.sortedSkills.map(\.rawValue).joined(separator: ",")
        return "\(e.login) (\(e.name)): \(e.role.rawValue) \(e.tier.label), skills \(skills.isEmpty ? "none" : skills), cap \(e.loadCap), \(e.isActive ? "active" : "inactive"), team \(e.team)"
    }
}
