import Foundation
import GRDB
import HelpdeskCore

/// Creating, reading and changing tickets; the rules come from Core's `Workflow`.
extension HelpdeskStore {
    /// Records a new request: the rules give it its priority, the SLA configuration its deadlines.
    public func createTicket(_ draft: NewTicket, by actor: Actor, at now: Date) throws -> Ticket {
        try createTicketReporting(draft, by: actor, at: now).ticket
    }

    /// Records a new request like `createTicket` and says what auto-assignment did with it.
    public func createTicketReporting(_ draft: NewTicket, by actor: Actor, at now: Date) throws -> TicketCreation {
        try write { db in try Self.createTicket(draft, by: actor, at: now, db) }
    }

    /// The body of `createTicket` inside a caller's transaction (mail intake records the
    /// Message-ID in the same one): the new ticket, auto-assigned when its team asks for it.
    static func createTicket(_ draft: NewTicket, by actor: Actor, at now: Date, _ db: Database) throws -> TicketCreation {
        var draft = draft
        draft.requester = try Self.knownRequester(merging: draft.requester, db)
        let change = try Workflow(rules: try Self.priorityRules(db)).create(draft, by: actor, at: now)
        let id = try Self.insert(change.ticket, sla: try SettingsCodec.readSLA(db), db)
        try StoreEvents.record(change, ticketID: id, version: change.ticket.version, db)
        let ticket = try Self.fetchTicket(id, db)
        let assigned = try Self.autoAssign(ticket, at: now, db)
        return TicketCreation(ticket: assigned?.ticket ?? ticket, autoAssignment: assigned?.explanation)
    }

    /// How many tickets the database holds, open or not.
    public func ticketCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM tickets") ?? 0 }
    }

    /// The ticket as stored now.
    public func ticket(id: Int64) throws -> Ticket {
        try read { db in try Self.fetchTicket(id, db) }
    }

    /// Applies one action through the workflow and saves the outcome with its events.
    ///
    /// With `expectedVersion` set, the action is refused with `StoreError.conflict` when someone
    /// saved the ticket since the caller read that version; the error names who and what changed.
    public func perform(_ action: TicketAction, on id: Int64, expectedVersion: Int?, by actor: Actor,
                        at now: Date) throws -> Ticket {
        // A refusal is written to the audit log in its own transaction, since this one rolls back.
        try auditingDenial(actor, at: now, ticketID: id, action: action.auditName) {
            try write { db in
                let current = try Self.fetchTicket(id, db)
                if let expected = expectedVersion, expected != current.version {
                    throw try Self.conflict(current, expected: expected, db)
                }
                let workflow = Workflow(rules: try Self.priorityRules(db))
                let change = try workflow.apply(action, to: current, by: actor, at: now) { login in
                    try? Self.fetchEngineer(login, db)
                }
                if change.ticket == current && change.events.isEmpty && change.comments.isEmpty && change.timeEntry == nil {
                    return current
                }
                let saved = try Self.save(change, over: current, by: actor, at: now, db)
                guard saved.status == .reopened else { return saved }
                return try Self.autoAssign(saved, at: now, db)?.ticket ?? saved
            }
        }
    }

    /// Writes a workflow change over `current` as the next version, with its events; refuses a moved version.
    static func save(_ change: TicketChange, over current: Ticket, by actor: Actor, at now: Date, _ db: Database) throws -> Ticket {
        var ticket = change.ticket
        ticket.version = current.version + 1
        let before = try Row.fetchOne(db, sql: "SELECT due_at, risk_at FROM tickets WHERE id = ?", arguments: [current.id])
        let sla = try SettingsCodec.readSLA(db)
        try db.cachedStatement(sql: TicketCodec.updateSQL)
            .execute(arguments: TicketCodec.updateArguments(ticket, previousVersion: current.version, sla: sla))
        // Inside BEGIN IMMEDIATE nobody else can write, but the version check keeps the
        // guarantee even if this method is ever run outside such a transaction.
        guard db.changesCount == 1 else {
            throw try conflict(try fetchTicket(current.id, db), expected: current.version, db)
        }
        try StoreEvents.record(change, ticketID: current.id, version: ticket.version, db)
        try noticeAssignment(before: current, after: ticket, change: change, by: actor, at: now, db)
        if let before {
            try alertIfDeadlinePassed(ticketID: current.id, dueBefore: before["due_at"], riskBefore: before["risk_at"], at: now, db)
        }
        if let login = ticket.assignee, login != current.assignee {
            try db.execute(sql: "UPDATE engineers SET last_assigned_at = ? WHERE login = ?", arguments: [now.epoch, login])
        }
        return try fetchTicket(current.id, db)
    }

    static func fetchTicket(_ id: Int64, _ db: Database) throws -> Ticket {
        let statement = try db.cachedStatement(sql: TicketCodec.select + " WHERE t.id = ?")
        guard let row = try Row.fetchOne(statement, arguments: [id]) else { throw StoreError.ticketNotFound(id) }
        return try TicketCodec.decode(row)
    }

    /// Writes a ticket row (and its requester); returns the ticket's id.
    static func insert(_ ticket: Ticket, sla: SLAConfiguration, _ db: Database) throws -> Int64 {
        let requesterID = try saveRequester(ticket.requester, db)
        try db.cachedStatement(sql: TicketCodec.insertSQL)
            .execute(arguments: TicketCodec.insertArguments(ticket, requesterID: requesterID, sla: sla))
        return db.lastInsertedRowID
    }

    static func conflict(_ current: Ticket, expected: Int, _ db: Database) throws -> StoreError {
        // `acted_as` marks annotate the change before them (an admin's --as) and are no change of their
        // own: listing them would name the admin as a second colleague and show "acted_as" as a field.
        let changes = try StoreEvents.events(db, sql: "ticket_id = ? AND version > ? AND field <> ?",
                                             arguments: [current.id, expected, impersonationField])
        var who: [String] = []
        for event in changes where !who.contains(event.actor) { who.append(event.actor) }
        return .conflict(ticketID: current.id, expected: expected, actual: current.version, changedBy: who, changes: changes)
    }
}
