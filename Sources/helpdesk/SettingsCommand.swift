import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

/// Desk-wide settings kept in the database (not the user's settings file).
struct SettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: tr("Show or change desk-wide settings (changing them is for admins)."),
        subcommands: [SettingsShow.self, SettingsSet.self]
    )

    /// The settings `set` accepts, with what each means.
    static let keys: [(key: String, help: String)] = [
        ("stale-breach-minutes", tr("minutes a breached ticket may go without an update before the team board flags it (default %@)", StaleBreach.defaultMinutes)),
    ]
}

struct SettingsShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: tr("Print the desk-wide settings."))
    @OptionGroup var options: GlobalOptions

    func run() throws {
        let store = try Session.openStore(options)
        print("stale-breach-minutes  \(try store.staleBreachMinutes())")
    }
}

struct SettingsSet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: tr("Change a desk-wide setting (admins); the change goes into the audit log."),
        discussion: SettingsCommand.keys.map { "\($0.key): \($0.help)" }.joined(separator: "\n"))
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(tr("The setting to change."), valueName: "key")) var key: String
    @Argument(help: ArgumentHelp(tr("Its new value."), valueName: "value")) var value: String

    func validate() throws {
        guard SettingsCommand.keys.contains(where: { $0.key == key }) else {
            let known = SettingsCommand.keys.map(\.key).joined(separator: ", ")
            throw ValidationError(tr("unknown setting “%@”; known: %@", key, known))
        }
        guard let minutes = Int(value) else {
            throw ValidationError(tr("%@ takes whole minutes, like 120, not “%@”", key, value))
        }
        _ = try StaleBreach.validated(minutes)
    }

    func run() throws {
        let session = try Session.open(options)
        let minutes = try StaleBreach.validated(Int(value) ?? 0)
        try session.store.setStaleBreachMinutes(minutes, by: session.actor)
        print(tr("stale-breach-minutes set to %@", minutes))
    }
}
