import Foundation
import GRDB
import HelpdeskCore

/// A requester's past and open tickets (记录客户的信息和历史服务记录), one key away from any ticket.
extension HelpdeskStore {
    /// The requester of a ticket and their tickets: open first, then the most recent, with survey scores.
    public func requesterHistory(ticketID: Int64, limit: Int = RequesterHistory.limit) throws -> RequesterHistory {
        try read { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT requester_id FROM tickets WHERE id = ?", arguments: [ticketID]) else {
                throw StoreError.ticketNotFound(ticketID)
            }
            return try Self.requesterHistory(id, limit: limit, db)
        }
    }

    /// The history of the requester known under `contact` (e-mail or phone, any case); nil when unknown.
    public func requesterHistory(contact: String, limit: Int = RequesterHistory.limit) throws -> RequesterHistory? {
        try read { db in
            let key = contact.trimmingCharacters(in: .whitespacesAndNewlines)
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM requesters WHERE contact = ?", arguments: [key]) else {
                return nil
            }
            return try Self.requesterHistory(id, limit: limit, db)
        }
    }

    /// Requesters whose name, contact or organisation contains `text` (any case), by name; at most `limit`.
    public func searchRequesters(_ text: String, limit: Int = 50) throws -> [(id: Int64, requester: Requester, tickets: Int)] {
        try read { db in
            let term = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            return try Row.fetchAll(db, sql: """
                SELECT r.*, (SELECT COUNT(*) FROM tickets t WHERE t.requester_id = r.id) AS tickets FROM requesters r
                WHERE instr(lower(r.name), ?) > 0 OR instr(lower(r.contact), ?) > 0 OR instr(lower(r.organisation), ?) > 0
                ORDER BY r.name, r.id LIMIT ?
                """, arguments: [term, term, term, max(0, limit)]).map { row in
                (id: row["id"], requester: Self.requester(from: row), tickets: row["tickets"])
            }
        }
    }

    /// Reads the requester's own tickets and those naming them as a further contact through the
    /// (requester_id, open, created_at) and ticket_contacts indexes; open first, then newest first.
    static func requesterHistory(_ requesterID: Int64, limit: Int, _ db: Database) throws -> RequesterHistory {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM requesters WHERE id = ?", arguments: [requesterID]) else {
            throw StoreError.database("requester \(requesterID) is missing")
        }
        let tickets = try Row.fetchAll(db, sql: """
            SELECT t.id, t.title, t.status, t.priority, t.assignee, t.created_at, s.score
            FROM tickets t LEFT JOIN satisfaction s ON s.ticket_id = t.id
            WHERE t.id IN (SELECT id FROM tickets WHERE requester_id = :r UNION SELECT ticket_id FROM ticket_contacts WHERE requester_id = :r)
            ORDER BY t.open DESC, t.created_at DESC, t.id DESC LIMIT :limit
            """, arguments: ["r": requesterID, "limit": max(0, limit)]).map { row in
            RequesterTicket(id: row[0], title: row[1], status: try TicketCodec.enumValue(row[2]),
                            priority: Priority(rawValue: row[3]) ?? .p3, assignee: row[4],
                            createdAt: Date(epoch: row[5]), satisfaction: row[6])
        }
        guard let totals = try Row.fetchOne(db, sql: """
            SELECT COUNT(*), COALESCE(SUM(t.open), 0), AVG(s.score)
            FROM tickets t LEFT JOIN satisfaction s ON s.ticket_id = t.id
            WHERE t.id IN (SELECT id FROM tickets WHERE requester_id = :r UNION SELECT ticket_id FROM ticket_contacts WHERE requester_id = :r)
            """, arguments: ["r": requesterID]) else { throw StoreError.database("cannot count the requester's tickets") }
        let total: Int = totals[0]
        let open: Int = totals[1]
        let average: Double? = totals[2]
        return RequesterHistory(requesterID: requesterID, requester: requester(from: row), tickets: tickets,
                                total: total, openCount: open, averageSatisfaction: average)
    }
}
