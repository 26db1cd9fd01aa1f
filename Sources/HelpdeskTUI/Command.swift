/// The parts of the console a key can be aimed at.
public enum Pane: String, Sendable, CaseIterable {
    case queue
    case detail
    /// The knowledge base: its search box while typing, else the article being read.
    case kb = "knowledge base"
    /// The lead's team board (ConsoleState+Team).
    case board = "team board"
    /// The reports pane (`P`, F6), over the whole screen.
    case reports
}

/// Every action the console offers from the keyboard.
public enum CommandID: String, Sendable, CaseIterable {
    case moveDown = "move-down"
    case moveUp = "move-up"
    case pageDown = "page-down"
    case pageUp = "page-up"
    case first
    case last
    case selectView = "select-view"
    case nextView = "next-view"
    case previousView = "previous-view"
    case cycleSort = "cycle-sort"
    case filter
    case clearFilter = "clear-filter"
    case toggleDetail = "toggle-detail"
    case openDetail = "open-detail"
    case switchFocus = "switch-focus"
    case back
    case scrollDown = "scroll-down"
    case scrollUp = "scroll-up"
    case scrollPageDown = "scroll-page-down"
    case scrollPageUp = "scroll-page-up"
    case scrollTop = "scroll-top"
    case scrollBottom = "scroll-bottom"
    case refresh
    case help
    case quit
    case take
    case reply
    case note
    case changeStatus = "change-status"
    case assign
    case escalate
    case resolve
    case reopen
    case logTime = "log-time"
    case impactUrgency = "impact-urgency"
    case editTags = "edit-tags"
    case majorIncident = "major-incident"
    case newTicket = "new-ticket"
    case knowledgeBase = "kb"
    case palette
    case handovers
    case kbScrollDown = "kb-scroll-down"
    case kbScrollUp = "kb-scroll-up"
    case kbPageDown = "kb-page-down"
    case kbPageUp = "kb-page-up"
    case kbTop = "kb-top"
    case kbBottom = "kb-bottom"
    case kbNextResult = "kb-next"
    case kbPreviousResult = "kb-previous"
    case kbSearch = "kb-search"
    case kbLeave = "kb-leave"
    case kbLink = "kb-link"
    case teamBoard = "team-board"
    case mark
    case clearMarks = "clear-marks"
    case moveAll = "move-all"
    case notices
    case boardDown = "board-down"
    case boardUp = "board-up"
    case boardNextSection = "board-next-section"
    case boardPreviousSection = "board-previous-section"
    case boardLeave = "board-leave"
    case reports
    case reportsWeek = "reports-week"
    case reportsMonth = "reports-month"
    case reportsLast30 = "reports-last-30"
    case reportsCustom = "reports-custom"
    case reportsScrollDown = "reports-scroll-down"
    case reportsScrollUp = "reports-scroll-up"
    case reportsPageDown = "reports-page-down"
    case reportsPageUp = "reports-page-up"
    case reportsClose = "reports-close"
    case survey
    case kbUnlink = "kb-unlink"
    case kbHistory = "kb-history"
    case kbRestore = "kb-restore"
    case kbWriteFromTicket = "kb-write"
    case link = "link-ticket"
    case merge = "merge-ticket"
    case requesterHistory = "requester-history"
    case saveView = "save-view"
    case removeView = "remove-view"
}

/// One action: what it is called, which keys run it, where it applies, and how the hint bar names it.
public struct Command: Sendable, Equatable {
    public var id: CommandID
    /// What help shows ("Move down").
    public var title: String
    public var keys: [Key]
    /// Where the keys work; every pane when it holds them all.
    public var panes: Set<Pane>
    /// The word in the bottom hint bar; nil keeps the command out of it.
    public var hint: String?
    /// Overrides the key list in help when it reads better as a range ("1-7").
    public var keysLabel: String?
    /// The keys the hint bar names, when one word covers a pair of commands ("j/k").
    public var hintKeys: String?

    public init(_ id: CommandID, _ title: String, keys: [Key], panes: Set<Pane> = Set(Pane.allCases),
                hint: String? = nil, keysLabel: String? = nil, hintKeys: String? = nil) {
        self.id = id
        self.title = title
        self.keys = keys
        self.panes = panes
        self.hint = hint
        self.keysLabel = keysLabel
        self.hintKeys = hintKeys
    }

    /// The keys as help prints them ("j/Down").
    public var keyText: String {
        keysLabel ?? keys.map(\.label).joined(separator: "/")
    }

    /// True for commands bound the same way in every pane.
    public var isGlobal: Bool { panes == Set(Pane.allCases) }
}
