import Foundation
import GRDB
import HelpdeskCore

/// Related, duplicate and parent/child links between tickets.
///
/// A link or unlink is a "link"/"unlink" event on both tickets but no new version of either, so
/// it never makes a colleague's edit conflict (like a knowledge-base link).
extension HelpdeskStore {
    /// The audit-log field of a new link; the new value reads "duplicate of #12 打印机脱机".
    public static let ticketLinkField = "link"
    /// The audit-log field of a removed link; the old value names the link.
    public static let ticketUnlinkField = "unlink"

    /// Links `from` to `to` as `kind` (`parentOf`: `from` is the parent) after Core's rules allow it.
    ///
    /// The actor must be allowed to work at least one of the two tickets.
    @discardableResult
    public func linkTickets(_ from: Int64, to: Int64, kind: TicketLinkKind, by actor: Actor, at now: Date) throws -> TicketLink {
        try auditingDenial(actor, at: now, ticketID: from, action: "link #\(from) to #\(to)") {
            try write { db in
                let a = try Self.fetchTicket(from, db)
                let b = try Self.fetchTicket(to, db)
                try Self.checkWorkOnEither(a, b, actor)
                try TicketLinkRules.check(kind, from: from, to: to) { try Self.storedLinks($0, db) }
                let link = TicketLink(from: from, to: to, kind: kind, linkedBy: actor.login, linkedAt: now)
                try Self.insertLink(link, db)
                try Self.recordLinkEvents(link, a, b, field: Self.ticketLinkField, actor, now, db)
                return link
            }
        }
    }

    /// Removes the link between two tickets, whichever way it points; a merge cannot be unlinked.
    @discardableResult
    public func unlinkTickets(_ id: Int64, _ other: Int64, by actor: Actor, at now: Date) throws -> TicketLink {
        try auditingDenial(actor, at: now, ticketID: id, action: "unlink #\(id) from #\(other)") {
            try write { db in
                let a = try Self.fetchTicket(id, db)
                let b = try Self.fetchTicket(other, db)
                try Self.checkWorkOnEither(a, b, actor)
                guard let link = try Self.storedLinks(id, db).first(where: { $0.other(than: id) == other }) else {
                    throw WorkflowError.invalid("#\(id) and #\(other) are not linked")
                }
                try TicketLinkRules.checkUnlink(link)
                try db.execute(sql: "DELETE FROM ticket_links WHERE from_id = ? AND to_id = ?", arguments: [link.from, link.to])
                let (from, to) = link.from == id ? (a, b) : (b, a)
                try Self.recordLinkEvents(link, from, to, field: Self.ticketUnlinkField, actor, now, db)
                return link
            }
        }
    }

    /// The ticket's links as it sees them, with each linked ticket's current title, status and priority;
    /// parent first, then children, duplicates, related tickets and merges, each by id.
    public func links(ticketID: Int64) throws -> [LinkedTicket] {
        try read { db in
            _ = try Self.fetchTicket(ticketID, db)
            return try Self.linkedTickets(ticketID, db)
        }
    }

    /// The ticket's children that are still open, by id.
    public func openChildren(of parentID: Int64) throws -> [LinkedTicket] {
        try links(ticketID: parentID).filter { $0.relation == .child && $0.status.isOpen }
    }

    /// Resolves each open child with `resolution` through the normal workflow, one transaction each,
    /// so a conflict or a refusal on one child is reported for it and the others are still resolved.
    public func resolveChildren(_ children: [LinkedTicket], resolution: String, by actor: Actor, at now: Date) -> [ChildResolution] {
        children.map { child in
            do {
                _ = try perform(.resolve(resolution), on: child.id, expectedVersion: child.version, by: actor, at: now)
                return ChildResolution(id: child.id, error: nil)
            } catch let error as WorkflowError {
                return ChildResolution(id: child.id, error: error.message)
            } catch let error as StoreError {
                return ChildResolution(id: child.id, error: error.message)
            } catch {
                return ChildResolution(id: child.id, error: "\(error)")
            }
        }
    }

    static func linkedTickets(_ id: Int64, _ db: Database) throws -> [LinkedTicket] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT l.from_id, l.to_id, l.kind, l.linked_by, l.linked_at, t.id, t.title, t.status, t.priority, t.version
            FROM ticket_links l JOIN tickets t ON t.id = l.to_id WHERE l.from_id = ?
            UNION ALL
            SELECT l.from_id, l.to_id, l.kind, l.linked_by, l.linked_at, t.id, t.title, t.status, t.priority, t.version
            FROM ticket_links l JOIN tickets t ON t.id = l.from_id WHERE l.to_id = ?
            """, arguments: [id, id])
        return try rows.map { row in
            let stored = try Self.link(from: row)
            return LinkedTicket(relation: stored.relation(from: id), id: row[5], title: row[6],
                                status: try TicketCodec.enumValue(row[7]), priority: Priority(rawValue: row[8]) ?? .p3,
                                version: row[9], linkedBy: stored.linkedBy, linkedAt: stored.linkedAt)
        }.sorted { ($0.relation.rank, $0.id) < ($1.relation.rank, $1.id) }
    }

    /// Every stored link touching `id`, both directions (two index seeks).
    static func storedLinks(_ id: Int64, _ db: Database) throws -> [TicketLink] {
        try Row.fetchAll(db, sql: """
            SELECT from_id, to_id, kind, linked_by, linked_at FROM ticket_links WHERE from_id = ?
            UNION ALL SELECT from_id, to_id, kind, linked_by, linked_at FROM ticket_links WHERE to_id = ?
            """, arguments: [id, id]).map(link(from:))
    }

    static func insertLink(_ link: TicketLink, _ db: Database) throws {
        try db.execute(sql: "INSERT INTO ticket_links(from_id, to_id, kind, linked_by, linked_at) VALUES (?, ?, ?, ?, ?)",
                       arguments: [link.from, link.to, link.kind.rawValue, link.linkedBy, link.linkedAt.epoch])
    }

    private static func link(from row: Row) throws -> TicketLink {
        TicketLink(from: row[0], to: row[1], kind: try TicketCodec.enumValue(row[2]), linkedBy: row[3],
                   linkedAt: Date(epoch: row[4]))
    }

    private static func checkWorkOnEither(_ a: Ticket, _ b: Ticket, _ actor: Actor) throws {
        do {
            try AccessPolicy.checkWork(on: a, by: actor)
        } catch WorkflowError.denied(_) {
            try AccessPolicy.checkWork(on: b, by: actor)
        }
    }

    /// One event on each ticket, each phrased from that ticket's side.
    static func recordLinkEvents(_ link: TicketLink, _ from: Ticket, _ to: Ticket, field: String,
                                         _ actor: Actor, _ now: Date, _ db: Database) throws {
        for (ticket, other) in [(from, to), (to, from)] {
            let text = "\(link.relation(from: ticket.id).label) #\(other.id) \(other.title)"
            let adding = field == ticketLinkField
            try StoreEvents.insert(TicketEvent(ticketID: ticket.id, actor: actor.login, at: now, field: field,
                                               oldValue: adding ? nil : text, newValue: adding ? text : nil),
                                   ticketID: ticket.id, version: nil, db)
        }
    }
}
