import Foundation
import HelpdeskCore

/// What the console shows, apart from the clock: a plain value changed only by `update`,
/// `resize` and `apply`, so every key's effect can be tested without a terminal.
public struct ConsoleState: Sendable, Equatable {
    /// What the keyboard is doing.
    public enum Mode: Sendable, Equatable {
        case browse
        /// Typing the `/` filter.
        case filter
        /// The `?` overlay is open.
        case help
    }

    /// A line for the status bar.
    public struct Message: Sendable, Equatable {
        public enum Kind: Sendable, Equatable { case notice, error }
        public var text: String
        public var kind: Kind

        public init(_ text: String, kind: Kind = .notice) {
            self.text = text
            self.kind = kind
        }
    }

    /// The longest filter the console accepts, in characters.
    public static let filterLimit = 100

    public var user: String
    public var role: Role
    public var view: QueueView
    public var sort: QueueSort = .due
    public var filter = ""
    public var mode: Mode = .browse
    /// The first key line the `?` overlay shows (ConsoleState+Help).
    public var helpScroll = 0
    public var focus: Pane = .queue
    /// The user asked for the detail pane on a screen too narrow to show it always.
    public var showDetail = false
    public private(set) var layout: Layout
    /// The visible page, starting at `top`.
    public var rows: [QueueRow] = []
    /// Tickets in the view under the current filter.
    public var total = 0
    /// Index in the view of the first visible row.
    public var top = 0
    /// Index in the view of the selected row.
    public var cursor = 0
    /// The selected ticket; kept when a refresh moves it within the page.
    public var selectedID: Int64?
    public var counts: [QueueView: Int] = [:]
    public var sla: SLASummary?
    public var message: Message?
    /// The selected ticket in full (fields, SLA rules, timeline); nil until loaded.
    public var detail: TicketDetail?
    /// The first detail line in view.
    public var detailScroll = 0
    /// The action being entered, drawn over everything and given every key.
    public var flow: ActionFlow?
    /// What was typed for an action the store refused, offered again on the next try.
    var drafts: [ActionPlan.DraftKey: FlowAnswers] = [:]
    /// The plan whose store call is running, kept as a draft if the store refuses it.
    var submitted: ActionPlan?
    /// The ticket the user just acted on: it stays selected even when the action took it out
    /// of the view (taken from Unassigned, resolved from All open), until the user moves.
    var heldID: Int64?
    /// The knowledge-base pane (ConsoleState+KB).
    public var kb = KBPaneState()
    /// The `:` command palette while it is open (ConsoleState+Palette).
    public var palette: CommandPalette?
    /// The handover screen while it is open (ConsoleState+Handover).
    public var handover: HandoverScreen?
    /// A save a colleague's change got in the way of (ConsoleState+Conflict), drawn over everything.
    public var conflict: ConflictScreen?
    /// Marked tickets, the team board and notices (ConsoleState+Team).
    public var team = TeamState()
    /// The reports pane (ConsoleState+Reports).
    public var reports = ReportsPaneState()
    /// The requester-history list (`h`) while it is open (ConsoleState+Links).
    public var requesterHistory: RequesterHistoryView?
    /// Saved views as tabs, and the dialog saving or removing one (ConsoleState+SavedViews).
    public var saved = SavedViewState()

    /// Agents start on their own tickets, leads and admins on everything open.
    public init(user: String, role: Role, size: TerminalSize) {
        self.user = user
        self.role = role
        view = role == .agent ? .mine : .open
        layout = Layout.compute(cols: size.cols, rows: size.rows)
    }

    /// Rows a page holds: as many as the queue pane shows.
    public var pageSize: Int { layout.queueRowCount }

    /// The row under the cursor, when it is loaded.
    public var selectedRow: QueueRow? {
        let index = cursor - top
        return rows.indices.contains(index) ? rows[index] : nil
    }

    /// The query for the visible page.
    public func pageQuery(now: Date) -> QueueQuery {
        QueueQuery(view: view, login: user, sort: sort, filter: filter, offset: top, limit: max(1, pageSize), now: now)
    }

    /// Re-lays the screen for a new terminal size; the page must then be reloaded.
    public mutating func resize(to size: TerminalSize) -> [ConsoleEffect] {
        layout = Layout.compute(cols: size.cols, rows: size.rows, showDetail: showDetail, detailFocused: focus == .detail, showKB: kb.isOpen)
        fitKBToScreen()
        handover?.fit(cols: size.cols, rows: size.rows)
        keepCursorVisible()
        layOutTicketViews()
        return layout.isTooSmall ? [] : [.reloadPage]
    }

