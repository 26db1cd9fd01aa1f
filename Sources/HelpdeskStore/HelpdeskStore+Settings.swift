import Foundation
import GRDB
import HelpdeskCore

/// Desk-wide settings: SLA targets and calendars, priority rules, the demo flag.
extension HelpdeskStore {
    /// The SLA targets, calendars and at-risk share in force.
    public func slaConfiguration() throws -> SLAConfiguration {
        try read { db in try SettingsCodec.readSLA(db) }
    }

    /// Replaces the SLA configuration (admins only) and recomputes the deadlines of every open
    /// ticket in the same transaction, so the queues never mix old and new targets.
    public func setSLAConfiguration(_ sla: SLAConfiguration, by actor: Actor, at now: Date = Date()) throws {
        try auditingDenial(actor, at: now, action: "change SLA configuration") { try AccessPolicy.checkConfigure(by: actor) }
        try sla.validate()
        try write { db in
            try SettingsCodec.writeSLA(sla, db)
            let update = try db.cachedStatement(sql: "UPDATE tickets SET due_at = ?, risk_at = ? WHERE id = ?")
            // In chunks by id, so memory stays flat and no cursor walks rows being updated.
            var lastID: Int64 = 0
            var rescheduled = 0
            while true {
                let chunk = try Row.fetchAll(db, sql: TicketCodec.select + " WHERE t.open = 1 AND t.id > ? ORDER BY t.id LIMIT 5000",
                                             arguments: [lastID]).map(TicketCodec.decode)
                guard let last = chunk.last else { break }
                for ticket in chunk {
                    let (due, risk) = TicketCodec.deadlineColumns(ticket, sla: sla)
                    try update.execute(arguments: [due, risk, ticket.id])
                }
                lastID = last.id
                rescheduled += chunk.count
            }
            try Self.audit("settings.sla", actor: actor, at: now,
                           detail: "\(sla.policies.count) policies, \(sla.calendars.count) calendars, at risk at \(Int((sla.atRiskShare * 100).rounded())) %; \(rescheduled) open tickets rescheduled", db)
        }
    }

    /// The priority matrix and raising rules in force.
    public func priorityRules() throws -> PriorityRules {
        try read { db in try Self.priorityRules(db) }
    }

    /// Replaces the priority rules (admins only). Existing tickets keep their priority until
    /// something re-evaluates them (impact/urgency change, major-incident flag).
    public func setPriorityRules(_ rules: PriorityRules, by actor: Actor, at now: Date = Date()) throws {
        try auditingDenial(actor, at: now, action: "change priority rules") { try AccessPolicy.checkConfigure(by: actor) }
        guard (0...3).contains(rules.vipBoost) else {
            throw ValidationError("the VIP boost must be 0 to 3 priority steps, not \(rules.vipBoost)")
        }
        if rules.outageWords.contains(where: { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) {
            throw ValidationError("an outage word is empty; every outage word needs at least one character")
        }
        try write { db in
            try SettingsCodec.write(rules, key: SettingsCodec.priorityRulesKey, db)
            try Self.audit("settings.priority_rules", actor: actor, at: now,
                           detail: "VIP boost \(rules.vipBoost), \(rules.outageWords.count) outage words, floor \(rules.outageFloor.label)", db)
        }
    }

    /// True when the database holds generated demo data.
    public func isDemo() throws -> Bool {
        try read { db in try SettingsCodec.read(Bool.self, key: SettingsCodec.demoKey, db) ?? false }
    }

    /// Marks the database as holding demo data (set by `helpdesk demo`).
    public func setDemo(_ flag: Bool) throws {
        try write { db in try SettingsCodec.write(flag, key: SettingsCodec.demoKey, db) }
    }

    /// The most recent entries of the audit log, newest first; `ticketID` is 0 for team and settings changes.
    public func auditLog(limit: Int = 100) throws -> [TicketEvent] {
        try read { db in
            try StoreEvents.events(db, sql: "id IN (SELECT id FROM events ORDER BY id DESC LIMIT ?)", arguments: [max(0, limit)])
                .reversed()
        }
    }

    static func priorityRules(_ db: Database) throws -> PriorityRules {
        try SettingsCodec.read(PriorityRules.self, key: SettingsCodec.priorityRulesKey, db) ?? PriorityRules()
    }

    private static func audit(_ field: String, actor: Actor, at now: Date, detail: String, _ db: Database) throws {
        try StoreEvents.insert(TicketEvent(ticketID: 0, actor: actor.login, at: now, field: field, newValue: detail),
                               ticketID: nil, version: nil, db)
    }
}
