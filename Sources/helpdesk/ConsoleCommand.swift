import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore
import HelpdeskTUI

struct ConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console",
        abstract: tr("Open the console (the default when no subcommand is given)."))
    @OptionGroup var options: GlobalOptions
    @Option(help: ArgumentHelp(tr("Colour theme: default, dark, light, high-contrast or mono (NO_COLOR forces mono)."))) var theme: String?

    func run() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw CLIError(tr("the console needs a terminal; for scripts use the subcommands (helpdesk --help)"))

        }
        let session = try Session.open(options)
        let chosen = try theme ?? Settings.load()["theme"]
        let exit = try runConsole(source: session.store, user: session.me.login, role: session.me.role,
                                  tier: session.me.tier, theme: chosen)
        if case let .signal(number) = exit { Foundation.exit(128 + number) }
    }
}
