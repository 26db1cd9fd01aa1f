import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

struct TicketCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ticket",
        abstract: tr("Create, list, show and work tickets."),
        subcommands: [
            TicketNew.self, TicketList.self, TicketShow.self, TicketAssign.self, TicketTake.self, TicketStatusCommand.self,
            TicketReply.self, TicketNote.self, TicketEscalate.self, TicketResolve.self, TicketReopen.self,
            TicketClose.self, TicketCancel.self, TicketSet.self, TicketImport.self, TicketExport.self, TicketSurvey.self,
            TicketLinkCommand.self, TicketUnlink.self, TicketMergeCommand.self,
        ]
    )
}

/// The ticket id and optional expected version every change takes.
struct TicketTarget: ParsableArguments {
    @Argument(help: ArgumentHelp(tr("Ticket number (42 or #42)."), valueName: "id"))
    var id: TicketID

    @Option(name: .long, help: ArgumentHelp(tr("Refuse the change if the ticket is no longer at this version (optimistic locking for scripts)."), valueName: "n"))
    var version: Int?
}

/// Runs one action through the store and reports the outcome in one line.
func performTicketAction(_ action: TicketAction, _ target: TicketTarget, _ options: GlobalOptions, verb: String) throws {
    let session = try Session.open(options)
    let ticket = try session.store.perform(action, on: target.id.value, expectedVersion: target.version, by: session.actor, at: Date())
    var line = tr("#%@ %@: %@", ticket.id, tr(verb, context: "done"), tr(ticket.status.rawValue, context: "status"))
    if let who = ticket.assignee { line += tr(", assigned to %@", who) }
    line += tr(", %@, version %@", ticket.priority.label, ticket.version)
    print(line)

}

/// Text from an argument, or from standard input when the argument is "-".
func textArgument(_ value: String) throws -> String {
    guard value == "-" else { return value }
    return try TextInput.decode(FileHandle.standardInput.readDataToEndOfFile(), source: "standard input")
}

struct TicketAssign: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "assign", abstract: tr("Give a ticket to an engineer (leads), or to yourself."))
    @OptionGroup var options: GlobalOptions
    @OptionGroup var target: TicketTarget
    @Argument(help: ArgumentHelp(tr("Login of the engineer."), valueName: "login")) var login: String
    @Option(help: ArgumentHelp(tr("Why (shown in the timeline)."))) var reason: String?

    func run() throws { try performTicketAction(.assign(to: login, reason: reason), target, options, verb: "assigned") }
}

struct TicketTake: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "take", abstract: tr("Assign a ticket to yourself."))
    @OptionGroup var options: GlobalOptions
    @OptionGroup var target: TicketTarget

    func run() throws { try performTicketAction(.take, target, options, verb: "taken") }
}

struct TicketStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: tr("Move a ticket to another status (only legal moves are accepted)."))
    @OptionGroup var options: GlobalOptions
    @OptionGroup var target: TicketTarget
    @Argument(help: ArgumentHelp(tr("new, assigned, in_progress, pending_customer, escalated, resolved, closed, reopened or cancelled."), valueName: "status"))
    var status: TicketStatus
    @Option(help: ArgumentHelp(tr("Resolution, reason or escalation details, where the new status needs one."))) var text: String?

    func run() throws { try performTicketAction(.changeStatus(status, text: text), target, options, verb: "moved") }
}

struct TicketReply: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reply", abstract: tr("Send a public reply to the requester (\"-\" reads standard input)."))
    @OptionGroup var options: GlobalOptions
    @OptionGroup var target: TicketTarget
    @Argument(help: ArgumentHelp(tr("The reply text."))) var text: String

    func run() throws { try performTicketAction(.reply(try textArgument(text)), target, options, verb: "replied") }
}

struct TicketNote: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "note", abstract: tr("Add an internal note the requester does not see (\"-\" reads standard input)."))
    @OptionGroup var options: GlobalOptions
    @OptionGroup var target: TicketTarget
    @Argument(help: ArgumentHelp(tr("The note text."))) var text: String

    func run() throws { try performTicketAction(.note(try textArgument(text)), target, options, verb: "noted") }
}

struct TicketEscalate: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "escalate", abstract: tr("Escalate to second line (L2) with what was tried and the data the requester supplied."))
    @OptionGroup var options: GlobalOptions
    @OptionGroup var target: TicketTarget
    @Option(help: ArgumentHelp(tr("What was tried so far (required; \"-\" reads standard input)."))) var details: String
    @Option(help: ArgumentHelp(tr("The data the requester supplied: error text, screenshots by name, steps to reproduce (required).")))
    var requesterData: String?

    func validate() throws {
        if details == "-" && requesterData == "-" { throw ValidationError(tr("only one of --details and --requester-data can read standard input")) }
    }

    // A missing --requester-data reaches the workflow, whose refusal says what second line needs.
    func run() throws {
        let action = TicketAction.escalate(details: try textArgument(details), requesterData: try textArgument(requesterData ?? ""))
        try performTicketAction(action, target, options, verb: "escalated")
    }
}

struct TicketResolve: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "resolve", abstract: tr("Resolve a ticket with the resolution that was applied."))
    @OptionGroup var options: GlobalOptions
    @OptionGroup var target: TicketTarget
    @Option(help: ArgumentHelp(tr("What solved it (required)."))) var resolution: String
    @Flag(help: ArgumentHelp(tr("Also resolve the ticket's open children with the same resolution, each as its own audited change.")))
    var children = false

    func run() throws {
        let text = try textArgument(resolution)
        try performTicketAction(.resolve(text), target, options, verb: "resolved")
        try reportOpenChildren(of: target.id.value, resolution: text, resolve: children, try Session.open(options))
    }
}

struct TicketReopen: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reopen", abstract: tr("Reopen a resolved or closed ticket."))
    @OptionGroup var options: GlobalOptions
    @OptionGroup var target: TicketTarget
    @Option(help: ArgumentHelp(tr("What is still wrong (required)."))) var reason: String

    func run() throws { try performTicketAction(.reopen(reason: reason), target, options, verb: "reopened") }
}

struct TicketClose: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "close", abstract: tr("Close a resolved ticket once the requester has confirmed."))
    @OptionGroup var options: GlobalOptions
    @OptionGroup var target: TicketTarget

    func run() throws { try performTicketAction(.close, target, options, verb: "closed") }
}

struct TicketCancel: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cancel", abstract: tr("Cancel an open ticket (duplicate, withdrawn, spam)."))
    @OptionGroup var options: GlobalOptions
    @OptionGroup var target: TicketTarget
    @Option(help: ArgumentHelp(tr("Why (required)."))) var reason: String

    func run() throws { try performTicketAction(.cancel(reason: reason), target, options, verb: "cancelled") }
}
