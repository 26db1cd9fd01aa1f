import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

/// Output forms of `helpdesk report`.
enum ReportOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

extension ReportGrouping: ExpressibleByArgument {}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: tr("Service figures for a period: tickets in and out, response and resolution times, SLA, rates, backlog, satisfaction, hours."),
        discussion: tr("Days are whole local days (the time zone of this machine, or $TZ), both ends included. Durations are working time on each priority's SLA calendar; median and p90 by nearest rank. Every figure is defined in docs/admin.md."))
    @OptionGroup var options: GlobalOptions
    @Option(help: ArgumentHelp(tr("First day, YYYY-MM-DD."), valueName: "date")) var from: String
    @Option(help: ArgumentHelp(tr("Last day, YYYY-MM-DD (included)."), valueName: "date")) var to: String
    @Option(help: ArgumentHelp(tr("Only one team's tickets (see: helpdesk team list)."), valueName: "team")) var team: String?
    @Option(help: ArgumentHelp(tr("Only one support line: L1 or L2 (tickets escalated to second line)."), valueName: "line")) var tier: Tier?
    @Option(help: ArgumentHelp(tr("Only tickets assigned to this engineer (and the hours they logged)."), valueName: "login")) var engineer: String?
    @Option(help: ArgumentHelp(tr("Only one category."))) var category: Category?
    @Option(help: ArgumentHelp(tr("Figures per engineer, category or priority."))) var by: ReportGrouping?
    @Option(help: ArgumentHelp(tr("table, json or csv."))) var format: ReportOutputFormat = .table

    func run() throws {
        let period = try ReportPeriod(from: try ReportPeriod.date(from, option: "--from"),
                                      to: try ReportPeriod.date(to, option: "--to"), timeZone: .current)
        let session = try Session.open(options)
        if let engineer, try session.store.engineer(login: engineer) == nil {
            throw CLIError(tr("no engineer with login \"%@\" (see: helpdesk engineer list)", SafeText.sanitize(engineer)))
        }
        var scope: TeamScope?
        if let team {
            let teams = try session.store.teams()
            guard team == Team.defaultName || teams.contains(where: { $0.name == team }) else {
                throw CLIError(tr("no team named \"%@\" (see: helpdesk team list)", SafeText.sanitize(team)))
            }
            scope = TeamScope(name: team, teams: teams)
        }
        Interruption.install()
        let progress = ProgressLine(total: nil, unit: "rows", phase: "report")
        let report: Report
        do {
            report = try session.store.report(period: period, filter: ReportFilter(team: scope, tier: tier, engineer: engineer, category: category),
                                              grouping: by) { done, total in
                progress.update(done: done, total: total)
                try Interruption.check(tr("after reading %@ of %@ rows; no report was printed (a report only reads, so nothing changed)", done, total))
            }
        } catch {
            progress.finish()
            throw error
        }
        progress.finish()
        switch format {
        case .json: print(try JSONOutput.encode(report))
        case .csv: print(ReportText.csv(report), terminator: "")
        case .table: print(ReportText.table(report))
        }
    }
}
