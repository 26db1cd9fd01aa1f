import Foundation
import GRDB
import HelpdeskCore

/// SLA alerts for the shift lead, and the stale-breach threshold the board flags with.
///
/// A lead's console calls `sweepSLAAlerts` every few seconds. The tickets that turned at risk
/// or breached since the last sweep are a range of the `queue_at_risk` index (risk_at) and of
/// `queue_open_by_due` (due_at), so a sweep costs the same at 1,000 or 1,000,000 tickets. The
/// sweep's high-water mark is a setting updated in the same transaction as the notices, so
/// several leads' consoles sweeping at once never alert twice; a sweep that finds nothing writes
/// nothing and so wakes no other console.
extension HelpdeskStore {
    static let alertsCheckedKey = "alerts.checked_until"
    static let staleBreachKey = "stale_breach_minutes"
    /// The most tickets one sweep names one by one; beyond it, one notice counts the rest.
    static let alertsPerSweep = 20

    /// Sends a notice for each open ticket that turned at risk or breached since the last sweep to
    /// `shiftLead`, or to every active lead when no shift lead is known. Returns the notices written.
    /// The first sweep on a database only sets the mark: old breaches are the board's business.
    @discardableResult
    public func sweepSLAAlerts(now: Date, shiftLead: String?) throws -> Int {
        let mark = try read { db in try SettingsCodec.read(Double.self, key: Self.alertsCheckedKey, db) }
        guard let mark else {
            try write { db in try SettingsCodec.write(now.epoch, key: Self.alertsCheckedKey, db) }
            return 0
        }
        guard now.epoch > mark, try read({ db in try !Self.crossings(since: mark, until: now.epoch, limit: 1, db).isEmpty }) else {
            return 0
        }
        return try write { db in
            // Another console may have swept since the read above.
            let since = try SettingsCodec.read(Double.self, key: Self.alertsCheckedKey, db) ?? mark
            guard now.epoch > since else { return 0 }
            let found = try Self.crossings(since: since, until: now.epoch, limit: Self.alertsPerSweep + 1, db)
            try SettingsCodec.write(now.epoch, key: Self.alertsCheckedKey, db)
            guard !found.isEmpty else { return 0 }
            let recipients = try Self.alertRecipients(shiftLead: shiftLead, db)
            var written = 0
            for recipient in recipients {
                for alert in found.prefix(Self.alertsPerSweep) {
                    try Self.insertNotice(recipient: recipient, ticketID: alert.ticketID, kind: alert.kind, text: alert.text, at: now, db)
                    written += 1
                }
                if found.count > Self.alertsPerSweep {
                    try Self.insertNotice(recipient: recipient, ticketID: nil, kind: .breached,
                                          text: "More tickets turned at risk or breached; see the At risk view", at: now, db)
                    written += 1
                }
            }
            return written
        }
    }

    /// Minutes a breached ticket may go without an update before the board flags it.
    public func staleBreachMinutes() throws -> Int {
        try read { db in try SettingsCodec.read(Int.self, key: Self.staleBreachKey, db) ?? StaleBreach.defaultMinutes }
    }

    /// Sets the stale-breach threshold (admins only); recorded in the audit log.
    public func setStaleBreachMinutes(_ minutes: Int, by actor: Actor, at now: Date = Date()) throws {
        try auditingDenial(actor, at: now, action: "settings set stale-breach-minutes") {
            guard actor.role == .admin else {
                throw WorkflowError.denied("only an admin can change the stale-breach time; ask an admin to run helpdesk settings set")
            }
        }
        let minutes = try StaleBreach.validated(minutes)
        try write { db in
            let old = try SettingsCodec.read(Int.self, key: Self.staleBreachKey, db) ?? StaleBreach.defaultMinutes
            try SettingsCodec.write(minutes, key: Self.staleBreachKey, db)
            try StoreEvents.insert(TicketEvent(ticketID: 0, actor: actor.login, at: now, field: "settings.stale_breach_minutes",
                                               oldValue: String(old), newValue: String(minutes)), ticketID: nil, version: nil, db)
        }
    }

