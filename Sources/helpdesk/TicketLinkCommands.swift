import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

struct TicketLinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "Link a ticket to another: related, duplicate of, parent or child.",
        discussion: "Give exactly one of the options, e.g. helpdesk ticket link 12 --parent 7 (7 becomes the parent of 12).")
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp("Ticket number (42 or #42).", valueName: "id")) var id: TicketID
    @Option(help: ArgumentHelp("The other ticket is about the same problem.", valueName: "other")) var related: TicketID?
    @Option(help: ArgumentHelp("This ticket reports the same thing as the other one.", valueName: "other")) var duplicateOf: TicketID?
    @Option(help: ArgumentHelp("The other ticket is this one's parent.", valueName: "other")) var parent: TicketID?
    @Option(help: ArgumentHelp("The other ticket is this one's child.", valueName: "other")) var child: TicketID?

    func validate() throws {
        let given = [related, duplicateOf, parent, child].compactMap { $0 }
        if given.count != 1 { throw ValidationError("give exactly one of --related, --duplicate-of, --parent or --child") }
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
        print("#\(id.value) \(link.relation(from: id.value).label) #\(other)")
    }
}

struct TicketUnlink: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unlink", abstract: "Remove the link between two tickets (a merge stays).")
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp("Ticket number.", valueName: "id")) var id: TicketID
    @Argument(help: ArgumentHelp("The linked ticket's number.", valueName: "other")) var other: TicketID

    func run() throws {
        let session = try Session.open(options)
        let link = try session.store.unlinkTickets(id.value, other.value, by: session.actor, at: Date())
        print("#\(id.value) is no longer \(link.relation(from: id.value).label) #\(other.value)")
    }
}

struct TicketMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge a ticket into another: its history shows in the target, it is closed with a pointer.",
        discussion: "helpdesk ticket merge 12 into 7. Leads and admins, or an agent who owns both tickets.")
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp("The ticket that goes away (closed, \"Merged into #T\").", valueName: "source")) var source: TicketID
    @Argument(help: ArgumentHelp("The word \"into\".", valueName: "into")) var into: String
    @Argument(help: ArgumentHelp("The ticket that stays.", valueName: "target")) var target: TicketID
    @Option(name: .long, help: ArgumentHelp("Refuse if the source is no longer at this version.", valueName: "n")) var version: Int?

    func validate() throws {
        if into.lowercased() != "into" { throw ValidationError("write the merge as: ticket merge SOURCE into TARGET") }
    }

    func run() throws {
        let session = try Session.open(options)
        let merged = try session.store.mergeTicket(source.value, into: target.value, expectedVersion: version,
                                                   by: session.actor, at: Date())
        print("#\(source.value) merged into #\(merged.id): #\(source.value) is closed, its history shows in #\(merged.id)")
    }
}

/// After resolving a parent: resolve its open children (`--children`), or say which are still open.
func reportOpenChildren(of parentID: Int64, resolution: String, resolve: Bool, _ session: Session) throws {
    let open = try session.store.openChildren(of: parentID)
    guard !open.isEmpty else { return }
    guard resolve else {
        print("still open children: \(open.map { "#\($0.id)" }.joined(separator: ", ")) (resolve them too with --children)")
        return
    }
    var failed = 0
    for outcome in session.store.resolveChildren(open, resolution: resolution, by: session.actor, at: Date()) {
        if let error = outcome.error {
            failed += 1
            FileHandle.standardError.write(Data("helpdesk: child #\(outcome.id) not resolved: \(SafeText.sanitize(error))\n".utf8))
        } else {
            print("#\(outcome.id) resolved (child of #\(parentID))")
        }
    }
    if failed > 0 {
        throw CLIError("\(failed) of \(open.count) children \(failed == 1 ? "was" : "were") not resolved (listed above); the parent is resolved")
    }
}
