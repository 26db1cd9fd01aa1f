import Foundation
import HelpdeskCore

/// The lead's side of the console: marked tickets, the team board, notices.
public struct TeamState: Sendable, Equatable {
    /// Marked tickets and the version each had when marked; a reassignment is based on that version.
    public var marked: [Int64: Int] = [:]
    /// The team board while it is open.
    public var board: TeamBoard?
    /// Unread notices, oldest first.
    public var notices: [Notice] = []
    /// The notice list the user opened with `N`, shown until the next key.
    public var noticeList: [Notice]?
    /// Notices have been read from the store at least once.
    var noticesLoaded = false
    /// When this console last swept for SLA alerts (leads and admins only).
    var lastSweep: Date?

    public init() {}

    /// Marks the ticket if unmarked, else unmarks it; true when it is now marked.
    @discardableResult
    public mutating func toggleMark(_ id: Int64, version: Int) -> Bool {
        if marked.removeValue(forKey: id) != nil { return false }
        marked[id] = version
        return true
    }

    /// Marked ids in ascending order, the order reassignments run in.
    public var markedIDs: [Int64] { marked.keys.sorted() }
}

/// The team board as loaded: a row per engineer, the unassigned list, the at-risk/breached list,
/// and where the cursor is in each.
public struct TeamBoard: Sendable, Equatable {
    /// The three lists the cursor moves between with Tab.
    public enum Section: Int, Sendable, CaseIterable {
        case engineers, unassigned, atRisk

        public var title: String {
            switch self {
            case .engineers: "Team"
            case .unassigned: "Unassigned"
            case .atRisk: "At risk / breached"
            }
        }
    }

    public var rows: [TeamBoardRow] = []
    public var unassigned: [QueueRow] = []
    public var unassignedTotal = 0
    public var atRisk: [QueueRow] = []
    public var atRiskTotal = 0
    /// Minutes without an update after which a breached ticket is flagged.
    public var staleMinutes = StaleBreach.defaultMinutes
    public var section: Section = .engineers
    /// The selected index per section.
    public var cursors: [Section: Int] = [:]
    /// True until the first load, and after a change that needs a reload.
    public var isStale = true
    /// When the board was last loaded, so the ages on it are refreshed now and then.
    public var loadedAt: Date?

    public init() {}

    /// How many entries a section holds as loaded.
    public func count(_ section: Section) -> Int {
        switch section {
        case .engineers: rows.count
        case .unassigned: unassigned.count
        case .atRisk: atRisk.count
        }
    }

    /// The selected index of a section, kept inside it.
    public func cursor(_ section: Section) -> Int {
        min(max(0, cursors[section] ?? 0), max(0, count(section) - 1))
    }

    /// The engineer under the cursor when the team list is focused.
    public var selectedEngineer: TeamBoardRow? {
        section == .engineers && !rows.isEmpty ? rows[cursor(.engineers)] : nil
    }

    /// The ticket under the cursor when a ticket list is focused.
    public var selectedTicket: QueueRow? {
        switch section {
        case .engineers: nil
        case .unassigned: unassigned.isEmpty ? nil : unassigned[cursor(.unassigned)]
        case .atRisk: atRisk.isEmpty ? nil : atRisk[cursor(.atRisk)]
        }
    }

    /// Moves the cursor of the focused section by `delta`, clamped.
    public mutating func move(by delta: Int) {
        cursors[section] = min(max(0, cursor(section) + delta), max(0, count(section) - 1))
    }

    /// Focuses the next (or previous) section.
    public mutating func cycleSection(backwards: Bool = false) {
        let all = Section.allCases
        section = all[(section.rawValue + (backwards ? all.count - 1 : 1)) % all.count]
    }

    /// Takes freshly loaded data; cursors stay on the same engineer or ticket when it is still listed.
    public mutating func apply(rows newRows: [TeamBoardRow], unassigned page: QueuePage, atRisk risk: QueuePage,
                               staleMinutes minutes: Int, at now: Date) {
        let engineer = rows.isEmpty ? nil : rows[cursor(.engineers)].engineer.login
        let free = unassigned.isEmpty ? nil : unassigned[cursor(.unassigned)].id
        let risky = atRisk.isEmpty ? nil : atRisk[cursor(.atRisk)].id
        rows = newRows
        unassigned = page.rows
        unassignedTotal = page.total
        atRisk = risk.rows
        atRiskTotal = risk.total
        staleMinutes = minutes
        if let engineer, let i = rows.firstIndex(where: { $0.engineer.login == engineer }) { cursors[.engineers] = i }
        if let free, let i = unassigned.firstIndex(where: { $0.id == free }) { cursors[.unassigned] = i }
        if let risky, let i = atRisk.firstIndex(where: { $0.id == risky }) { cursors[.atRisk] = i }
        isStale = false
        loadedAt = now
    }

    /// True when a breached ticket on the at-risk list has had no update for `staleMinutes`.
    public func isStale(_ row: QueueRow, now: Date) -> Bool {
        StaleBreach.isStale(dueAt: row.dueAt, updatedAt: row.updatedAt, now: now, minutes: staleMinutes)
    }
}
