import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

struct TicketList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: tr("List a queue view, major incidents first."))
    @OptionGroup var options: GlobalOptions
    @Option(help: ArgumentHelp(tr("mine, unassigned, open, at_risk, escalated, pending, resolved, or the name of a saved view (see: helpdesk view list).")))
    var view: String = QueueView.open.rawValue
    @Option(help: ArgumentHelp(tr("due, priority, updated or id (default: due, or the saved view's)."))) var sort: QueueSort?
    @Option(help: ArgumentHelp(tr("Only tickets whose id, title, requester or tags contain this text (default: the saved view's)."))) var filter: String?
    @Option(help: ArgumentHelp(tr("Rows to show (1–10000)."))) var limit: Int = 50
    @Option(help: ArgumentHelp(tr("Rows to skip."))) var offset: Int = 0
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (1...10_000).contains(limit) else { throw ValidationError(tr("--limit must be between 1 and 10000")) }
        guard offset >= 0 else { throw ValidationError(tr("--offset must not be negative")) }
    }

    func run() throws {
        let session = try Session.open(options)
        let now = Date()
        // A built-in view's name always means that view: saved views may not take those names.
        let saved = try QueueView(rawValue: view) == nil ? savedView(session) : nil
        var query = saved?.query(login: session.me.login, offset: offset, limit: limit, now: now)
            ?? QueueQuery(view: QueueView(rawValue: view) ?? .open, login: session.me.login, offset: offset, limit: limit, now: now)
        if let sort { query.sort = sort }
        if let filter { query.filter = filter }
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
        let title = saved.map { tr("“%@” (%@)", SafeText.sanitize($0.name), SafeText.sanitize($0.localizedSummary)) } ?? query.view.localizedTitle
        print(tr("%@: %@", title, shown))
    }

    private func savedView(_ session: Session) throws -> SavedView {
        do {
            return try session.store.savedView(named: view, visibleTo: session.me.login)
        } catch is WorkflowError {
            let names = QueueView.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError(tr("--view “%@” is neither a built-in view (%@) nor a saved view you can see (see: helpdesk view list)", view, names))
        }
    }
}
