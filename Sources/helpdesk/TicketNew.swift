import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

struct TicketNew: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new", abstract: tr("Record a new request."))
    @OptionGroup var options: GlobalOptions
    @Option(help: ArgumentHelp(tr("One line saying what is wrong."))) var title: String
    @Option(help: ArgumentHelp(tr("The full problem description (\"-\" reads standard input)."))) var description: String = ""
    @Option(name: .customLong("description-file"), help: ArgumentHelp(tr("Read the description from this UTF-8 file."), valueName: "path"))
    var descriptionFile: String?
    @Option(help: ArgumentHelp(tr("Requester's name."))) var requester: String
    @Option(help: ArgumentHelp(tr("Requester's e-mail or phone; identifies them across tickets."))) var contact: String
    @Option(help: ArgumentHelp(tr("Requester's department or company."))) var org: String = ""
    @Flag(help: ArgumentHelp(tr("The requester is a VIP (raises the priority)."))) var vip = false
    @Option(help: ArgumentHelp(tr("How the request arrived."))) var channel: Channel = .phone
    @Option(help: ArgumentHelp(tr("Problem category."))) var category: Category = .other
    // Optional with the default in the help text: argument-parser would print a level's raw number ("default: 2").
    @Option(help: ArgumentHelp(tr("How many are affected: low, medium (the default), high, critical."))) var impact: Level?
    @Option(help: ArgumentHelp(tr("How soon it hurts: low, medium (the default), high, critical."))) var urgency: Level?
    @Option(name: .customLong("tag"), help: ArgumentHelp(tr("A tag (repeat for more)."))) var tags: [String] = []
    @Flag(help: ArgumentHelp(tr("Flag as a major incident (P1, pinned on top)."))) var major = false
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if descriptionFile != nil && !description.isEmpty { throw ValidationError(tr("give --description or --description-file, not both")) }
    }

    func run() throws {
        let session = try Session.open(options)
        let draft = NewTicket(
            title: title, description: try descriptionFile.map(TextInput.file) ?? textArgument(description),
            requester: Requester(name: requester, contact: contact, organisation: org, isVIP: vip),
            channel: channel, category: category, impact: impact ?? .medium, urgency: urgency ?? .medium, tags: tags, isMajorIncident: major)
        let created = try session.store.createTicketReporting(draft, by: session.actor, at: Date())
        let ticket = created.ticket
        if output.json {
            print(try JSONOutput.encode(ticket))
        } else {
            print(tr("#%@ created: %@ (%@), %@", ticket.id, ticket.priority.label, ticket.priorityReason, tr(ticket.status.rawValue, context: "status"))
                  + (ticket.assignee.map { tr(" to %@", $0) } ?? ""))
            if let why = created.autoAssignment { print(why) }
        }
    }
}

struct TicketSet: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: tr("Change impact, urgency, tags, the major-incident flag, or override the priority (leads)."))
    @OptionGroup var options: GlobalOptions
    @OptionGroup var target: TicketTarget
    @Option(help: ArgumentHelp(tr("New impact."))) var impact: Level?
    @Option(help: ArgumentHelp(tr("New urgency."))) var urgency: Level?
    @Option(name: .customLong("tag"), help: ArgumentHelp(tr("Replace the tags (repeat for more)."))) var tags: [String] = []
    @Flag(name: .customLong("clear-tags"), help: ArgumentHelp(tr("Remove every tag."))) var clearTags = false
    @Flag(inversion: .prefixedNo, help: ArgumentHelp(tr("Set or clear the major-incident flag."))) var major: Bool?
    @Option(help: ArgumentHelp(tr("Override the priority (leads; needs --reason)."))) var priority: Priority?
    @Option(help: ArgumentHelp(tr("Why the priority is overridden."))) var reason: String?

    func validate() throws {
        if priority != nil && (reason ?? "").isEmpty { throw ValidationError(tr("--priority needs --reason")) }
        if impact == nil && urgency == nil && tags.isEmpty && !clearTags && major == nil && priority == nil {
            throw ValidationError(tr("nothing to change: give --impact, --urgency, --tag, --clear-tags, --major/--no-major or --priority"))
        }
    }

    func run() throws {
        let session = try Session.open(options)
        let id = target.id.value
        var ticket = try session.store.ticket(id: id)
        // Each step is based on the version the previous one produced, so a colleague's change in between is a conflict.
        var expected = target.version ?? ticket.version
        var actions: [TicketAction] = []
        if impact != nil || urgency != nil {
            actions.append(.setImpactUrgency(impact: impact ?? ticket.impact, urgency: urgency ?? ticket.urgency))
        }
        if clearTags || !tags.isEmpty { actions.append(.setTags(clearTags ? [] : tags)) }
        if let major { actions.append(.setMajorIncident(major)) }
        if let priority, let reason { actions.append(.overridePriority(priority, reason: reason)) }
        for action in actions {
            ticket = try session.store.perform(action, on: id, expectedVersion: expected, by: session.actor, at: Date())
            expected = ticket.version
        }
        print(tr("#%@ updated: %@ (%@), version %@", ticket.id, ticket.priority.label, ticket.priorityReason, ticket.version))

    }
}
