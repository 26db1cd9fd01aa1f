import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

struct HandoverShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: tr("Show a handover: note, acknowledgement and snapshot."))
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(tr("The handover's number."), valueName: "id")) var id: HandoverID
    @OptionGroup var output: OutputOptions

    func run() throws {
        let session = try Session.open(options)
        let handover = try session.store.handover(id: id.value)
        if output.json {
            print(try JSONOutput.encode(handover))
            return
        }
        print(Self.render(handover, authorName: try session.store.engineer(login: handover.author)?.name))
    }

    static func render(_ h: Handover, authorName: String?) -> String {
        let clean = { (text: String) in SafeText.sanitize(text) }
        var lines = [tr("Handover #%@", h.id) + (h.shiftLabel.isEmpty ? "" : " — \(clean(h.shiftLabel))")]
        let author = clean(h.author) + (authorName.map { " (\(clean($0)))" } ?? "")
        lines.append(tr("Written by %@ at %@, covering %@ – %@", author, stamp(h.createdAt), stamp(h.snapshot.since), stamp(h.snapshot.takenAt)))
        if let by = h.acknowledgedBy, let at = h.acknowledgedAt {
            lines.append(tr("Acknowledged by %@ at %@", clean(by), stamp(at)) + (h.ackReply.map { ": \(clean($0))" } ?? ""))
        } else {
            lines.append(tr("Not acknowledged yet"))
        }
        lines += ["", tr("Note:")]
        lines += SafeText.sanitize(h.note, .multiLine(tabWidth: 4)).split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
        for section in h.snapshot.tables(timeZone: .current) {
            lines += ["", section.title + ":"]
            guard !section.rows.isEmpty else {
                lines.append("  " + section.emptyText)
                continue
            }
            var table = TextTable(section.headers)
            for row in section.rows { table.add(row) }
            lines += table.render().split(separator: "\n").map { "  " + $0 }
            if section.omitted > 0 { lines.append("  " + tr("…and %@ more", section.omitted)) }

        }
        return lines.joined(separator: "\n")
    }

    static func stamp(_ date: Date) -> String { TicketShow.stamp(date) }
}

struct HandoverExport: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, json }

    static let configuration = CommandConfiguration(
        commandName: "export", abstract: tr("Export a handover as the end-of-shift report for management (Markdown or JSON)."))
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(tr("The handover's number (or use --latest)."), valueName: "id")) var id: HandoverID?
    @Flag(help: ArgumentHelp(tr("Export the newest handover."))) var latest = false
    @Option(help: ArgumentHelp(tr("markdown or json."))) var format: Format = .markdown
    @Option(name: .shortAndLong, help: ArgumentHelp(tr("Write to this file instead of standard output."), valueName: "file")) var output: String?

    func validate() throws {
        if (id == nil) == !latest { throw ValidationError(tr("name one handover: give its number or --latest")) }
    }

    func run() throws {
        let session = try Session.open(options)
        let handover: Handover
        if let id {
            handover = try session.store.handover(id: id.value)
        } else {
            guard let newest = try session.store.latestHandover() else { throw CLIError(tr("there are no handovers yet (write one with: helpdesk handover new)")) }
            handover = newest
        }
        let text: String = switch format {
        case .markdown: HandoverMarkdown.render(handover, authorName: try session.store.engineer(login: handover.author)?.name,
                                                timeZone: .current)
        case .json: try JSONOutput.encode(handover) + "\n"
        }
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        try PrivateFile.write(Data(text.utf8), to: output)
        print(tr("wrote handover #%@ to %@", handover.id, output))
    }
}
