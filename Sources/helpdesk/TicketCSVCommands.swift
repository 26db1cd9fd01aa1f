import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

struct TicketImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: tr("Import tickets from a CSV file (the columns of ticket export; see docs/admin.md)."),
        discussion: tr("The file is UTF-8 (with or without a byte order mark), RFC 4180 quoting. Every row is checked first; errors name the line where the row starts and the column. A file with any bad row imports nothing unless --skip-bad is given, which imports the good rows and lists the bad ones. Tickets are imported as history: status, dates and priority as written.")
    )
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(tr("The CSV file."), valueName: "file.csv")) var file: String
    @Flag(name: .customLong("skip-bad"), help: ArgumentHelp(tr("Import the good rows and list the bad ones."))) var skipBad = false
    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(tr("Check the file and say what would be imported; change nothing."))) var dryRun = false

    func run() throws {
        let session = try Session.open(options)
        // Refused (and audited) before the file is read; the store checks again when it writes.
        try session.store.check(.importTickets, by: session.actor, at: Date(), action: "ticket import")
        let text = try Self.readUTF8(file)
        let engineers = Set(try session.store.engineers().map(\.login))
        let parsed = TicketCSV.parse(text, importedBy: session.me.login, at: Date(), rules: try session.store.priorityRules(),
                                     isKnownEngineer: engineers.contains, isTakenID: { (try? session.store.ticketExists($0)) ?? false })
        for error in parsed.errors {
            FileHandle.standardError.write(Data("helpdesk: \(file): \(error)\n".utf8))
        }
        let bad = parsed.badLines.count
        if bad > 0 && !skipBad {
            throw CLIError(bad == 1 ? tr("%@: 1 bad row (listed above); nothing was imported. Fix it, or use --skip-bad to import the %@ good rows", file, parsed.rows.count)
                           : tr("%@: %@ bad rows (listed above); nothing was imported. Fix them, or use --skip-bad to import the %@ good rows", file, bad, parsed.rows.count))
        }
        if dryRun {
            print(tr("dry run: %@ would be imported, %@ skipped; nothing changed", Self.tickets(parsed.rows.count), Self.badRows(bad)))
            return
        }
        let total = parsed.rows.count
        let progress = ProgressLine(total: total, unit: "tickets", phase: "ticket import")
        Interruption.install()
        let ids: [Int64]
        do {
            ids = try session.store.importTickets(parsed.rows.map(\.record), by: session.actor, at: Date()) { done in
                progress.update(done: done)
                try Interruption.check(tr("after writing %@ of %@ tickets; the import is one transaction, so nothing was imported; run it again", done, total))
            }
        } catch {
            progress.finish()
            throw error
        }
        progress.finish()
        let range = ids.isEmpty ? "" : " (#\(ids.min()!)–#\(ids.max()!))"
        print(tr("imported %@", Self.tickets(ids.count)) + range + (bad > 0 ? tr(", skipped %@", Self.badRows(bad)) : ""))
    }

    /// "1 ticket", "3 tickets" / "3 张工单".
    private static func tickets(_ n: Int) -> String { n == 1 ? tr("1 ticket") : tr("%@ tickets", n) }

    /// "1 bad row", "3 bad rows" / "3 行有误".
    private static func badRows(_ n: Int) -> String { n == 1 ? tr("1 bad row") : tr("%@ bad rows", n) }



    /// The file's text; a byte that is not UTF-8 is reported with its line.
    static func readUTF8(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else { throw CLIError(tr("cannot read %@", path)) }
        if let text = String(data: data, encoding: .utf8) { return text }
        let bytes = [UInt8](data)
        var line = 1
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            if String(validating: bytes[start..<index], as: UTF8.self) == nil { break }
            line += 1
            start = index + 1
        }
        throw CLIError(tr("%@ is not UTF-8 text (line %@); save it as “CSV UTF-8” and try again", path, line))
    }
}

struct TicketExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: tr("Write tickets as CSV (every ticket, or one queue view); ticket import reads it back.")
    )
    @OptionGroup var options: GlobalOptions
    @Option(help: ArgumentHelp(tr("Only this view: mine, unassigned, open, at_risk, escalated, pending or resolved."))) var view: QueueView?
    @Option(name: .shortAndLong, help: ArgumentHelp(tr("Write to this file instead of standard output."), valueName: "file.csv")) var output: String?

    func run() throws {
        let session = try Session.open(options)
        let sink = try CSVSink(path: output)
        sink.write(TicketCSV.header)
        Interruption.install()
        let progress = ProgressLine(total: view == nil ? try session.store.ticketCount() : nil, unit: "tickets", phase: "ticket export")
        do {
            try export(session, into: sink, progress: progress)
        } catch {
            progress.finish()
            sink.discard()
            throw error
        }
        progress.finish()
        try sink.close()
        let count = progress.done
        if let output { FileHandle.standardError.write(Data(((count == 1 ? tr("exported 1 ticket to %@", output) : tr("exported %@ tickets to %@", count, output)) + "\n").utf8)) }
    }

    /// Pages of a thousand tickets; Ctrl-C is honoured between pages.
    private func export(_ session: Session, into sink: CSVSink, progress: ProgressLine) throws {
        let stopped = { (count: Int) in
            "after \(count) of \(progress.total.map(String.init) ?? "the") tickets; " + (output.map { "no file was written (\($0) is as it was)" } ?? "the output holds the first \(count)")
        }
        if let view {
            let now = Date()
            while true {
                try Interruption.check(stopped(progress.done))
                let page = try session.store.queue(QueueQuery(view: view, login: session.me.login, sort: .id, offset: progress.done, limit: 1000, now: now))
                for row in page.rows { sink.write(TicketCSV.line(for: try session.store.ticket(id: row.id))) }
                progress.update(done: progress.done + page.rows.count, total: page.total)
                if page.rows.count < 1000 { break }
            }
        } else {
            var last: Int64 = 0
            while true {
                try Interruption.check(stopped(progress.done))
                let tickets = try session.store.tickets(afterID: last, limit: 1000)
                for ticket in tickets { sink.write(TicketCSV.line(for: ticket)) }
                progress.update(done: progress.done + tickets.count)
                guard let next = tickets.last?.id else { break }
                last = next
            }
        }
    }
}
