import HelpdeskCore

/// An action being entered over the screen: which one, on which ticket as the user saw it,
/// the step in front of the user (a picker, a prompt or a question) and the answers so far.
///
/// A flow ends in one `ConsoleEffect` (a store call) or is cancelled; nothing is saved before
/// the last step, and the change is based on the version of the ticket the flow started from.
public struct ActionFlow: Sendable, Equatable {
    /// The action being entered.
    public enum Kind: String, Sendable, Equatable {
        case reply, note, status, assign, escalate, resolve, reopen
        case logTime = "log time"
        case impactUrgency = "impact and urgency"
        case tags
        case majorIncident = "major incident"
        case newTicket = "new ticket"
        case knowledgeBase = "knowledge base"
        /// Marked tickets to one engineer (ActionPlan+Team).
        case reassign
        /// All of one engineer's open tickets, each to its best candidate.
        case moveAll = "move all"
        case survey = "satisfaction survey"
        /// Linking to another ticket, merging into one, resolving a parent's open children (ActionPlan+Links).
        case link, merge
        case resolveChildren = "resolve children"
    }

    /// What a picker in a flow chooses between.
    public enum Choice: Sendable, Equatable {
        case status(TicketStatus)
        case engineer(String)
        case level(Level)
        case category(Category)
        case channel(Channel)
        case createArticle
        case skip
        case score(Int)
        /// How the other ticket relates, in the link form.
        case link(TicketRelation)
    }

    /// A yes/no question.
    public struct Question: Sendable, Equatable {
        public var title: String
        public var text: String
    }

    /// What the user is looking at.
    public enum Step: Sendable, Equatable {
        case pick(Picker<Choice>)
        case prompt(Prompt)
        case confirm(Question)
    }

    /// What is being done to which ticket, and the answers so far.
    public internal(set) var plan: ActionPlan
    public internal(set) var step: Step
    /// What the current step fills in.
    var field: ActionPlan.Field
    /// The reply templates, open over the prompt after Ctrl-T (ConsoleState+Templates).
    public internal(set) var templates: TemplateChooser?

    public var kind: Kind { plan.kind }
    /// The ticket as it was when the flow started; nil for a new ticket.
    public var ticket: Ticket? { plan.ticket }
}

/// An action and its answers, independent of what is on screen: `next()` says what to ask or do.
public struct ActionPlan: Sendable, Equatable {
    public let kind: ActionFlow.Kind
    /// The ticket as it was when the flow started; its version is the one the change is based on.
    public let ticket: Ticket?
    /// The role of the user entering it: leads give a reason when they assign.
    public let role: Role
    var answers: FlowAnswers

    init(_ kind: ActionFlow.Kind, ticket: Ticket?, role: Role, answers: FlowAnswers = FlowAnswers()) {
        self.kind = kind
        self.ticket = ticket
        self.role = role
        self.answers = answers
    }

    /// "#1042" or "the new ticket": how questions and messages name what the flow works on.
    var subject: String { ticket.map { "#\($0.id)" } ?? answers.batch?.subject ?? tr("the new ticket") }
}

extension ActionFlow.Kind {
    /// "log time" / 登记工时: the action as messages name it.
    var localizedName: String { tr(rawValue, context: "action") }
}


/// What the user has entered so far in a flow.
struct FlowAnswers: Sendable, Equatable {
    var status: TicketStatus?
    /// The reply, note, resolution, escalation details or the reason a status needs.
    var text: String?
    /// What the requester supplied (error text, screenshots, steps), which an escalation carries to L2.
    var requesterData: String?
    var engineer: String?
    /// A lead's reason for (re)assigning; "" when skipped.
    var reason: String?
    var impact: Level?
    var urgency: Level?
    var minutes: Int?
    var timeNote: String?
    var tags: String?
    var confirmed = false
    var title: String?
    var requesterName: String?
    var contact: String?
    var channel: Channel?
    var category: Category?
    var description: String?
    var wantsArticle: Bool?
    var articleTitle: String?
    var articleBody: String?
    /// Everything the knowledge-base offer needs from the resolved ticket.
    var resolution: String?
    /// The ranked team, loaded before the assign flow starts.
    var assignees: Picker<ActionFlow.Choice>?
    /// The tickets of a reassign or move-all flow.
    var batch: TicketBatch?
    /// The satisfaction survey's score (1–5) and comment.
    var score: Int?
    var surveyComment: String?
    /// The link form's relation and the other ticket of a link or merge.
    var linkRelation: TicketRelation?
    var otherTicket: Int64?
    /// A resolved parent's open children, and the flows to show after the question about them.
    var children: [LinkedTicket]?
    var followUp: [ActionPlan] = []
}

/// A knowledge-base article about to be written from a resolved ticket.
public struct ArticleDraft: Sendable, Equatable {
    public var title: String
    public var body: String
    public var category: Category
    public var tags: [String]
    /// The ticket it was written from, named in the notice.
    public var ticketID: Int64

    public init(title: String, body: String, category: Category, tags: [String], ticketID: Int64) {
        self.title = title
        self.body = body
        self.category = category
        self.tags = tags
        self.ticketID = ticketID
    }
}
