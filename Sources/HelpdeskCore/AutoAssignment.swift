import Foundation

/// Auto-assignment for a team: the engine's choice among the team's engineers who are on shift now.
public enum AutoAssignment {
    /// The engine's decision restricted to `team`'s members, with the roster's on-shift predicate at `now`.
    public static func decide(for ticket: Ticket, team: Team, engineers: [Engineer], loads: [String: EngineerLoad],
                              roster: ShiftRoster, at now: Date) -> AssignmentDecision {
        let members = engineers.filter { $0.team == team.name }
        var decision = AssignmentEngine.decide(for: ticket, engineers: members, loads: loads) {
            roster.isOnShift($0.login, at: now)
        }
        decision.explanation = "auto-assign (team \(team.name)): " + decision.explanation
        return decision
    }
}
