import Foundation
import HelpdeskStore

/// A source that cannot keep drafts keeps them for the session only (in `ConsoleState.drafts`).
extension ConsoleDataSource {
    public func saveDraft(login: String, ticketID: Int64, kind: String, body: String, at now: Date) throws {}

    public func drafts(login: String) throws -> [StoredDraft] { [] }
}
