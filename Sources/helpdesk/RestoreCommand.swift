import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: tr("Replace the database with a backup, after checking the backup (admins)."),
        discussion: tr("The backup must pass integrity and foreign-key checks, be a helpdesk database and not come from a newer helpdesk. The current database is kept as <db>.before-restore-<time>.bak. Restore refuses while a console or script has the database open, unless --force is given."))
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(tr("The backup file to restore."), valueName: "path")) var path: String
    @Flag(help: ArgumentHelp(tr("Restore even while consoles have the database open (they see every ticket change at once)."))) var force = false

    func run() throws {
        let database = try Session.databasePath(options)
        let sharing = try Session.sharing()
        try checkAllowed(database)
        Interruption.install()
        let progress = ProgressLine(total: nil, unit: .bytes, phase: "restore")
        var stage = ""
        let outcome: RestoreOutcome
        do {
            outcome = try StoreRestore.restore(from: path, to: database, force: force, sharing: sharing) { now, done, total in
                if now != stage {
                    stage = now
                    progress.setPhase("restore: \(now)", total: total, done: done)
                }
                progress.update(done: done, total: total)
                try Interruption.check(tr("while %@; %@ is as it was (the restore writes it in one transaction); run it again", ProgressText.phaseText(stage), database))
            }
        } catch {
            progress.finish()
            throw error
        }
        progress.finish()
        let counts = outcome.report.counts.filter { ["tickets", "events", "engineers"].contains($0.table) }
            .map { "\($0.rows) \($0.table)" }.joined(separator: ", ")
        print(tr("restored %@ from %@ (schema version %@; %@)", database, path, outcome.report.schemaVersion, counts))
        if let previous = outcome.previous {
            print(tr("the database it replaced is kept at %@ (%@)", previous.path, ByteCount.text(previous.bytes)))
        }
        if outcome.report.schemaVersion < outcome.report.supportedVersion {
            var configuration = StoreOptions()
            configuration.sharing = sharing
            _ = try HelpdeskStore(path: database, configuration: configuration)
            print(tr("upgraded the restored database to schema version %@", outcome.report.supportedVersion))

        }
    }

    /// Only an admin of the current desk, when it can be read and has a team.
    private func checkAllowed(_ database: String) throws {
        guard let report = try? DatabaseInspector.inspect(database), report.isHealthy else { return }
        let login = SystemUser.login()
        let store = try HelpdeskStore(path: database)
        let teamKnown = try !store.engineers().isEmpty
        try AccessPolicy.checkRestore(login: login, role: try store.engineer(login: login)?.role, teamKnown: teamKnown)
    }
}
