import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

struct ViewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "view",
        abstract: tr("Saved views: a named filter and sort over a queue view, a tab in the console (leads and admins share them)."),
        subcommands: [ViewList.self, ViewAdd.self, ViewRemove.self]
    )
}

struct ViewList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: tr("List your saved views and those shared with the team."))
    @OptionGroup var options: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let session = try Session.open(options)
        let views = try session.store.savedViews(visibleTo: session.me.login)
        if output.json {
            print(try JSONOutput.encode(views))
            return
        }
        var table = TextTable(["TAB", "NAME", "BASE", "FILTER", "SORT", "SHARED", "OWNER"])
        table.maxWidths = [1: 24, 3: 30]
        for (index, view) in views.enumerated() {
            table.add(["\(QueueView.allCases.count + index + 1)", view.name, view.base.rawValue, view.filter, view.sort.rawValue,
                       view.isShared ? "shared" : "private", view.owner])
        }
        print(table.render())
        if views.isEmpty { print(tr("no saved views; add one with: helpdesk view add NAME --base open --filter TEXT")) }
    }
}

struct ViewAdd: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: tr("Save a view under a name (--shared: for the whole team; leads and admins)."))
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(tr("The view's name, as its tab shows it, e.g. 打印机."), valueName: "name")) var name: String
    @Option(help: ArgumentHelp(tr("The view it narrows: mine, unassigned, open, at_risk, escalated, pending or resolved."))) var base: QueueView = .open
    @Option(help: ArgumentHelp(tr("Only tickets whose id, title, requester or tags contain this text."))) var filter: String = ""
    @Option(help: ArgumentHelp(tr("due, priority, updated or id."))) var sort: QueueSort = .due
    @Flag(help: ArgumentHelp(tr("Share the view with the team (leads and admins)."))) var shared = false
    @Flag(help: ArgumentHelp(tr("Replace your view of the same name instead of refusing."))) var replace = false

    func run() throws {
        let session = try Session.open(options)
        let view = try session.store.saveView(NewSavedView(name: name, base: base, filter: filter, sort: sort, isShared: shared),
                                              replacing: replace, by: session.actor, at: Date())
        let name = SafeText.sanitize(view.name), summary = SafeText.sanitize(view.localizedSummary)
        print((replace ? tr("saved view “%@”: %@", name, summary) : tr("added view “%@”: %@", name, summary))
              + (view.isShared ? tr(", shared with the team") : ""))
    }
}

struct ViewRemove: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove",
                                                    abstract: tr("Delete a saved view: your own, or (leads and admins) a shared one."))
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(tr("The view's name."), valueName: "name")) var name: String
    @Flag(help: ArgumentHelp(tr("The shared view of that name, when you also have a view of your own by it."))) var shared = false

    func run() throws {
        let session = try Session.open(options)
        let view = try session.store.savedView(named: name, shared: shared, visibleTo: session.me.login)
        let removed = try session.store.removeSavedView(id: view.id, by: session.actor, at: Date())
        print(removed.isShared ? tr("removed shared view “%@”", SafeText.sanitize(removed.name)) : tr("removed view “%@”", SafeText.sanitize(removed.name)))
    }
}
