import Foundation
import GRDB
import HelpdeskCore

/// Shifts, who works them and who leads each; admins define them, everyone reads them.
extension HelpdeskStore {
    /// Every shift with its members and leads.
    public func shiftRoster() throws -> ShiftRoster {
        try read { db in try Self.fetchRoster(db) }
    }

    /// Who is on shift at `now`; nil when no shifts are defined, meaning everyone is.
    public func onShiftLogins(at now: Date) throws -> Set<String>? {
        try shiftRoster().onShiftLogins(at: now)
    }

    /// The lead of the shift running at `now`, if it has one.
    public func shiftLead(at now: Date) throws -> String? {
        try shiftRoster().lead(at: now)
    }

    /// Defines a shift (admins only).
    public func addShift(_ shift: Shift, by actor: Actor, at now: Date = Date()) throws {
        try checkManageShifts(actor, now, "shift add \(shift.name)")
        let shift = try shift.validated()
        try write { db in
            if try Self.shiftExists(shift.name, db) {
                throw WorkflowError.invalid("a shift named \(shift.name) already exists (see: helpdesk shift list)")
            }
            try db.execute(sql: "INSERT INTO shifts(name, start_minute, end_minute, days, time_zone) VALUES (?, ?, ?, ?, ?)",
                           arguments: [shift.name, shift.startMinute, shift.endMinute, shift.days.text, shift.timeZone])
            try Self.auditShift("shift.added", actor, now, old: nil, new: "\(shift.name) \(shift.summary)", db)
        }
    }

    /// Removes a shift and its roster (admins only); the audit log keeps what it was.
    public func removeShift(named name: String, by actor: Actor, at now: Date = Date()) throws {
        try checkManageShifts(actor, now, "shift remove \(name)")
        try write { db in
            guard let shift = try Self.fetchRoster(db).shift(named: name) else { throw Self.noShift(name) }
            try db.execute(sql: "DELETE FROM shifts WHERE name = ?", arguments: [name])
            try Self.auditShift("shift.removed", actor, now, old: "\(name) \(shift.summary)", new: nil, db)
        }
    }

    /// Puts an engineer on a shift; `lead` makes them its lead, replacing the previous one (admins only).
    public func assignShift(_ login: String, to shift: String, lead: Bool, by actor: Actor, at now: Date = Date()) throws {
        try checkManageShifts(actor, now, "shift assign \(login) \(shift)")
        try write { db in
            guard try Self.fetchEngineer(login, db) != nil else { throw StoreError.engineerNotFound(login) }
            guard try Self.shiftExists(shift, db) else { throw Self.noShift(shift) }
            if lead { try db.execute(sql: "UPDATE shift_members SET lead = 0 WHERE shift = ?", arguments: [shift]) }
            try db.execute(sql: """
                INSERT INTO shift_members(login, shift, lead) VALUES (?, ?, ?)
                ON CONFLICT(login, shift) DO UPDATE SET lead = excluded.lead
                """, arguments: [login, shift, lead])
            try Self.auditShift("shift.assigned", actor, now, old: nil, new: "\(login) → \(shift)\(lead ? " (lead)" : "")", db)
        }
    }

    /// Takes an engineer off a shift (admins only).
    public func unassignShift(_ login: String, from shift: String, by actor: Actor, at now: Date = Date()) throws {
        try checkManageShifts(actor, now, "shift unassign \(login) \(shift)")
        try write { db in
            try db.execute(sql: "DELETE FROM shift_members WHERE login = ? AND shift = ?", arguments: [login, shift])
            guard db.changesCount == 1 else {
                throw WorkflowError.invalid("\(login) is not on shift \(shift) (see: helpdesk shift list)")
            }
            try Self.auditShift("shift.unassigned", actor, now, old: "\(login) → \(shift)", new: nil, db)
        }
    }

    /// Adds every shift of `roster` with its members and leads (demo data, setup scripts; admins only).
    public func saveRoster(_ roster: ShiftRoster, by actor: Actor, at now: Date = Date()) throws {
        for shift in roster.shifts { try addShift(shift, by: actor, at: now) }
        for (login, names) in roster.members.sorted(by: { $0.key < $1.key }) {
            for name in names.sorted() {
                try assignShift(login, to: name, lead: roster.leads[name] == login, by: actor, at: now)
            }
        }
    }

    static func fetchRoster(_ db: Database) throws -> ShiftRoster {
        var roster = ShiftRoster()
        for row in try Row.fetchAll(db, sql: "SELECT * FROM shifts ORDER BY start_minute, name") {
            let days: String = row["days"]
            roster.shifts.append(Shift(name: row["name"], startMinute: row["start_minute"], endMinute: row["end_minute"],
                                       days: ShiftDays(text: days) ?? .everyDay, timeZone: row["time_zone"]))
        }
        for row in try Row.fetchAll(db, sql: "SELECT login, shift, lead FROM shift_members") {
            let login: String = row["login"], shift: String = row["shift"]
            roster.members[login, default: []].insert(shift)
            if row["lead"] as Bool { roster.leads[shift] = login }
        }
        return roster
    }

    private func checkManageShifts(_ actor: Actor, _ now: Date, _ action: String) throws {
        try auditingDenial(actor, at: now, action: action) { try AccessPolicy.check(.manageShifts, by: actor) }
    }

    private static func shiftExists(_ name: String, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT 1 FROM shifts WHERE name = ?", arguments: [name]) == true
    }

    private static func noShift(_ name: String) -> WorkflowError {
        .invalid("no shift named \(name) (see: helpdesk shift list)")
    }

    private static func auditShift(_ field: String, _ actor: Actor, _ now: Date, old: String?, new: String?, _ db: Database) throws {
        try StoreEvents.insert(TicketEvent(ticketID: 0, actor: actor.login, at: now, field: field, oldValue: old, newValue: new),
                               ticketID: nil, version: nil, db)
    }
}
