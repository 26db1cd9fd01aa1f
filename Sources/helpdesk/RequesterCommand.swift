import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

struct RequesterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "requester",
        abstract: tr("Requesters and their history (客户历史服务记录): open tickets first, then the recent ones."),
        subcommands: [RequesterShow.self, RequesterList.self])
}

struct RequesterShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: tr("A requester's details and tickets, by contact (e-mail or phone) or by one of their tickets (#42)."))
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(tr("The requester's contact, or a ticket number (42 or #42)."), valueName: "contact|id")) var who: String
    @OptionGroup var output: OutputOptions

    func run() throws {
        let session = try Session.open(options)
        // "#42" is a ticket; a bare number is a phone contact when one is known, else a ticket.
        let history: RequesterHistory
        if !who.hasPrefix("#"), let found = try session.store.requesterHistory(contact: who) {
            history = found
        } else if let id = TicketID(argument: who) {
            history = try session.store.requesterHistory(ticketID: id.value)
        } else {
            throw CLIError(tr("no requester with contact “%@” (search with: helpdesk requester list --search TEXT)", who))
        }
        if output.json { print(try JSONOutput.encode(history)); return }
        print(Self.render(history, now: Date()))
    }

    static func render(_ h: RequesterHistory, now: Date) -> String {
        let r = h.requester
        let clean = { (s: String) in SafeText.sanitize(s) }
        var lines = ["\(clean(r.name)) <\(clean(r.contact))>\(r.organisation.isEmpty ? "" : ", \(clean(r.organisation))")\(r.isVIP ? " (" + tr("VIP") + ")" : "")"]
        let average = h.averageSatisfaction.map { tr(", satisfaction %@/5", String(format: "%.1f", $0)) } ?? ""
        let shown = h.tickets.count < h.total ? tr(" (%@ shown)", h.tickets.count) : ""
        let counts = h.total == 1 ? tr("1 ticket, %@ open", h.openCount) : tr("%@ tickets, %@ open", h.total, h.openCount)
        lines.append(counts + average + shown)
        guard !h.tickets.isEmpty else { return lines.joined(separator: "\n") }
        var table = TextTable(["ID", "STATUS", "PRI", "AGE", "SAT", "ASSIGNEE", "TITLE"])
        for t in h.tickets {
            table.add(["#\(t.id)", t.status.rawValue, t.priority.label, t.age(at: now), t.satisfactionText, t.assignee ?? "–", t.title])
        }
        lines.append("")
        lines.append(table.render())
        return lines.joined(separator: "\n")
    }
}

struct RequesterList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: tr("Requesters whose name, contact or organisation contains the text."))
    @OptionGroup var options: GlobalOptions
    @Option(help: ArgumentHelp(tr("Text to look for (any case)."))) var search: String
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if search.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError(tr("--search needs some text to look for")) }
    }

    func run() throws {
        let session = try Session.open(options)
        let found = try session.store.searchRequesters(search)
        if output.json {
            print(try JSONOutput.encode(found.map { Entry(contact: $0.requester.contact, name: $0.requester.name,
                                                          organisation: $0.requester.organisation, tickets: $0.tickets) }))
            return
        }
        guard !found.isEmpty else { print(tr("no requester matches “%@”", SafeText.sanitize(search))); return }
        var table = TextTable(["CONTACT", "NAME", "ORGANISATION", "TICKETS"])
        for f in found { table.add([f.requester.contact, f.requester.name, f.requester.organisation, "\(f.tickets)"]) }
        print(table.render())
    }

    private struct Entry: Encodable {
        let contact: String
        let name: String
        let organisation: String
        let tickets: Int
    }
}
