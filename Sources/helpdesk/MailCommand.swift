import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskMail
import HelpdeskStore

struct MailCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mail",
        abstract: tr("Take in e-mail: new messages become tickets, replies join their ticket."),
        subcommands: [MailImport.self]
    )
}

struct MailImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: tr("Import .eml files, mbox files and Maildir folders (re-running skips what was imported)."),
        discussion: tr("A message becomes a ticket (channel email, requester from From, title from Subject); a reply with [#id] in its subject, or an In-Reply-To/References naming an imported message, becomes a public comment on its ticket. Broken messages are reported and the rest go on. With --watch, the Maildir's new/ folder is read every second until Ctrl-C; each message taken is moved to cur/ marked seen (:2,S).")
    )
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(tr("Files (.eml or mbox) and Maildir folders."), valueName: "path")) var paths: [String]
    @Flag(help: ArgumentHelp(tr("Keep reading one Maildir's new/ folder until interrupted."))) var watch = false
    @Option(help: ArgumentHelp(tr("Seconds between looks at new/ with --watch."), valueName: "s")) var interval: Double = 1

    func validate() throws {
        if watch && (paths.count != 1 || !Maildir.isMaildir(paths[0])) {
            throw ValidationError(tr("--watch takes exactly one Maildir folder (one with cur/ and new/ inside)"))
        }
        guard interval >= 0.1 && interval <= 3600 else { throw ValidationError(tr("--interval must be between 0.1 and 3600 seconds")) }
    }

    func run() throws {
        let store = try Session.openStore(options)
        let importer = MailImportRun(intake: MailIntake(store: store), report: Self.report)
        if watch {
            print(MailWatch(importer: importer, maildir: Maildir(path: paths[0]), interval: interval).run().line)
            return
        }
        let summary = try Self.importWithProgress(importer, paths: paths)
        print(summary.line)
        if summary.failed > 0 {
            throw CLIError(summary.failed == 1 ? tr("1 message could not be imported (listed above); the others were")
                           : tr("%@ messages could not be imported (listed above); the others were", summary.failed))
        }
    }

    /// The import with a progress bar over the messages the paths hold; Ctrl-C stops between
    /// messages, each of which was saved in its own transaction.
    static func importWithProgress(_ importer: MailImportRun, paths: [String]) throws -> MailImportSummary {
        var importer = importer
        let total = MailImportRun.messageCount(paths)
        let progress = ProgressLine(total: total, unit: "messages", phase: "mail import")
        let report = importer.report
        importer.report = { source, outcome in
            progress.interleave { report(source, outcome) }
            progress.advance()
        }
        Interruption.install()
        importer.shouldStop = { Interruption.requested }
        let summary = importer.run(paths)
        progress.finish()
        if summary.stopped {
            print(summary.line)
            throw Interrupted(message: tr("after %@ of %@ messages; run it again to continue — already imported messages are skipped", summary.total, total))
        }
        return summary
    }

    /// One line per message on standard output; failures on standard error with the file and reason.
    /// Reasons quote the message (its Message-ID, a header the parser choked on): a sender's escape
    /// sequences are shown as symbols, never sent to the operator's terminal.
    static func report(_ source: String, _ outcome: MailOutcome) {
        let source = SafeText.sanitize(source)
        switch outcome {
        case let .created(id): print(tr("#%@ created from %@", id, source))
        case let .threaded(id): print(tr("#%@ reply from %@", id, source))
        case let .skipped(reason): print(tr("skipped %@: %@", source, SafeText.sanitize(L10n.known(reason))))
        case let .failed(reason): FileHandle.standardError.write(Data("helpdesk: \(source): \(SafeText.sanitize(reason))\n".utf8))
        }
    }
}
