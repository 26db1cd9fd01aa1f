/// The demo's teams and shifts: a network team that auto-assigns beside the default support team,
/// and a day and a night shift in Shanghai, so every seat shows who is on shift and who leads.
extension DemoGenerator {
    /// The teams besides "support", which always exists.
    public func teams() -> [Team] {
        [Team(name: "network", categories: [.network, .security], autoAssign: true)]
    }

    /// Day 08:00–20:00 and night 20:00–08:00, every day, Asia/Shanghai.
    public func shifts() -> [Shift] {
        [Shift(name: "day", startMinute: 8 * 60, endMinute: 20 * 60, days: .everyDay, timeZone: "Asia/Shanghai"),
         Shift(name: "night", startMinute: 20 * 60, endMinute: 8 * 60, days: .everyDay, timeZone: "Asia/Shanghai")]
    }

    /// Day and night alternate within each team, and among the leads, so both shifts have every team and a lead;
    /// each shift's first lead (else first engineer) leads it. Admins work both, so the person trying the
    /// demo is on shift whenever they try it.
    public func roster(for team: [Engineer]) -> ShiftRoster {
        var roster = ShiftRoster(shifts: shifts())
        var seen: [String: Int] = [:]
        for engineer in team {
            let group = engineer.role == .lead ? "lead" : engineer.team
            let turn = seen[group, default: 0]
            seen[group] = turn + 1
            roster.members[engineer.login] = engineer.role == .admin ? ["day", "night"] : [turn % 2 == 0 ? "day" : "night"]
        }
        for shift in ["day", "night"] {
            let members = team.filter { roster.members[$0.login]?.contains(shift) == true && $0.role != .admin }
            roster.leads[shift] = (members.first { $0.role == .lead } ?? members.first)?.login
        }
        return roster
    }

    /// Engineers whose first skill is network or security join the network team.
    static func demoTeam(forEngineer i: Int) -> String {
        let first = Category.allCases[i % Category.allCases.count]
        return i > 0 && (first == .network || first == .security) ? "network" : Team.defaultName
    }
}
