import Foundation
import GRDB
import HelpdeskCore

/// Refused actions in the audit log (安全审计): who tried what, when, on which ticket, and why not.
extension HelpdeskStore {
    /// The audit-log field of a refused action.
    public static let deniedField = "denied"

    /// Appends a "denied" event: `action` is what was attempted, `message` the refusal the user read.
    public func recordDenied(actor: String, at now: Date, ticketID: Int64?, action: String, message: String) throws {
        try write { db in
            // A ticket id that does not exist would break the foreign key; the attempt is still logged.
            let known = try ticketID.flatMap { id in
                try Bool.fetchOne(db, sql: "SELECT 1 FROM tickets WHERE id = ?", arguments: [id]) == true ? id : nil
            }
            let label = ticketID.map { known == nil ? "\(action) #\($0)" : action } ?? action
            try StoreEvents.insert(TicketEvent(ticketID: known ?? 0, actor: actor, at: now, field: Self.deniedField,
                                               newValue: label, reason: message),
                                   ticketID: known, version: nil, db)
        }
    }

    /// Refused actions, newest first.
    public func deniedEvents(limit: Int = 100) throws -> [TicketEvent] {
        try read { db in
            try StoreEvents.events(db, sql: "id IN (SELECT id FROM events WHERE field = ? ORDER BY id DESC LIMIT ?)",
                                   arguments: [Self.deniedField, max(0, limit)]).reversed()
        }
    }

    /// Runs `body`; a `WorkflowError.denied` from it is recorded before it is thrown on.
    /// Core's permission check, with a refusal written to the audit log: for commands that must
    /// refuse before they do any work of their own (reading a file, say).
    public func check(_ permission: Permission, by actor: Actor, at now: Date, action: String) throws {
        try auditingDenial(actor, at: now, action: action) { try AccessPolicy.check(permission, by: actor) }
    }

    func auditingDenial<T>(_ actor: Actor, at now: Date, ticketID: Int64? = nil, action: String,
                           _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as WorkflowError {
            if case .denied = error {
                // The refusal stands even if logging it fails; the caller must see why it was refused.
                try? recordDenied(actor: actor.login, at: now, ticketID: ticketID, action: action, message: error.message)
            }
            throw error
        }
    }
}
