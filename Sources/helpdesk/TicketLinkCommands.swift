import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

struct TicketLinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: tr("Link a ticket to another: related, duplicate of, parent or child."),
        discussion: tr("Give exactly one of the options, e.g. helpdesk ticket link 12 --parent 7 (7 becomes the parent of 12)."))
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(tr("Ticket number (42 or #42)."), valueName: "id")) var id: TicketID
    @Option(help: ArgumentHelp(tr("The other ticket is about the same problem."), valueName: "other")) var related: TicketID?
    @Option(help: ArgumentHelp(tr("This ticket reports the same thing as the other one."), valueName: "other")) var duplicateOf: TicketID?
    @Option(help: ArgumentHelp(tr("The other ticket is this one's parent."), valueName: "other")) var parent: TicketID?
    @Option(help: ArgumentHelp(tr("The other ticket is this one's child."), valueName: "other")) var child: TicketID?

    func validate() throws {
        let given = [related, duplicateOf, parent, child].compactMap { $0 }
        if given.count != 1 { throw ValidationError(tr("give exactly one of --related, --duplicate-of, --parent or --child")) }
    }

    func run() throws {
        let session = try Session.open(options)
        let (from, to, kind): (Int64, Int64, TicketLinkKind) = {
            if let other = related { return (id.value, other.value, .related) }
            if let other = duplicateOf { return (id.value, other.value, .duplicateOf) }
            if let other = parent { return (other.value, id.value, .parentOf) }
            return (id.value, child!.value, .parentOf)
        }()
        let link = try session.store.linkTickets(from, to: to, kind: kind, by: session.actor, at: Date())
        let other = link.other(than: id.value) ?? to
        print(tr("#%@ %@ #%@", id.value, link.relation(from: id.value).localizedLabel, other))
    }
}

struct TicketUnlink: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unlink", abstract: tr("Remove the link between two tickets (a merge stays)."))
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(tr("Ticket number."), valueName: "id")) var id: TicketID
    @Argument(help: ArgumentHelp(tr("The linked ticket's number."), valueName: "other")) var other: TicketID

    func run() throws {
        let session = try Session.open(options)
        let link = try session.store.unlinkTickets(id.value, other.value, by: session.actor, at: Date())
        print(tr("#%@ is no longer %@ #%@", id.value, link.relation(from: id.value).localizedLabel, other.value))
    }
}

struct TicketMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: tr("Merge a ticket into another: its history shows in the target, it is closed with a pointer."),
        discussion: tr("helpdesk ticket merge 12 into 7. Leads and admins, or an agent who owns both tickets."))
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(tr("The ticket that goes away (closed, \"Merged into #T\")."), valueName: "source")) var source: TicketID
    @Argument(help: ArgumentHelp(tr("The word \"into\"."), valueName: "into")) var into: String
    @Argument(help: ArgumentHelp(tr("The ticket that stays."), valueName: "target")) var target: TicketID
    @Option(name: .long, help: ArgumentHelp(tr("Refuse if the source is no longer at this version."), valueName: "n")) var version: Int?

    func validate() throws {
        if into.lowercased() != "into" { throw ValidationError(tr("write the merge as: ticket merge SOURCE into TARGET")) }
    }

    func run() throws {
        let session = try Session.open(options)
        let merged = try session.store.mergeTicket(source.value, into: target.value, expectedVersion: version,
                                                   by: session.actor, at: Date())
        print(tr("#%1$@ merged into #%2$@: #%1$@ is closed, its history shows in #%2$@", source.value, merged.id))
    }
}

/// After resolving a parent: resolve its open children (`--children`), or say which are still open.
func reportOpenChildren(of parentID: Int64, resolution: String, resolve: Bool, _ session: Session) throws {
    let open = try session.store.openChildren(of: parentID)
    guard !open.isEmpty else { return }
    guard resolve else {
        let ids = open.map { "#\($0.id)" }.joined(separator: ", ")
        print(tr("still open children: %@ (resolve them too with --children)", ids))
        return
    }
    var failed = 0
    for outcome in session.store.resolveChildren(open, resolution: resolution, by: session.actor, at: Date()) {
        if let error = outcome.error {
            failed += 1
            FileHandle.standardError.write(Data("helpdesk: \(tr("child #%@ not resolved: %@", outcome.id, SafeText.sanitize(L10n.known(error))))\n".utf8))
        } else {
            print(tr("#%@ resolved (child of #%@)", outcome.id, parentID))
        }
    }
    if failed > 0 {
        throw CLIError(failed == 1 ? tr("1 of %@ children was not resolved (listed above); the parent is resolved", open.count)
                       : tr("%@ of %@ children were not resolved (listed above); the parent is resolved", failed, open.count))
    }
}
