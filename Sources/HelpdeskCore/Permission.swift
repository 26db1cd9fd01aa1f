/// Everything the access policy decides, one case per row of the permissions matrix in docs/admin.md.
public enum Permission: String, CaseIterable, Sendable, Codable {
    case workOwnOrUnassigned = "work own or unassigned tickets"
    case take = "take a ticket"
    case reply = "reply to the requester"
    case note = "add an internal note"
    case escalate = "escalate to L2"
    case workOthers = "work another engineer's ticket"
    case reassign = "assign or reassign to others"
    case overridePriority = "override a priority"
    case writeHandover = "write a shift handover"
    case acknowledgeHandover = "acknowledge a handover"
    case seeTeamBoard = "see the team board"
    case shareViews = "share saved views with the team"
    case switchAutoAssign = "switch a team's auto-assignment"
    case manageTemplates = "add, change or remove reply templates"
    case importTickets = "import tickets from a CSV file"
    case manageEngineers = "add or change engineers"
    case manageSkills = "change engineers' skills"
    case manageCalendars = "change business calendars"
    case manageSLAPolicies = "change SLA policies and priority rules"
    case manageShifts = "define shifts and rosters"
    case manageTeams = "create and change teams"
    case impersonate = "act as another engineer (--as)"
    /// Agents may still merge two tickets they own both of (`AccessPolicy.checkMerge`).
    case merge = "merge tickets (an agent: two of their own)"

    /// The least senior role that holds this permission; the roles are nested, agent ⊂ lead ⊂ admin.
    public var minimumRole: Role {
        switch self {
        case .workOwnOrUnassigned, .take, .reply, .note, .escalate: .agent
        case .workOthers, .reassign, .overridePriority, .writeHandover, .acknowledgeHandover, .seeTeamBoard,
             .switchAutoAssign, .merge, .shareViews, .manageTemplates, .importTickets: .lead
        case .manageEngineers, .manageSkills, .manageCalendars, .manageSLAPolicies, .manageShifts, .manageTeams,
             .impersonate: .admin
        }
    }

    /// "only a lead can override a priority", the refusal a user reads.
    public var denial: String {
        let who = minimumRole == .admin ? "an admin" : "a lead"
        return "only \(who) can \(rawValue)"
    }
}
