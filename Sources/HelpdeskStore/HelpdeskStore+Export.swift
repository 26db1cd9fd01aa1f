import Foundation
import GRDB
import HelpdeskCore

/// Reading whole tickets in bulk, for CSV export.
extension HelpdeskStore {
    /// Up to `limit` tickets with ids above `afterID`, in id order; page with the last id returned,
    /// so an export of any size holds one page in memory.
    public func tickets(afterID: Int64, limit: Int) throws -> [Ticket] {
        try read { db in
            try Row.fetchAll(db, sql: TicketCodec.select + " WHERE t.id > ? ORDER BY t.id LIMIT ?", arguments: [afterID, limit])
                .map(TicketCodec.decode)
        }
    }
}
