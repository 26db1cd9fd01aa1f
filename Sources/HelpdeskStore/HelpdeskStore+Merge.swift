import Foundation
import GRDB
import HelpdeskCore

/// Merging a ticket into another, and the further contacts a ticket gathers that way.
///
/// The audit log is append-only, so nothing is moved out of the source: its comments and events stay
/// where they are, the `merged_into` link makes the target's timeline show them (marked with the
/// source's number), and the source is closed with "Merged into #T". Both tickets' logs say who merged.
extension HelpdeskStore {
    /// The audit-log field on the target when a contact is added to it.
    public static let contactAddedField = "contact_added"

    /// Merges `sourceID` into `targetID` in one transaction and returns the target.
    ///
    /// With `expectedVersion`, a source changed since the caller read it is a conflict.
    @discardableResult
    public func mergeTicket(_ sourceID: Int64, into targetID: Int64, expectedVersion: Int?, by actor: Actor,
                            at now: Date) throws -> Ticket {
        try auditingDenial(actor, at: now, ticketID: sourceID, action: "merge #\(sourceID) into #\(targetID)") {
            try write { db in
                let source = try Self.fetchTicket(sourceID, db)
                let target = try Self.fetchTicket(targetID, db)
                if let expected = expectedVersion, expected != source.version {
                    throw try Self.conflict(source, expected: expected, db)
                }
                let plan = try TicketMerge.plan(source, into: target, by: actor, at: now) { id in
                    try Self.storedLinks(id, db).first { $0.kind == .mergedInto && $0.from == id }?.to
                }
                _ = try Self.save(plan.sourceChange, over: source, by: actor, at: now, db)
                // A link between the two (related, duplicate, parent) gives way to the merge, and says so.
                if let old = try Self.storedLinks(sourceID, db).first(where: { $0.other(than: sourceID) == targetID }) {
                    try db.execute(sql: "DELETE FROM ticket_links WHERE from_id = ? AND to_id = ?", arguments: [old.from, old.to])
                    let (from, to) = old.from == sourceID ? (source, target) : (target, source)
                    try Self.recordLinkEvents(old, from, to, field: Self.ticketUnlinkField, actor, now, db)
                }
                try Self.insertLink(plan.link, db)
                for event in plan.targetEvents {
                    try StoreEvents.insert(event, ticketID: targetID, version: nil, db)
                }
                try Self.carryContacts(from: source, into: target, by: actor, at: now, db)
                return try Self.fetchTicket(targetID, db)
            }
        }
    }

    /// The ticket's further contacts (not its requester), in the order they were added.
    public func contacts(ticketID: Int64) throws -> [TicketContact] {
        try read { db in
            _ = try Self.fetchTicket(ticketID, db)
            return try Row.fetchAll(db, sql: """
                SELECT c.requester_id, c.reason, c.added_by, c.added_at, r.* FROM ticket_contacts c
                JOIN requesters r ON r.id = c.requester_id WHERE c.ticket_id = ? ORDER BY c.added_at, c.requester_id
                """, arguments: [ticketID]).map { row in
                TicketContact(requesterID: row["requester_id"], requester: Self.requester(from: row), reason: row["reason"],
                              addedBy: row["added_by"], addedAt: Date(epoch: row["added_at"]))
            }
        }
    }

    /// Ids of the tickets merged into `id`, directly or through a ticket merged into it.
    static func mergedSources(of id: Int64, _ db: Database) throws -> [Int64] {
        try Int64.fetchAll(db, sql: """
            WITH RECURSIVE merged(id) AS (
                SELECT from_id FROM ticket_links WHERE to_id = ? AND kind = 'merged_into'
                UNION SELECT l.from_id FROM ticket_links l JOIN merged m ON l.to_id = m.id WHERE l.kind = 'merged_into')
            SELECT id FROM merged ORDER BY id
            """, arguments: [id])
    }

    /// The source's requester and its own further contacts become contacts of the target, each recorded
    /// as a "contact_added" event; the target's own requester and contacts it already has are skipped.
    private static func carryContacts(from source: Ticket, into target: Ticket, by actor: Actor, at now: Date,
                                      _ db: Database) throws {
        let targetRequester = try Int64.fetchOne(db, sql: "SELECT requester_id FROM tickets WHERE id = ?", arguments: [target.id])
        let sourceRequester = try Int64.fetchOne(db, sql: "SELECT requester_id FROM tickets WHERE id = ?", arguments: [source.id])
        var candidates: [(Int64, String)] = sourceRequester.map { [($0, "requester of #\(source.id) (merged)")] } ?? []
        candidates += try Row.fetchAll(db, sql: "SELECT requester_id, reason FROM ticket_contacts WHERE ticket_id = ? ORDER BY added_at",
                                       arguments: [source.id]).map { row -> (Int64, String) in (row[0], "\(row[1] as String), via #\(source.id)") }
        for (requesterID, reason) in candidates where requesterID != targetRequester {
            try db.execute(sql: """
                INSERT OR IGNORE INTO ticket_contacts(ticket_id, requester_id, reason, added_by, added_at) VALUES (?, ?, ?, ?, ?)
                """, arguments: [target.id, requesterID, reason, actor.login, now.epoch])
            guard db.changesCount == 1,
                  let row = try Row.fetchOne(db, sql: "SELECT * FROM requesters WHERE id = ?", arguments: [requesterID]) else { continue }
            let who = Self.requester(from: row)
            try StoreEvents.insert(TicketEvent(ticketID: target.id, actor: actor.login, at: now, field: contactAddedField,
                                               newValue: "\(who.name) <\(who.contact)>", reason: reason),
                                   ticketID: target.id, version: nil, db)
        }
    }
}

extension HelpdeskStore {
    /// The ticket `id` ended up in: itself, or the ticket it was merged into (following a chain of merges).
    static func survivingTicket(_ id: Int64, _ db: Database) throws -> Int64 {
        var current = id
        var seen: Set<Int64> = [id]
        while let next = try Int64.fetchOne(db, sql: "SELECT to_id FROM ticket_links WHERE from_id = ? AND kind = 'merged_into'",
                                            arguments: [current]), seen.insert(next).inserted {
            current = next
        }
        return current
    }
}
