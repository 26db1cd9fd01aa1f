import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

struct TicketImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: tr("Import tickets from a CSV file (the columns of ticket export; see docs/admin.md)."),
        discussion: """
            The file is UTF-8 (with or without a byte order mark), RFC 4180 quoting. Every row is checked \
            first; errors name the line where the row starts and the column. A file with any bad row \
            imports nothing unless --skip-bad is given, which imports the good rows and lists the bad ones. \
            Tickets are imported as history: status, dates and priority as written.
            """
    )
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp("The CSV file.", valueName: "file.csv")) var file: String
    @Flag(name: .customLong("skip-bad"), help: "Import the good rows and list the bad ones.") var skipBad = false
    @Flag(name: .customLong("dry-run"), help: "Check the file and say what would be imported; change nothing.") var dryRun = false

    func run() throws {
        let session = try Session.open(options)
        guard session.me.role != .agent else { throw CLIError(tr("importing tickets is for leads and admins; ask one to run it")) }
        let text = try Self.readUTF8(file)
        let engineers = Set(try session.store.engineers().map(\.login))
        let parsed = TicketCSV.parse(text, importedBy: session.me.login, at: Date(), rules: try session.store.priorityRules(),
                                     isKnownEngineer: engineers.contains, isTakenID: { (try? session.store.ticketExists($0)) ?? false })
        for error in parsed.errors {
            FileHandle.standardError.write(Data("helpdesk: \(file): \(error)\n".utf8))
        }
        let bad = parsed.badLines.count
        if bad > 0 && !skipBad {
            throw CLIError("\(file): \(bad) bad row\(bad == 1 ? "" : "s") (listed above); nothing was imported. Fix them, or use --skip-bad to import the \(parsed.rows.count) good rows")
        }
        if dryRun {
            print(tr("dry run: %@ would be imported, %@ skipped; nothing changed", Self.tickets(parsed.rows.count), Self.badRows(bad)))
            return
        }
        let ids = try session.store.importTickets(parsed.rows.map(\.record))
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
    @Option(help: "Only this view: mine, unassigned, open, at_risk, escalated, pending or resolved.") var view: QueueView?
    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file.csv")) var output: String?

    func run() throws {
        let session = try Session.open(options)
        var sink = try CSVSink(path: output)
        sink.write(TicketCSV.header)
        var count = 0
        if let view {
            let now = Date()
            var offset = 0
            while true {
                let page = try session.store.queue(QueueQuery(view: view, login: session.me.login, sort: .id, offset: offset, limit: 1000, now: now))
                for row in page.rows { sink.write(TicketCSV.line(for: try session.store.ticket(id: row.id))) }
                count += page.rows.count
                offset += page.rows.count
                if page.rows.count < 1000 { break }
            }
        } else {
            var last: Int64 = 0
            while true {
                let tickets = try session.store.tickets(afterID: last, limit: 1000)
                for ticket in tickets { sink.write(TicketCSV.line(for: ticket)) }
                count += tickets.count
                guard let next = tickets.last?.id else { break }
                last = next
            }
        }
        try sink.close()
        if let output { FileHandle.standardError.write(Data("exported \(count) ticket\(count == 1 ? "" : "s") to \(output)\n".utf8)) }
    }
}

/// Standard output or a file written beside its target and renamed at the end, so an
/// interrupted export never leaves a half-written file under the real name.
struct CSVSink {
    let path: String?
    let handle: FileHandle
    let temporary: String?

    init(path: String?) throws {
        self.path = path
        guard let path else {
            handle = .standardOutput
            temporary = nil
            return
        }
        let temporary = path + ".part"
        guard FileManager.default.createFile(atPath: temporary, contents: nil), let handle = FileHandle(forWritingAtPath: temporary) else {
            throw CLIError(tr("cannot write %@", path))
        }
        self.handle = handle
        self.temporary = temporary
    }

    mutating func write(_ text: String) { handle.write(Data(text.utf8)) }

    func close() throws {
        guard let path, let temporary else { return }
        try handle.close()
        guard rename(temporary, path) == 0 else { throw CLIError("cannot write \(path): \(String(cString: strerror(errno)))") }
    }
}
