import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: tr("Reply templates (回复模板): canned replies with placeholders, inserted in the console with Ctrl-T (leads add, change and remove)."),
        discussion: tr("Placeholders: %@. Write {{ and }} for a literal brace.", TemplateList.placeholders),
        subcommands: [TemplateAdd.self, TemplateList.self, TemplateShow.self, TemplateEdit.self, TemplateRemove.self]
    )
}

/// A template number, written "3" or "#3".
struct TemplateID: ExpressibleByArgument {
    let value: Int64

    init?(argument: String) {
        guard let ticket = TicketID(argument: argument) else { return nil }
        value = ticket.value
    }
}

/// Where a template's text comes from: --body-file, or standard input when it is not a terminal.
struct TemplateBodyOptions: ParsableArguments {
    @Option(name: .customLong("body-file"), help: ArgumentHelp(tr("Read the text from this file; \"-\" is standard input."), valueName: "path"))
    var bodyFile: String?

    func body(readStandardInput: Bool) throws -> String? {
        if let bodyFile { return bodyFile == "-" ? try textArgument("-") : try TextInput.file(bodyFile) }
        if readStandardInput, isatty(STDIN_FILENO) == 0 { return try textArgument("-") }
        return nil
    }
}

struct TemplateAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: tr("Add a reply template; the text comes from --body-file or standard input (leads and admins)."))
    @OptionGroup var options: GlobalOptions
    @Option(help: ArgumentHelp(tr("The title the console's list shows, e.g. 密码重置."))) var title: String
    @OptionGroup var text: TemplateBodyOptions

    func run() throws {
        let session = try Session.open(options)
        guard let body = try text.body(readStandardInput: true) else {
            throw ValidationError(tr("give the text with --body-file PATH, or pipe it in: helpdesk template add --title T < reply.txt"))
        }
        let saved = try session.store.addReplyTemplate(title: title, body: body, by: session.actor)
        print(tr("added %@", TemplateList.line(saved)))
    }
}

struct TemplateList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: tr("List the reply templates."))
    @OptionGroup var options: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let session = try Session.open(options)
        let templates = try session.store.replyTemplates()
        if output.json {
            print(try JSONOutput.encode(templates))
            return
        }
        guard !templates.isEmpty else {
            print(tr("no reply templates yet; a lead adds one with: helpdesk template add --title T --body-file F"))
            return
        }
        var table = TextTable(["ID", "TITLE", "PLACEHOLDERS", "UPDATED", "BY"])
        for template in templates {
            table.add(["#\(template.id)", SafeText.sanitize(template.title).truncated(toColumns: 40),
                       template.placeholders.map(\.token).joined(separator: " "), stamp(template.updatedAt),
                       SafeText.sanitize(template.updatedBy)])
        }
        print(table.render())
    }

    /// "{requester} the requester's name; {ticket} …", the meanings in the interface language.
    static var placeholders: String {
        ReplyPlaceholder.allCases.map { "\($0.token) \(L10n.known($0.meaning))" }.joined(separator: "; ")
    }

    /// "#3 密码重置 (uses {requester} {ticket})"
    static func line(_ template: ReplyTemplate) -> String {
        let uses = template.placeholders.map(\.token).joined(separator: " ")
        return "#\(template.id) \(SafeText.sanitize(template.title))" + (uses.isEmpty ? "" : tr(" (uses %@)", uses))
    }
}

struct TemplateShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: tr("Show a reply template, or with --ticket the reply it makes for that ticket."))
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(tr("Template number."), valueName: "id")) var id: TemplateID
    @Option(help: ArgumentHelp(tr("Fill the placeholders for this ticket, as you replying."), valueName: "ticket")) var ticket: TicketID?

    func run() throws {
        let session = try Session.open(options)
        let template = try session.store.replyTemplate(id: id.value)
        if let ticket {
            let target = try session.store.ticket(id: ticket.value)
            let (due, zone) = ReplyTemplate.resolutionDue(of: target, sla: try session.store.slaConfiguration())
            print(SafeText.sanitize(template.render(for: target, engineer: session.me.name, due: due, now: Date(), timeZone: zone),
                                    .multiLine(tabWidth: 4)))
            return
        }
        print("#\(template.id)  \(SafeText.sanitize(template.title))")
        print(tr("by %@ %@, updated by %@ %@", SafeText.sanitize(template.author), stamp(template.createdAt), SafeText.sanitize(template.updatedBy), stamp(template.updatedAt)))
        print("")
        print(SafeText.sanitize(template.body, .multiLine(tabWidth: 4)))
    }
}

struct TemplateEdit: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "edit", abstract: tr("Change a template's title or text (leads and admins)."))
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(tr("Template number."), valueName: "id")) var id: TemplateID
    @Option(help: ArgumentHelp(tr("The new title."))) var title: String?
    @OptionGroup var text: TemplateBodyOptions

    func validate() throws {
        if title == nil && text.bodyFile == nil { throw ValidationError(tr("nothing to change: give --title or --body-file")) }
    }

    func run() throws {
        let session = try Session.open(options)
        let before = try session.store.replyTemplate(id: id.value)
        let saved = try session.store.updateReplyTemplate(id: id.value, title: title, body: try text.body(readStandardInput: false),
                                                          by: session.actor)
        print(saved == before ? tr("unchanged %@", TemplateList.line(saved)) : tr("saved %@", TemplateList.line(saved)))
    }
}

struct TemplateRemove: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: tr("Remove a reply template; its text stays in the audit log (leads and admins)."))
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(tr("Template number."), valueName: "id")) var id: TemplateID

    func run() throws {
        let session = try Session.open(options)
        let removed = try session.store.removeReplyTemplate(id: id.value, by: session.actor)
        print(tr("removed #%@ %@", removed.id, SafeText.sanitize(removed.title)))
    }
}
