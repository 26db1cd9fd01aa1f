import Foundation
import HelpdeskStore

/// Drafts kept as the store keeps them: one per engineer, ticket and kind; an empty body removes it.
extension InMemoryDataSource {
    func saveDraft(login: String, ticketID: Int64, kind: String, body: String, at now: Date) throws {
        try lock.withLock {
            if let failure { throw failure }
            draftWrites += 1
            let key = "\(login)/\(ticketID)/\(kind)"
            draftRows[key] = body.isEmpty ? nil : StoredDraft(login: login, ticketID: ticketID, kind: kind, body: body, updatedAt: now)
        }
    }

    func drafts(login: String) throws -> [StoredDraft] {
        try lock.withLock {
            if let failure { throw failure }
            return draftRows.values.filter { $0.login == login }.sorted { $0.ticketID < $1.ticketID }
        }
    }

    func storedDraft(_ login: String, _ ticketID: Int64, _ kind: String) -> String? {
        lock.withLock { draftRows["\(login)/\(ticketID)/\(kind)"]?.body }
    }
}
