import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

struct EngineerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "engineer",
        abstract: tr("Manage the support team (admins)."),
        subcommands: [EngineerAdd.self, EngineerList.self, EngineerSet.self]
    )
}

struct EngineerAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: tr("Add an engineer; the first one added to a new database becomes its admin."))
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(tr("Operating-system login of the engineer."), valueName: "login")) var login: String
    @Option(help: ArgumentHelp(tr("Display name (Chinese or English)."))) var name: String
    @Option(help: ArgumentHelp(tr("agent, lead or admin."))) var role: Role = .agent
    @Option(help: ArgumentHelp(tr("L1 (first line) or L2 (second line)."))) var tier: Tier = .l1
    @Option(help: ArgumentHelp(tr("Comma-separated categories: hardware,software,network,account,security,other."))) var skills: SkillList?
    @Option(help: ArgumentHelp(tr("Most open tickets the assignment engine gives this engineer (1–200)."))) var cap: Int = 8
    @Option(help: ArgumentHelp(tr("The engineer's team (see: helpdesk team list)."))) var team: String = Team.defaultName

    func validate() throws {
        guard Engineer.isValidLogin(login) else {
            throw ValidationError(tr("“%@” is not a valid login: use lower-case letters, digits, dot, dash or underscore, starting with a letter", login))
        }
        guard (1...200).contains(cap) else { throw ValidationError(tr("--cap must be between 1 and 200")) }
    }

    func run() throws {
        var store = try Session.openStore(options)
        let isFirst = try store.engineers().isEmpty
        let actor: Actor
        if isFirst {
            // The store refuses a first engineer who is not an admin; this one bootstraps the desk.
            actor = Actor(login: login, role: role, tier: tier)
        } else {
            // Write through the session's store: under --as it records the real user on every change.
            let session = try Session.open(options)
            store = session.store
            actor = session.actor
        }
        let engineer = Engineer(login: login, name: name, role: role, tier: tier,
                                skills: skills?.skills ?? Set(Category.allCases), loadCap: cap, team: team)
        try store.addEngineer(engineer, by: actor)
        print(tr("added %@ (%@): %@, %@, skills %@, cap %@", login, name, role.localizedName, tier.label,
                 engineer.sortedSkills.map(\.rawValue).joined(separator: ","), cap))
    }
}

struct EngineerList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: tr("List the team with open load."))
    @OptionGroup var options: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let store = try Session.openStore(options)
        let engineers = try store.engineers()
        if output.json {
            print(try JSONOutput.encode(engineers))
            return
        }
        let loads = try store.openLoads()
        var table = TextTable(["LOGIN", "NAME", "ROLE", "TIER", "TEAM", "LOAD", "ACTIVE", "SKILLS"])
        for e in engineers {
            let open = loads[e.login]?.openTickets ?? 0
            table.add([e.login, e.name, e.role.rawValue, e.tier.label, e.team, "\(open)/\(e.loadCap)",
                       e.isActive ? "yes" : "no", e.sortedSkills.map(\.rawValue).joined(separator: ",")])
        }
        print(table.render())
        print(tr("%@ engineers", engineers.count))
    }
}

struct EngineerSet: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: tr("Change an engineer's name, role, tier, skills, cap or active state (admins)."))
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(tr("Login of the engineer."), valueName: "login")) var login: String
    @Option(help: ArgumentHelp(tr("Display name."))) var name: String?
    @Option(help: ArgumentHelp(tr("agent, lead or admin."))) var role: Role?
    @Option(help: ArgumentHelp(tr("L1 or L2."))) var tier: Tier?
    @Option(help: ArgumentHelp(tr("Comma-separated categories."))) var skills: SkillList?
    @Option(help: ArgumentHelp(tr("Load cap (1–200)."))) var cap: Int?
    @Flag(inversion: .prefixedNo, help: ArgumentHelp(tr("Whether the engineer takes tickets."))) var active: Bool?
    @Option(help: ArgumentHelp(tr("Move the engineer to this team."))) var team: String?

    func validate() throws {
        if let cap, !(1...200).contains(cap) { throw ValidationError(tr("--cap must be between 1 and 200")) }
        if name == nil && role == nil && tier == nil && skills == nil && cap == nil && active == nil && team == nil {
            throw ValidationError(tr("nothing to change: give --name, --role, --tier, --skills, --cap, --team or --active/--no-active"))
        }
    }

    func run() throws {
        let session = try Session.open(options)
        guard var engineer = try session.store.engineer(login: login) else {
            throw CLIError(tr("no engineer with login “%@” (see: helpdesk engineer list)", login))
        }
        if let name { engineer.name = name }
        if let role { engineer.role = role }
        if let tier { engineer.tier = tier }
        if let skills { engineer.skills = skills.skills }
        if let cap { engineer.loadCap = cap }
        if let active { engineer.isActive = active }
        if let team { engineer.team = team }
        try session.store.updateEngineer(engineer, by: session.actor)
        print(tr("updated %@: %@, %@, cap %@, %@, team %@", login, engineer.role.localizedName, engineer.tier.label, engineer.loadCap,
                 tr(engineer.isActive ? "active" : "inactive"), engineer.team))

    }
}
