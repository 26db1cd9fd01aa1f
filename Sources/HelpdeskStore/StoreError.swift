import Foundation
import HelpdeskCore

/// Why the store could not do what was asked, phrased for the support engineer at the keyboard.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    case ticketNotFound(Int64)
    /// Someone saved the ticket after the caller read it; `changes` are their events since `expected`.
    case conflict(ticketID: Int64, expected: Int, actual: Int, changedBy: [String], changes: [TicketEvent])
    case engineerExists(String)
    case engineerNotFound(String)
    /// The first engineer of a new desk bootstraps it and has to be able to add the others.
    case firstEngineerMustBeAdmin(String)
    /// Demoting or deactivating this engineer would leave nobody able to manage the team.
    case lastAdmin(String)
    case articleNotFound(Int64)
    case handoverNotFound(Int64)
    case notWritable(path: String, reason: String)
    case notHelpdeskDatabase(path: String, reason: String)
    case newerSchema(path: String, found: Int, supported: Int)
    case busy(path: String)
    /// Queue views wait while `bulkImport` has set their indexes aside.
    case bulkImportRunning(path: String)
    case diskFull(path: String)
    case damaged(path: String, detail: String)
    /// Any other database failure, with SQLite's own words as the detail.
    case database(String)

    public var message: String {
        switch self {
        case let .ticketNotFound(id):
            return "there is no ticket #\(id)"
        case let .conflict(id, expected, actual, changedBy, changes):
            let who = changedBy.isEmpty ? "someone else" : changedBy.joined(separator: ", ")
            let what = changes.map(Self.summary).joined(separator: "; ")
            return "ticket #\(id) was changed by \(who) after you opened it (you had version \(expected), it is now \(actual))"
                + (what.isEmpty ? "" : ": \(what)") + ". Reload the ticket and try again."
        case let .engineerExists(login):
            return "an engineer with login “\(login)” already exists (see: helpdesk engineer list)"
        case let .engineerNotFound(login):
            return "no engineer with login “\(login)” (see: helpdesk engineer list)"
        case let .firstEngineerMustBeAdmin(login):
            return "the first engineer of a new desk must be an admin so they can add the others; add \(login) with the admin role"
        case let .lastAdmin(login):
            return "\(login) is the last active admin; make another engineer admin first, or nobody could manage the team"
        case let .articleNotFound(id):
            return "there is no knowledge-base article #\(id)"
        case let .handoverNotFound(id):
            return "there is no handover #\(id) (see: helpdesk handover list)"
        case let .notWritable(path, reason):
            return "cannot write the helpdesk database at \(path): \(reason)"
        case let .notHelpdeskDatabase(path, reason):
            return "\(path) is not a helpdesk database (\(reason)); point HELPDESK_DB at the right file"
        case let .newerSchema(path, found, supported):
            return "\(path) was written by a newer helpdesk (schema version \(found); this program knows up to \(supported)); upgrade helpdesk before using this database"
        case let .busy(path):
            return "the helpdesk database at \(path) stayed locked by another helpdesk process; try again in a moment"
        case let .bulkImportRunning(path):
            return "a bulk import (such as helpdesk demo) is loading \(path); the queues are back when it finishes"
        case let .diskFull(path):
            return "the disk holding \(path) is full; free some space and try again"
        case let .damaged(path, detail):
            return "the helpdesk database at \(path) is damaged (\(detail)); restore it from a backup"
        case let .database(detail):
            return "the database refused the operation: \(detail)"
        }
    }

    public var description: String { message }

    /// "status new → in_progress", "reply added": one change as a person would say it.
    static func summary(of event: TicketEvent) -> String {
        if event.field == StoreEvents.commentField { return "\(event.newValue ?? "comment") added" }
        let old = event.oldValue ?? "—"
        let new = event.newValue ?? "—"
        return "\(event.field) \(old) → \(new)"
    }
}
