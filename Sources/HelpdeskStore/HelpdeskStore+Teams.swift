import Foundation
import GRDB
import HelpdeskCore

/// Teams: which categories each handles and whether its tickets are assigned automatically.
extension HelpdeskStore {
    /// Every team, by name; "support" always exists.
    public func teams() throws -> [Team] {
        try read { db in try Self.fetchTeams(db) }
    }

    /// Adds engineers and, first, any of `teams` they belong to that the desk lacks (demo and benchmark data).
    public func addEngineers(_ engineers: [Engineer], teams: [Team], by actor: Actor, at now: Date) throws {
        let known = Set(try self.teams().map(\.name))
        let needed = Set(engineers.map(\.team))
        for team in teams where !known.contains(team.name) && needed.contains(team.name) { try addTeam(team, by: actor, at: now) }
        for engineer in engineers { try addEngineer(engineer, by: actor, at: now) }
    }

    /// Creates a team (admins only); a category belongs to one team at most.
    public func addTeam(_ team: Team, by actor: Actor, at now: Date = Date()) throws {
        try auditingDenial(actor, at: now, action: "team add \(team.name)") {
            try AccessPolicy.check(.manageTeams, by: actor)
        }
        guard Team.isValidName(team.name) else {
            throw ValidationError("“\(team.name)” is not a valid team name: use lower-case letters, digits, dot, dash and underscore")
        }
        try write { db in
            let existing = try Self.fetchTeams(db)
            if existing.contains(where: { $0.name == team.name }) {
                throw WorkflowError.invalid("a team named \(team.name) already exists (see: helpdesk team list)")
            }
            try team.checkNoOverlap(with: existing)
            try db.execute(sql: "INSERT INTO teams(name, categories, auto_assign) VALUES (?, ?, ?)",
                           arguments: [team.name, Self.text(team.categories), team.autoAssign])
            try Self.auditTeam("team.added", actor: actor, at: now, old: nil, new: team, db)
        }
    }

    /// Changes a team. Switching auto-assignment is a lead's call; changing the categories is an admin's.
    public func updateTeam(_ team: Team, by actor: Actor, at now: Date = Date()) throws {
        // Read, check and write in one transaction, so a lead's switch cannot put back categories an
        // admin changed a moment before, nor skip the check that changing categories needs.
        try auditingDenial(actor, at: now, action: "team set \(team.name)") {
            try write { db in
                guard let old = try Self.fetchTeams(db).first(where: { $0.name == team.name }) else {
                    throw WorkflowError.invalid("no team named \(team.name) (see: helpdesk team list)")
                }
                if old.categories != team.categories { try AccessPolicy.check(.manageTeams, by: actor) }
                if old.autoAssign != team.autoAssign { try AccessPolicy.check(.switchAutoAssign, by: actor) }
                try team.checkNoOverlap(with: try Self.fetchTeams(db))
                try db.execute(sql: "UPDATE teams SET categories = ?, auto_assign = ? WHERE name = ?",
                               arguments: [Self.text(team.categories), team.autoAssign, team.name])
                if old != team { try Self.auditTeam("team.changed", actor: actor, at: now, old: old, new: team, db) }
            }
        }
    }

    static func fetchTeams(_ db: Database) throws -> [Team] {
        try Row.fetchAll(db, sql: "SELECT name, categories, auto_assign FROM teams ORDER BY name").map { row in
            let raw: String = row["categories"]
            return Team(name: row["name"], categories: Set(raw.split(separator: ",").compactMap { Category(rawValue: String($0)) }),
                        autoAssign: row["auto_assign"])
        }
    }

    static func checkTeamExists(_ name: String, _ db: Database) throws {
        if try Bool.fetchOne(db, sql: "SELECT 1 FROM teams WHERE name = ?", arguments: [name]) != true {
            throw WorkflowError.invalid("no team named \(name) (see: helpdesk team list)")
        }
    }

    private static func text(_ categories: Set<Category>) -> String {
        Category.allCases.filter(categories.contains).map(\.rawValue).joined(separator: ",")
    }

    /// "network: categories network,hardware, auto-assign on"
    static func summary(_ team: Team) -> String {
        let list = text(team.categories)
        return "\(team.name): categories \(list.isEmpty ? "none" : list), auto-assign \(team.autoAssign ? "on" : "off")"
    }

    private static func auditTeam(_ field: String, actor: Actor, at now: Date, old: Team?, new: Team, _ db: Database) throws {
        try StoreEvents.insert(TicketEvent(ticketID: 0, actor: actor.login, at: now, field: field,
                                           oldValue: old.map(summary), newValue: summary(new)),
                               ticketID: nil, version: nil, db)
    }
}
