import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

struct TeamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "team",
        abstract: tr("Teams, the categories they handle and auto-assignment (admins create; leads switch auto-assign)."),
        subcommands: [TeamAdd.self, TeamList.self, TeamSet.self]
    )
}

/// "on" or "off" for --auto-assign.
struct OnOff: ExpressibleByArgument {
    let value: Bool

    init?(argument: String) {
        switch argument.lowercased() {
        case "on", "yes", "true": value = true
        case "off", "no", "false": value = false
        default: return nil
        }
    }

    static var allValueStrings: [String] { ["on", "off"] }
}

struct TeamAdd: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: tr("Create a team (admins)."))
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(tr("Team name, e.g. network."), valueName: "name")) var name: String
    @Option(help: ArgumentHelp(tr("Comma-separated categories the team handles: hardware,software,network,account,security,other.")))
    var categories: SkillList?
    @Option(help: ArgumentHelp(tr("Assign new and reopened tickets automatically: on or off."))) var autoAssign: OnOff?

    func run() throws {
        let session = try Session.open(options)
        let team = Team(name: name, categories: categories?.skills ?? [], autoAssign: autoAssign?.value ?? false)
        try session.store.addTeam(team, by: session.actor)
        print(tr("added team %@", TeamList.line(team)))
    }
}

struct TeamList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: tr("List the teams and their members."))
    @OptionGroup var options: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let store = try Session.openStore(options)
        let teams = try store.teams()
        if output.json {
            print(try JSONOutput.encode(teams))
            return
        }
        let engineers = try store.engineers()
        var table = TextTable(["TEAM", "AUTO-ASSIGN", "CATEGORIES", "MEMBERS"])
        for team in teams {
            let categories = team.name == Team.defaultName && team.categories.isEmpty
                ? "(every category no other team handles)" : team.sortedCategories.map(\.rawValue).joined(separator: ",")
            let members = engineers.filter { $0.team == team.name && $0.isActive }.map(\.login)
            table.add([team.name, team.autoAssign ? "on" : "off", categories, members.joined(separator: ",")])
        }
        print(table.render())
    }

    /// "network: categories network,security, auto-assign on"
    static func line(_ team: Team) -> String {
        let list = team.sortedCategories.map(\.rawValue).joined(separator: ",")
        return "\(team.name): categories \(list.isEmpty ? "none" : list), auto-assign \(team.autoAssign ? "on" : "off")"
    }
}

struct TeamSet: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: tr("Change a team's categories (admins) or auto-assignment (leads)."))
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(tr("Team name."), valueName: "name")) var name: String
    @Option(help: ArgumentHelp(tr("Comma-separated categories the team handles."))) var categories: SkillList?
    @Option(help: ArgumentHelp(tr("on or off."))) var autoAssign: OnOff?

    func validate() throws {
        if categories == nil && autoAssign == nil { throw ValidationError(tr("nothing to change: give --categories or --auto-assign on|off")) }
    }

    func run() throws {
        let session = try Session.open(options)
        guard var team = try session.store.teams().first(where: { $0.name == name }) else {
            throw CLIError(tr("no team named %@ (see: helpdesk team list)", name))
        }
        if let categories { team.categories = categories.skills }
        if let autoAssign { team.autoAssign = autoAssign.value }
        try session.store.updateTeam(team, by: session.actor)
        print(tr("updated team %@", TeamList.line(team)))
    }
}
