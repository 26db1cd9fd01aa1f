import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

struct SurveyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "survey",
        abstract: tr("Satisfaction survey results (满意度回访): import them, list the low ones."),
        subcommands: [SurveyImport.self, SurveyLow.self])
}

struct SurveyImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: tr("Import results from CSV with the header ticket_id,score,comment,at."),
        discussion: tr("at is ISO 8601 (2026-11-03T10:00:00+08:00), local \"2026-11-03 10:00\", or empty for now. Bad lines are reported by number; the others are imported."))
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(tr("The CSV file."), valueName: "file")) var file: String

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else { throw CLIError(tr("cannot read %@", file)) }
        guard let text = String(data: data, encoding: .utf8) else { throw CLIError(tr("%@ is not UTF-8 text; save it as UTF-8 CSV", file)) }
        let session = try Session.open(options)
        let parsed = SurveyCSV.parse(text, timeZone: .current)
        let total = parsed.lines.count
        Interruption.install()
        let progress = ProgressLine(total: total, unit: "results", phase: "survey import")
        let outcome: (imported: Int, errors: [SurveyLineError])
        do {
            outcome = try session.store.importSurveys(parsed.lines, by: session.actor, at: Date()) { done in
                progress.update(done: done)
                try Interruption.check(tr("after %@ of %@ results; the file is imported in one transaction, so nothing was imported; run it again", done, total))
            }
            progress.update(done: total)
        } catch {
            progress.finish()
            throw error
        }
        progress.finish()
        let errors = (parsed.errors + outcome.errors).sorted { $0.line < $1.line }
        for error in errors { FileHandle.standardError.write(Data("\(file): \(SafeText.sanitize(error.description))\n".utf8)) }
        print(outcome.imported == 1 ? tr("imported 1 survey result") : tr("imported %@ survey results", outcome.imported))
        if !errors.isEmpty {
            throw CLIError(errors.count == 1 ? tr("1 line was refused (listed above); correct them and import those lines again")

                           : tr("%@ lines were refused (listed above); correct them and import those lines again", errors.count))
        }
    }
}

struct SurveyLow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "low", abstract: tr("Tickets scored 2 or less, newest first, for the lead."))
    @OptionGroup var options: GlobalOptions
    @Option(help: ArgumentHelp(tr("How many days back (1–3660)."))) var days: Int = 30
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (1...3_660).contains(days) else { throw ValidationError(tr("--days must be between 1 and 3660")) }
    }

    func run() throws {
        let session = try Session.open(options)
        let low = try session.store.lowSatisfaction(since: Date().addingTimeInterval(-Double(days) * 86_400))
        if output.json { print(try JSONOutput.encode(low.map(\.result))); return }
        guard !low.isEmpty else { print(tr("no low satisfaction in the last %@ days", days)); return }
        var table = TextTable(["ID", "SCORE", "STATUS", "ASSIGNEE", "AT", "TITLE", "COMMENT"])
        table.maxWidths = [5: 30]
        for item in low {
            table.add(["#\(item.result.ticketID)", "\(item.result.score)/5", item.status.rawValue, item.assignee ?? "—",
                       LocalDate(item.result.at, in: .current).description, item.title, item.result.comment])
        }
        print(table.render())
    }
}

struct TicketSurvey: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "survey", abstract: tr("Record the satisfaction survey of a resolved ticket (score 1–5)."))
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(tr("Ticket number (42 or #42)."), valueName: "id")) var id: TicketID
    @Option(help: ArgumentHelp(tr("1 (very unhappy) to 5 (very happy)."))) var score: Int
    @Option(help: ArgumentHelp(tr("What the requester said."))) var comment: String = ""

    func run() throws {
        let session = try Session.open(options)
        let result = try session.store.recordSurvey(ticketID: id.value, score: score, comment: comment, by: session.actor, at: Date())
        print(tr("#%@ satisfaction %@/5 recorded", result.ticketID, result.score))
        if result.isLow {
            print(tr("low score: flagged for the lead. To reopen it: %@", Satisfaction.reopenHint(ticketID: result.ticketID, score: result.score)))

        }
    }
}
