import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

struct TicketList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: tr("List a queue view, major incidents first."))
    @OptionGroup var options: GlobalOptions
    @Option(help: "mine, unassigned, open, at_risk, escalated, pending or resolved.") var view: QueueView = .open
    @Option(help: "due, priority, updated or id.") var sort: QueueSort = .due
    @Option(help: "Only tickets whose id, title, requester or tags contain this text.") var filter: String = ""
    @Option(help: "Rows to show (1–10000).") var limit: Int = 50
    @Option(help: "Rows to skip.") var offset: Int = 0
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (1...10_000).contains(limit) else { throw ValidationError("--limit must be between 1 and 10000") }
        guard offset >= 0 else { throw ValidationError("--offset must not be negative") }
    }

    func run() throws {
        let session = try Session.open(options)
        let now = Date()
        let query = QueueQuery(view: view, login: session.me.login, sort: sort, filter: filter, offset: offset, limit: limit, now: now)
        let page = try session.store.queue(query)
        if output.json {
            print(try JSONOutput.encode(page.rows))
            return
        }
        var table = TextTable(["ID", "PRI", "STATUS", "SLA", "ASSIGNEE", "CATEGORY", "REQUESTER", "TITLE"])
        table.maxWidths = [4: 14, 6: 16]
        for row in page.rows {
            let sla = row.dueAt.map { SLAFormat.countdown($0.timeIntervalSince(now)) } ?? "—"
            table.add([
                "#\(row.id)", (row.isMajorIncident ? "!" : "") + row.priority.label, row.status.rawValue, sla,
                row.assignee ?? "—", row.category.rawValue, row.requester, row.title,
            ])
        }
        print(table.render())
        let shown = page.rows.isEmpty ? tr("no tickets") : tr("%@–%@ of %@", offset + 1, offset + page.rows.count, page.total)
        print(tr("%@: %@", view.localizedTitle, shown))


    }
}
