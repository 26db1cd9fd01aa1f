import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: tr("Check the database: integrity, foreign keys, schema version, row counts."),
        discussion: tr("Changes nothing. Exits with status 1 when a problem is found (for cron and monitoring)."))
    @OptionGroup var options: GlobalOptions

    func run() throws {
        let database = try Session.databasePath(options)
        let report = try DatabaseInspector.inspect(database)
        print(Self.render(report))
        let problems = report.problems
        guard problems.isEmpty else {
            throw CLIError(problems.count == 1 ? tr("1 problem in %@: %@", database, problems[0]) : tr("%@ problems in %@: %@", problems.count, database, problems[0]))
        }
    }

    static func render(_ report: DatabaseReport) -> String {
        var lines = ["database      \(report.path) (\(ByteCount.text(report.bytes)))"]
        let schema = report.schemaVersion < report.supportedVersion
            ? " (upgraded to \(report.supportedVersion) when next opened)"
            : report.schemaVersion > report.supportedVersion ? " (NEWER than this program's \(report.supportedVersion))" : ""
        lines.append("schema        version \(report.schemaVersion)\(schema)")
        lines.append("integrity     \(report.integrityProblems.isEmpty ? "ok" : "\(report.integrityProblems.count) problem(s)")")
        lines.append("foreign keys  \(report.foreignKeyProblems.isEmpty ? "ok" : "\(report.foreignKeyProblems.count) problem(s)")")
        lines.append("rows          " + report.counts.map { "\($0.table) \($0.rows)" }.joined(separator: ", "))
        lines += report.problems.map { "problem       \($0)" }
        return lines.joined(separator: "\n")
    }
}
