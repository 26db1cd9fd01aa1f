import Foundation
import GRDB
import HelpdeskCore

/// Requesters are kept once per contact (e-mail or phone), so their history stays together.
extension HelpdeskStore {
    /// The requester known under this contact, if any.
    public func requester(contact: String) throws -> Requester? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM requesters WHERE contact = ?", arguments: [contact]).map(Self.requester(from:))
        }
    }

    /// A new request from a known contact keeps what the desk already knows: the VIP flag stays
    /// (an e-mail import cannot know it) and an empty organisation does not erase the stored one.
    static func knownRequester(merging draft: Requester, _ db: Database) throws -> Requester {
        let contact = draft.contact.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM requesters WHERE contact = ?", arguments: [contact]) else {
            return draft
        }
        let known = requester(from: row)
        var merged = draft
        merged.isVIP = draft.isVIP || known.isVIP
        if draft.organisation.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { merged.organisation = known.organisation }
        return merged
    }

    /// Inserts or refreshes the requester row and returns its id. A changed name is carried into
    /// the filter text of the requester's tickets, so the queue filter finds them by the new name.
    static func saveRequester(_ requester: Requester, _ db: Database) throws -> Int64 {
        let lookup = try db.cachedStatement(sql: "SELECT id, name, organisation, vip FROM requesters WHERE contact = ?")
        guard let row = try Row.fetchOne(lookup, arguments: [requester.contact]) else {
            try db.cachedStatement(sql: "INSERT INTO requesters(name, contact, organisation, vip) VALUES (?, ?, ?, ?)")
                .execute(arguments: [requester.name, requester.contact, requester.organisation, requester.isVIP])
            return db.lastInsertedRowID
        }
        let id: Int64 = row[0]
        let oldName: String = row[1]
        if oldName != requester.name || row[2] != requester.organisation || row[3] != requester.isVIP {
            try db.execute(sql: "UPDATE requesters SET name = ?, organisation = ?, vip = ? WHERE id = ?",
                           arguments: [requester.name, requester.organisation, requester.isVIP, id])
        }
        if oldName != requester.name {
            let rows = try Row.fetchAll(db, sql: "SELECT id, title, tags FROM tickets WHERE requester_id = ?", arguments: [id])
            for ticket in rows {
                let search = TicketCodec.searchText(title: ticket["title"], requester: requester.name,
                                                    tags: TicketCodec.decodeTags(ticket["tags"]))
                try db.execute(sql: "UPDATE tickets SET search = ? WHERE id = ?", arguments: [search, ticket["id"] as Int64])
            }
        }
        return id
    }

    static func requester(from row: Row) -> Requester {
        Requester(name: row["name"], contact: row["contact"], organisation: row["organisation"], isVIP: row["vip"])
    }
}