    private struct Crossing {
        var ticketID: Int64
        var kind: Notice.Kind
        var text: String
    }

    /// Open tickets whose at-risk or breach moment falls in (since, until]; breaches first.
    private static func crossings(since: Double, until: Double, limit: Int, _ db: Database) throws -> [Crossing] {
        func describe(_ row: Row, _ kind: Notice.Kind) -> Crossing {
            let priority = Priority(rawValue: row["priority"]).map(\.label) ?? "P?"
            let owner = (row["assignee"] as String?).map { "assigned to \($0)" } ?? "unassigned"
            let what = kind == .breached ? "breached its SLA" : "is at risk"
            return Crossing(ticketID: row["id"], kind: kind, text: "#\(row["id"] as Int64) \(priority) \(what) (\(owner)): \(row["title"] as String)")
        }
        let breached = try Row.fetchAll(db, sql: """
            SELECT id, priority, assignee, title FROM tickets
            WHERE open = 1 AND major IN (0, 1) AND due_at > ? AND due_at <= ? ORDER BY due_at LIMIT ?
            """, arguments: [since, until, limit]).map { describe($0, .breached) }
        let atRisk = try Row.fetchAll(db, sql: """
            SELECT id, priority, assignee, title FROM tickets
            WHERE open = 1 AND risk_at > ? AND risk_at <= ? AND due_at > ? ORDER BY risk_at LIMIT ?
            """, arguments: [since, until, until, limit]).map { describe($0, .atRisk) }
        return Array((breached + atRisk).prefix(limit))
    }

    /// A change that moves an open ticket's deadline from the future to the past (a priority raised,
    /// a major incident declared) is alerted at once, in the change's transaction: the sweep only
    /// looks at deadlines falling after its last run and would never see it.
    static func alertIfDeadlinePassed(ticketID: Int64, dueBefore: Double, riskBefore: Double, at now: Date, _ db: Database) throws {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, priority, assignee, title, open, due_at, risk_at FROM tickets WHERE id = ?",
                                         arguments: [ticketID]), row["open"] as Bool else { return }
        let epoch = now.epoch
        let due: Double = row["due_at"], risk: Double = row["risk_at"]
        let kind: Notice.Kind
        if due <= epoch && dueBefore > epoch {
            kind = .breached
        } else if risk <= epoch && riskBefore > epoch && due > epoch {
            kind = .atRisk
        } else {
            return
        }
        // A deadline after the last sweep is the next sweep's to announce; only earlier ones would be missed.
        if let mark = try SettingsCodec.read(Double.self, key: alertsCheckedKey, db), (kind == .breached ? due : risk) > mark { return }
        let priority = Priority(rawValue: row["priority"]).map(\.label) ?? "P?"
        let owner = (row["assignee"] as String?).map { "assigned to \($0)" } ?? "unassigned"
        let what = kind == .breached ? "breached its SLA" : "is at risk"
        let text = "#\(ticketID) \(priority) \(what) after a change (\(owner)): \(row["title"] as String)"
        for recipient in try alertRecipients(shiftLead: try fetchRoster(db).lead(at: now), db) {
            try insertNotice(recipient: recipient, ticketID: ticketID, kind: kind, text: text, at: now, db)
        }
    }

    /// The shift lead, or every active lead (admins when the team has no lead).
    static func alertRecipients(shiftLead: String?, _ db: Database) throws -> [String] {
        if let shiftLead { return [shiftLead] }
        let leads = try String.fetchAll(db, sql: "SELECT login FROM engineers WHERE active = 1 AND role = 'lead' ORDER BY login")
        if !leads.isEmpty { return leads }
        return try String.fetchAll(db, sql: "SELECT login FROM engineers WHERE active = 1 AND role = 'admin' ORDER BY login")
    }
}
