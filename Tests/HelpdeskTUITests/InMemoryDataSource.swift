import Foundation
import HelpdeskCore
import HelpdeskStore
import HelpdeskTUI

/// A console data source over an array, with the store's view rules, for tests and goldens.
///
/// Tickets behind the rows change through Core's `Workflow`, as in the store, and every
/// `perform`, `createTicket` and `addArticle` is recorded for the action-flow tests.
final class InMemoryDataSource: ConsoleDataSource, @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let lock = NSLock()
    var rows: [QueueRow]
    var version = 1
    var failure: Failure?
    private var recordedQueries: [QueueQuery] = []
    var tickets: [Int64: Ticket] = [:]
    var timelines: [Int64: [TimelineItem]] = [:]
    var team: [Engineer] = []
    /// The team's reply templates (InMemoryDataSource+Templates).
    var replyTemplateList: [ReplyTemplate] = []
    var calls: [Call] = []
    /// The events each saved version of a ticket recorded, for the conflict a stale save meets.
    var eventLog: [Int64: [Int: [TicketEvent]]] = [:]
    /// Unsent text, as the store's drafts table keeps it (InMemoryDataSource+Drafts).
    var draftRows: [String: StoredDraft] = [:]
    var draftWrites = 0
    /// How many times each ticket was read in full, to check the detail is not reloaded every tick.
    var ticketReads: [Int64: Int] = [:]
    /// Articles, links and the calls made for them (InMemoryDataSource+KB).
    let knowledgeBase = InMemoryKnowledgeBase()
    /// Handovers and the calls made for them (InMemoryHandovers).
    let handoverBook = InMemoryHandovers()
    /// Notices, shifts and the SLA sweeps asked for (InMemoryDataSource+Team).
    let teamData = InMemoryTeamData()
    /// Saved views (InMemoryDataSource+SavedViews).
    let savedViewBook = InMemorySavedViews()

    init(rows: [QueueRow]) {
        self.rows = rows
        for row in rows { tickets[row.id] = Self.ticket(from: row) }
    }

    /// Every `queue` call so far, in order.
    var queries: [QueueQuery] { lock.withLock { recordedQueries } }

    /// Makes every call throw until cleared with nil.
    func fail(with message: String?) {
        lock.withLock { failure = message.map(Failure.init) }
    }

    /// Changes one ticket as another engineer would, bumping the data version.
    func update(id: Int64, _ change: (inout QueueRow) -> Void) {
        lock.withLock {
            guard let index = rows.firstIndex(where: { $0.id == id }) else { return }
            change(&rows[index])
            rows[index].version += 1
            version += 1
            if let ticket = tickets[id] { tickets[id] = Self.merge(rows[index], into: ticket) }
        }
    }

    func queue(_ q: QueueQuery) throws -> QueuePage {
        try lock.withLock {
            if let failure { throw failure }
            recordedQueries.append(q)
            let matching = rows.filter { Self.belongs($0, to: q.view, login: q.login, now: q.now) && Self.matches($0, q.filter) }
                .sorted { Self.ordered($0, $1, by: q.sort) }
            let start = min(q.offset, matching.count)
            let end = min(matching.count, start + q.limit)
            return QueuePage(rows: Array(matching[start..<end]), total: matching.count)
        }
    }

    func counts(login: String, now: Date) throws -> [QueueView: Int] {
        try lock.withLock {
            if let failure { throw failure }
            var result: [QueueView: Int] = [:]
            for view in QueueView.allCases {
                result[view] = rows.filter { Self.belongs($0, to: view, login: login, now: now) }.count
            }
            return result
        }
    }

    func dataVersion() throws -> Int {
        try lock.withLock {
            if let failure { throw failure }
            return version
        }
    }

    static func belongs(_ row: QueueRow, to view: QueueView, login: String, now: Date) -> Bool {
        switch view {
        case .mine: row.status.isOpen && row.assignee == login
        case .unassigned: row.status.isOpen && row.assignee == nil
        case .open: row.status.isOpen
        case .atRisk: row.status.isOpen && (row.riskAt.map { $0 <= now } ?? false || row.dueAt.map { $0 <= now } ?? false)
        case .escalated: row.status == .escalated
        case .pending: row.status == .pendingCustomer
        case .resolved: (row.status == .resolved || row.status == .closed) && now.timeIntervalSince(row.updatedAt) < 7 * 86400
        }
    }

    static func matches(_ row: QueueRow, _ filter: String) -> Bool {
        let needle = filter.lowercased()
        guard !needle.isEmpty else { return true }
        let haystacks = ["#\(row.id)", row.title, row.requester] + row.tags
        return haystacks.contains { $0.lowercased().contains(needle) }
    }

    /// Major incidents first, then the chosen order, ties by id.
    static func ordered(_ a: QueueRow, _ b: QueueRow, by sort: QueueSort) -> Bool {
        if a.isMajorIncident != b.isMajorIncident { return a.isMajorIncident }
        let farFuture = Date.distantFuture
        switch sort {
        case .due:
            if a.dueAt != b.dueAt { return (a.dueAt ?? farFuture) < (b.dueAt ?? farFuture) }
        case .priority:
            if a.priority != b.priority { return a.priority < b.priority }
            if a.dueAt != b.dueAt { return (a.dueAt ?? farFuture) < (b.dueAt ?? farFuture) }
        case .updated:
            if a.updatedAt != b.updatedAt { return a.updatedAt > b.updatedAt }
        case .id:
            break
        }
        return a.id < b.id
    }
}
