import Foundation
import GRDB
import HelpdeskCore

/// Bulk loading for demo data, migrations from another tool and benchmarks.
extension HelpdeskStore {
    /// Writes tickets as given (status, dates, priority and all), with their comments, events and
    /// time entries, in one transaction; returns the ticket ids.
    ///
    /// The tickets skip the workflow: this is history that already happened. Deadlines come from
    /// the SLA configuration in force. A ticket id of 0 is assigned by the store; the ticket ids
    /// inside comments and events are ignored. For more than a few batches use `bulkImport`.
    @discardableResult
    public func importTickets(_ records: [TicketRecord]) throws -> [Int64] {
        try write { db in try Self.insert(records, db) }
    }

    /// A lead's or admin's import of tickets (a CSV file), refused and audited for anyone else;
    /// `progress` hears how many records are written every few hundred, and what it throws rolls
    /// the whole import back, so the file is imported entirely or not at all.
    @discardableResult
    public func importTickets(_ records: [TicketRecord], by actor: Actor, at now: Date,
                              progress: (Int) throws -> Void) throws -> [Int64] {
        try check(.importTickets, by: actor, at: now, action: "ticket import")
        return try write { db in try Self.insert(records, db, progress: progress) }
    }

    /// Loads a large history: `load` hands batches (of about 10,000) to the importer, each saved
    /// in its own transaction. The queue indexes are set aside during the load and rebuilt once
    /// at the end: keeping twenty indexes in step with randomly ordered tickets rewrites most of
    /// their pages on every batch, which grows with the database; one sort at the end does not.
    /// The escalated and pending views' indexes stay: they hold few tickets, so keeping them
    /// costs less than the full scan of the tickets that rebuilding each one would take.
    /// The view counters are likewise recounted once at the end rather than kept per row, and
    /// the filter index is built once from all the tickets.
    ///
    /// While the load runs, queue views in other processes report that a bulk import is running.
    /// If the process dies mid-load, the next open rebuilds what is missing. `rebuilding` is told
    /// when the load is over and the indexes are being rebuilt (also after a failed load).
    public func bulkImport(_ load: (BulkImporter) throws -> Void, rebuilding: (() -> Void)? = nil) throws {
        try write { db in
            try StoreSchema.dropQueueIndexes(db, keepingSmall: true)
            try StoreSchema.dropCountTriggers(db)
            try StoreSchema.dropFilterIndex(db)
        }
        // Every reference a batch makes is sound by construction (assignees are checked, the
        // requester and ticket ids were just written), so SQLite need not look each one up.
        try foreignKeys(false)
        var failure: (any Error)?
        do { try load(BulkImporter(store: self)) } catch { failure = error }
        rebuilding?()
        try foreignKeys(true)
        try write(Self.restoreQueueSupport)
        if let failure { throw failure }
    }

    private func foreignKeys(_ enabled: Bool) throws {
        do {
            try writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA foreign_keys = \(enabled ? "ON" : "OFF")") }
        } catch {
            throw StoreError.mapping(error, path: path)
        }
    }

    /// Rebuilds what `bulkImport` set aside: the queue indexes, the counters and their triggers,
    /// the filter index.
    static func restoreQueueSupport(_ db: Database) throws {
        try StoreSchema.createQueueIndexes(db)
        if try StoreSchema.filterIndexMissing(db) { try StoreSchema.createFilterIndex(db) }
        try StoreSchema.recount(db)
        try StoreSchema.createCountTriggers(db)
    }

    static func insert(_ records: [TicketRecord], _ db: Database, progress: (Int) throws -> Void = { _ in }) throws -> [Int64] {
        let sla = try SettingsCodec.readSLA(db)
        try checkAssignees(of: records, db)
        // Own statements, stepped directly (see RawInsert); not shared with GRDB's cache.
        var tickets = RawInsert(try db.makeStatement(sql: TicketCodec.insertSQL), in: db)
        var events = RawInsert(try db.makeStatement(sql: StoreEvents.insertEventSQL), in: db)
        var comments = RawInsert(try db.makeStatement(sql: StoreEvents.insertCommentSQL), in: db)
        var entries = RawInsert(try db.makeStatement(sql: StoreEvents.insertTimeEntrySQL), in: db)
        var requesterIDs: [String: Int64] = [:]
        var ids: [Int64] = []
        ids.reserveCapacity(records.count)
        for (index, record) in records.enumerated() {
            if index % 500 == 0 { try progress(index) }
            let ticket = record.ticket
            let contact = ticket.requester.contact.lowercased()
            let requesterID: Int64
            if let known = requesterIDs[contact] {
                requesterID = known
            } else {
                requesterID = try saveRequester(ticket.requester, db)
                requesterIDs[contact] = requesterID
            }
            TicketCodec.insertColumns(ticket, requesterID: requesterID, sla: sla, into: &tickets)
            try tickets.run()
            let id = db.lastInsertedRowID
            ids.append(id)
            for comment in record.comments {
                StoreEvents.columns(of: comment, ticketID: id, into: &comments)
                try comments.run()
            }
            for event in record.events {
                StoreEvents.columns(of: event, ticketID: id, version: ticket.version, into: &events)
                try events.run()
            }
            for entry in record.timeEntries {
                StoreEvents.columns(of: entry, ticketID: id, into: &entries)
                try entries.run()
            }
        }
        try progress(records.count)
        return ids
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

/// Receives the batches of a `HelpdeskStore.bulkImport`.
public struct BulkImporter: Sendable {
    let store: HelpdeskStore

    /// Saves one batch in one transaction; returns the ticket ids.
    @discardableResult
    public func add(_ records: [TicketRecord]) throws -> [Int64] {
        try store.importTickets(records)
    }
}
