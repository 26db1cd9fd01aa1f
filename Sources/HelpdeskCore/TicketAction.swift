/// Everything a user can do to an existing ticket; `Workflow.apply` decides whether it may happen.
public enum TicketAction: Sendable, Equatable {
    case assign(to: String, reason: String?)
    case take
    case unassign(reason: String?)
    /// `text` is the resolution, cancel reason, reopen reason or escalation details where the target needs one.
    case changeStatus(TicketStatus, text: String?)
    case reply(String)
    case note(String)
    case setImpactUrgency(impact: Level, urgency: Level)
    case overridePriority(Priority, reason: String)
    case clearPriorityOverride
    case setTags([String])
    case setMajorIncident(Bool)
    case logTime(minutes: Int, note: String)
    /// L1 → L2 (升级): what was tried, and the data the requester supplied (error text, screenshots, steps).
    case escalate(details: String, requesterData: String)

    public static func resolve(_ resolution: String) -> TicketAction { .changeStatus(.resolved, text: resolution) }
    public static func reopen(reason: String) -> TicketAction { .changeStatus(.reopened, text: reason) }
    public static func cancel(reason: String) -> TicketAction { .changeStatus(.cancelled, text: reason) }
    public static var close: TicketAction { .changeStatus(.closed, text: nil) }
}

/// What a new ticket is made from, before the rules give it a priority.
public struct NewTicket: Sendable, Equatable {
    public var title: String
    public var description: String
    public var requester: Requester
    public var channel: Channel
    public var category: Category
    public var impact: Level
    public var urgency: Level
    public var tags: [String]
    public var isMajorIncident: Bool

    public init(title: String, description: String, requester: Requester, channel: Channel = .web,
                category: Category = .other, impact: Level = .medium, urgency: Level = .medium,
                tags: [String] = [], isMajorIncident: Bool = false) {
        self.title = title
        self.description = description
        self.requester = requester
        self.channel = channel
        self.category = category
        self.impact = impact
        self.urgency = urgency
        self.tags = tags
        self.isMajorIncident = isMajorIncident
    }
}

/// The outcome of an action: the new ticket state plus what must be recorded with it.
public struct TicketChange: Sendable, Equatable {
    public var ticket: Ticket
    public var events: [TicketEvent]
    public var comments: [Comment]
    public var timeEntry: TimeEntry?

    public init(ticket: Ticket, events: [TicketEvent] = [], comments: [Comment] = [], timeEntry: TimeEntry? = nil) {
        self.ticket = ticket
        self.events = events
        self.comments = comments
        self.timeEntry = timeEntry
    }
}