    /// Takes a freshly loaded page. The selection follows its ticket when the ticket is still
    /// on the page, else stays at the same position. True when the page came back empty
    /// because the view shrank under `top`, and must be loaded again from the new `top`.
    public mutating func apply(_ page: QueuePage) -> Bool {
        rows = page.rows
        total = page.total
        guard total > 0 else {
            top = 0
            cursor = 0
            // A held ticket (just merged into, opened from a requester's history) stays shown in an empty view too.
            if selectedID != heldID { selectedID = nil }
            return false
        }
        if rows.isEmpty {
            guard top > 0 else { return false }
            top = max(0, total - pageSize)
            cursor = min(cursor, total - 1)
            return true
        }
        if let id = selectedID, let index = rows.firstIndex(where: { $0.id == id }) {
            cursor = top + index
            return false
        }
        if let id = selectedID, id == heldID {
            cursor = min(max(cursor, top), top + rows.count - 1)
            return false
        }
        cursor = min(max(cursor, top), top + rows.count - 1)
        selectedID = rows[cursor - top].id
        return false
    }

    mutating func relayout() {
        layout = Layout.compute(cols: layout.cols, rows: layout.rows, showDetail: showDetail, detailFocused: focus == .detail, showKB: kb.isOpen)
        keepCursorVisible()
        layOutTicketViews()
    }

    /// Moves the cursor to `target` (clamped), scrolling only as far as needed.
    /// True when the visible page changed and must be reloaded.
    mutating func moveCursor(to target: Int, scrollBy delta: Int = 0) -> Bool {
        guard total > 0 else { return false }
        let oldTop = top
        if delta != 0 { top = min(max(0, top + delta), max(0, total - pageSize)) }
        cursor = min(max(0, target), total - 1)
        keepCursorVisible()
        if top != oldTop {
            selectedID = nil
            return true
        }
        selectedID = selectedRow?.id
        return false
    }

    mutating func keepCursorVisible() {
        guard pageSize > 0 else { return }
        if cursor < top { top = cursor }
        if cursor >= top + pageSize { top = cursor - pageSize + 1 }
    }

    /// Back to the first row, keeping the selected ticket if it turns up on the first page.
    mutating func scrollToStart() {
        top = 0
        cursor = 0
    }
}

/// What the console must do after a key, beyond redrawing.
public enum ConsoleEffect: Sendable, Equatable {
    case reloadPage
    /// Page, tab counts and SLA summary.
    case reloadAll
    case quit
    /// Run a ticket action through the store, based on the version the user saw.
    case perform(TicketAction, ticketID: Int64, expectedVersion: Int?)
    case createTicket(NewTicket)
    case createArticle(ArticleDraft)
    /// Rank the team for a ticket and open the assign picker.
    case rankEngineers(ticketID: Int64)
    /// Link a knowledge-base article to a ticket (the store records who and when).
    case linkArticle(articleID: Int64, ticketID: Int64)
    /// Write a refusal Core gave before any store call to the audit log, as the store does for its own.
    case recordDenied(ticketID: Int64?, action: String, message: String)
    /// Load, save or acknowledge handovers (run by `HandoverRunner`).
    case handover(HandoverRequest)
    /// Reassign marked tickets, move an engineer's tickets, read notices (TeamEffect).
    case team(TeamEffect)
    /// Record a satisfaction survey result (1–5) for a resolved ticket.
    case recordSurvey(ticketID: Int64, score: Int, comment: String)
    /// Remove an article's link to a ticket.
    case unlinkArticle(articleID: Int64, ticketID: Int64)
    /// Save an old version of an article as its newest.
    case restoreArticle(articleID: Int64, version: Int)
    /// Link two tickets (`parentOf`: `from` is the parent); `ticketID` is the one the user acted on.
    case linkTickets(from: Int64, to: Int64, kind: TicketLinkKind, ticketID: Int64)
    /// Merge a ticket into another, based on the version of the source the user saw.
    case mergeTicket(sourceID: Int64, targetID: Int64, expectedVersion: Int?)
    /// Resolve a parent's open children, then carry on with `followUp` (the knowledge-base offer).
    case resolveChildren(parentID: Int64, children: [LinkedTicket], resolution: String, followUp: [ActionPlan])
    /// Load the requester's history for the ticket and show it.
    case loadRequesterHistory(ticketID: Int64)
    /// Save, remove or unshare a saved view (run by `SavedViewRunner`).
    case savedView(SavedViewRequest)
    /// Load the reply templates, rendered for this ticket, and open them over the reply (ConsoleState+Templates).
    case replyTemplates(ticketID: Int64)
}
