import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

@main
struct Helpdesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "helpdesk",
        abstract: tr("Terminal console for IT support teams: tickets, SLA clocks, assignment, knowledge base."),
        discussion: [
            tr("With no subcommand, helpdesk opens the console on the database."),
            tr("The database is --db PATH, else $HELPDESK_DB, else $XDG_DATA_HOME/helpdesk/helpdesk.sqlite (~/.local/share/helpdesk/helpdesk.sqlite)."),
            tr("You act as the engineer whose login is your operating-system user name."),
        ].joined(separator: "\n"),
        subcommands: [ConsoleCommand.self, TicketCommand.self, EngineerCommand.self, TeamCommand.self, ShiftCommand.self,
                      HandoverCommand.self, KBCommand.self, TemplateCommand.self, MailCommand.self, SurveyCommand.self, ReportCommand.self,
                      SettingsCommand.self, DemoCommand.self, BackupCommand.self, RestoreCommand.self, CheckCommand.self,
                      KeysCommand.self, PermissionsCommand.self, RequesterCommand.self, ViewCommand.self, ManualCommand.self],
        defaultSubcommand: ConsoleCommand.self
    )

    /// Errors end the run with one line on standard error and a non-zero status; help still prints in full.
    static func main() {
        do {
            try TextInput.checkArguments()
            let arguments = try LanguageOption.choose(arguments: Array(CommandLine.arguments.dropFirst()),
                                                      environment: ProcessInfo.processInfo.environment)
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch let interrupted as Interrupted {
            FileHandle.standardError.write(Data("helpdesk: \(tr("interrupted %@", interrupted.message))\n".utf8))
            Foundation.exit(130)
        } catch {
            let code = exitCode(for: error)
            if code == .success { exit(withError: error) }
            let lines = localizedMessage(for: error).split(separator: "\n").map { L10n.known($0.trimmingCharacters(in: .whitespaces)) }
            // Messages may quote what was typed or stored; it must not reach the terminal raw either.
            let text = lines.filter { !$0.isEmpty && !$0.hasPrefix("Usage:") && !$0.hasPrefix("See '") }.joined(separator: "; ")
            FileHandle.standardError.write(Data("helpdesk: \(SafeText.sanitize(text))\n".utf8))
            Foundation.exit(code == .validationFailure ? 64 : code.rawValue)
        }
    }

    /// Core's and the store's refusals in the interface language; anything else as argument-parser words it.
    private static func localizedMessage(for error: any Error) -> String {
        switch error {
        case let error as WorkflowError: error.localizedMessage
        case let error as StoreError: error.localizedMessage
        default: message(for: error)
        }
    }

}
