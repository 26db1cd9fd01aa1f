import Foundation
import HelpdeskCore
import HelpdeskStore

/// What the console reads: the store implements this; tests use an in-memory one.
/// The knowledge-base part is `KnowledgeBaseSource`; handovers are `HandoverSource`.
///
/// Calls are made from the console's main thread, once per refresh, and must be quick:
/// `queue` returns only the visible page, `dataVersion` is polled several times a second.
public protocol ConsoleDataSource: Sendable, KnowledgeBaseSource, HandoverSource, TeamBoardSource, ReportSource, LinkSource,
                                   SavedViewSource {
    /// One page of a queue view.
    func queue(_ q: QueueQuery) throws -> QueuePage
    /// How many tickets each view holds for `login` (the tab badges).
    func counts(login: String, now: Date) throws -> [QueueView: Int]
    /// A number that changes whenever any ticket changes, in this process or another.
    func dataVersion() throws -> Int
    /// How many open tickets have breached their SLA and how many are at risk (the status bar).
    func slaSummary(login: String, now: Date) throws -> SLASummary

    // The ticket detail and its actions; loaded for the selected ticket only.

    /// One ticket in full.
    func ticket(id: Int64) throws -> Ticket
    /// The ticket's replies, notes and events, oldest first.
    func timeline(ticketID: Int64) throws -> [TimelineItem]
    /// The SLA rules the detail pane evaluates the clocks with.
    func slaConfiguration() throws -> SLAConfiguration
    /// Applies an action through Core's workflow; refused with `StoreError.conflict` when the
    /// ticket is no longer at `expectedVersion`.
    func perform(_ action: TicketAction, on id: Int64, expectedVersion: Int?, by actor: Actor, at now: Date) throws -> Ticket
    /// Everyone on the team, for the assign picker.
    func engineers() throws -> [Engineer]
    /// Open tickets per engineer, for ranking the assign picker.
    func openLoads() throws -> [String: EngineerLoad]
    /// Writes a refused attempt to the audit log (a `denied` event), for refusals the console gives itself.
    func recordDenied(actor: String, at now: Date, ticketID: Int64?, action: String, message: String) throws
    /// Records a new ticket; the rules give it its priority.
    func createTicket(_ draft: NewTicket, by actor: Actor, at now: Date) throws -> Ticket
    /// Saves a knowledge-base article and returns its id.
    func addArticle(title: String, body: String, category: HelpdeskCore.Category, tags: [String],
                    author: String, at now: Date, status: KBArticleStatus) throws -> Int64
    /// Keeps unsent text (an empty body removes it); see ConsoleDataSource+Drafts for the default.
    func saveDraft(login: String, ticketID: Int64, kind: String, body: String, at now: Date) throws
    /// The unsent text `login` left, offered again when the console starts.
    func drafts(login: String) throws -> [StoredDraft]
    /// Logins on shift at `at`; nil when no shifts are defined, and everyone counts as on shift.
    func onShiftLogins(at: Date) throws -> Set<String>?
    /// The lead on shift at `at`, who gets SLA alerts; nil when unknown, and every lead gets them.
    func shiftLead(at: Date) throws -> String?
    /// The team's reply templates, by title (ConsoleDataSource+Templates has the default: none).
    func replyTemplates() throws -> [ReplyTemplate]
}

/// Breached and at-risk open tickets, counted apart.
public struct SLASummary: Sendable, Equatable {
    public var breached: Int
    public var atRisk: Int

    public init(breached: Int, atRisk: Int) {
        self.breached = breached
        self.atRisk = atRisk
    }
}

extension ConsoleDataSource {
    /// No shifts known: everyone is on shift.
    public func onShiftLogins(at: Date) throws -> Set<String>? { nil }

    /// No shift lead known: SLA alerts go to every lead.
    public func shiftLead(at: Date) throws -> String? { nil }

    /// Counts from the at-risk view's rows; a store can answer this more cheaply.
    public func slaSummary(login: String, now: Date) throws -> SLASummary {
        var breached = 0
        var seen = 0
        var total = 0
        repeat {
            let page = try queue(QueueQuery(view: .atRisk, login: login, sort: .due, offset: seen, limit: 500, now: now))
            total = page.total
            breached += page.rows.filter { ($0.dueAt ?? .distantFuture) <= now }.count
            seen += page.rows.count
            if page.rows.isEmpty { break }
        } while seen < total
        return SLASummary(breached: breached, atRisk: max(0, total - breached))
    }
}
