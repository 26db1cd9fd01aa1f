import ArgumentParser

@main
struct Helpdesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "helpdesk",
        abstract: "Terminal console for IT support teams: tickets, SLA clocks, assignment, knowledge base.",
        discussion: """
            With no subcommand, helpdesk opens the console on the database.
            The database is --db PATH, else $HELPDESK_DB, else $XDG_DATA_HOME/helpdesk/helpdesk.sqlite \
            (~/.local/share/helpdesk/helpdesk.sqlite).
            You act as the engineer whose login is your operating-system user name.
            """,
        subcommands: [ConsoleCommand.self, TicketCommand.self, EngineerCommand.self, DemoCommand.self],
        defaultSubcommand: ConsoleCommand.self
    )
}
