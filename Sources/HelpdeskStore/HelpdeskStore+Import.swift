import Foundation
import GRDB
import HelpdeskCore

/// Bulk loading for demo data and benchmarks.
extension HelpdeskStore {
    /// Writes tickets as given (status, dates, priority and all), with their comments, events and
    /// time entries, in one transaction through prepared statements; returns the ticket ids.
    /// A ticket id of 0 is assigned by the store; the ticket ids inside comments and events are ignored.
    ///
    /// The tickets skip the workflow: this is for history that already happened. Deadlines are
    /// computed from the SLA configuration in force. Call it with batches of about 10,000.
    @discardableResult
    public func importTickets(_ records: [TicketRecord]) throws -> [Int64] {
        try write { db in
            let sla = try SettingsCodec.readSLA(db)
            try Self.checkAssignees(of: records, db)
            let insertTicket = try db.cachedStatement(sql: TicketCodec.insertSQL)
            var requesterIDs: [String: Int64] = [:]
            var ids: [Int64] = []
            ids.reserveCapacity(records.count)
            for record in records {
                let ticket = record.ticket
                let requesterID: Int64
                if let known = requesterIDs[ticket.requester.contact.lowercased()] {
                    requesterID = known
                } else {
                    requesterID = try Self.saveRequester(ticket.requester, db)
                    requesterIDs[ticket.requester.contact.lowercased()] = requesterID
                }
                try insertTicket.execute(arguments: TicketCodec.insertArguments(ticket, requesterID: requesterID, sla: sla))
                let id = db.lastInsertedRowID
                ids.append(id)
                for comment in record.comments { try StoreEvents.insert(comment, ticketID: id, db) }
                for event in record.events { try StoreEvents.insert(event, ticketID: id, version: ticket.version, db) }
                for entry in record.timeEntries { try StoreEvents.insert(entry, ticketID: id, db) }
            }
            return ids
        }
    }

    /// A clear message instead of "FOREIGN KEY constraint failed" when an assignee is unknown.
    private static func checkAssignees(of records: [TicketRecord], _ db: Database) throws {
        let logins = Set(records.compactMap(\.ticket.assignee))
        for login in logins.sorted() {
            let exists = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM engineers WHERE login = ?)", arguments: [login]) ?? false
            if !exists { throw WorkflowError.unknownEngineer(login) }
        }
    }
}
