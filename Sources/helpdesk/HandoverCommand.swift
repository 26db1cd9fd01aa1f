import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

struct HandoverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handover",
        abstract: tr("Shift handovers: the outgoing lead's note with a queue snapshot, acknowledged by the incoming lead."),
        subcommands: [HandoverNew.self, HandoverShow.self, HandoverList.self, HandoverAck.self, HandoverExport.self]
    )
}

/// A handover number, written "4" or "#4".
struct HandoverID: ExpressibleByArgument {
    let value: Int64

    init?(argument: String) {
        let digits = argument.hasPrefix("#") ? String(argument.dropFirst()) : argument
        guard let n = Int64(digits), n > 0 else { return nil }
        value = n
    }
}

struct HandoverNew: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: tr("Write the handover for the shift that is ending (leads and admins); the queue snapshot is attached."),
        discussion: tr("The note comes from --note, --note-file, or standard input when neither is given."))
    @OptionGroup var options: GlobalOptions
    @Option(help: ArgumentHelp(tr("The note (Chinese or English)."))) var note: String?
    @Option(help: ArgumentHelp(tr("Read the note from a UTF-8 file."), valueName: "path")) var noteFile: String?
    @Option(help: ArgumentHelp(tr("Which shift this closes (default: its start and end times)."))) var shift: String = ""
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if note != nil && noteFile != nil { throw ValidationError(tr("give the note with --note or --note-file, not both")) }
    }

    func run() throws {
        let session = try Session.open(options)
        // Refused before the note is typed, not after.
        try AccessPolicy.checkWriteHandover(by: session.actor)
        let text = try noteText()
        let handover = try session.store.saveHandover(note: text, shiftLabel: shift, by: session.actor, at: Date())
        if output.json {
            print(try JSONOutput.encode(handover))
            return
        }
        let s = handover.snapshot
        print(tr("saved handover #%@ (%@): %@ open P1/P2, %@ breached, %@ at risk, %@ escalated, %@ unassigned, %@ resolved this shift",
                 handover.id, SafeText.sanitize(handover.shiftLabel), s.highPriority.total, s.breached.total, s.atRisk.total,
                 s.escalated.total, s.unassigned, s.resolved.total))
    }

    private func noteText() throws -> String {
        if let note { return note }
        if let noteFile {
            guard let data = FileManager.default.contents(atPath: noteFile) else {
                throw CLIError(tr("cannot read the note file %@: it does not exist or is not readable", noteFile))
            }
            guard let text = String(data: data, encoding: .utf8) else { throw CLIError(tr("%@ is not UTF-8 text", noteFile)) }
            return text
        }
        if isatty(STDIN_FILENO) == 1 {
            FileHandle.standardError.write(Data((tr("Type the handover note; end it with Ctrl-D on a line of its own.") + "\n").utf8))
        }
        return try textArgument("-")
    }
}

struct HandoverAck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ack", abstract: tr("Acknowledge a handover as the incoming lead, with an optional reply."))
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(tr("The handover's number."), valueName: "id")) var id: HandoverID
    @Option(help: ArgumentHelp(tr("A reply to the outgoing lead."))) var reply: String?

    func run() throws {
        let session = try Session.open(options)
        let handover = try session.store.acknowledgeHandover(id: id.value, reply: reply, by: session.actor, at: Date())
        print(handover.ackReply == nil ? tr("acknowledged handover #%@ from %@", handover.id, handover.author)
              : tr("acknowledged handover #%@ from %@ with a reply", handover.id, handover.author))

    }
}

struct HandoverList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: tr("List handovers, newest first."))
    @OptionGroup var options: GlobalOptions
    @Option(help: ArgumentHelp(tr("Only handovers whose note, shift or reply contains every word (Chinese or English)."))) var search: String = ""
    @Flag(help: ArgumentHelp(tr("Only handovers still waiting for an acknowledgement."))) var unacknowledged = false
    @Option(help: ArgumentHelp(tr("Most handovers to list."))) var limit: Int = 50
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (1...10_000).contains(limit) else { throw ValidationError(tr("--limit must be between 1 and 10000")) }
    }

    func run() throws {
        let session = try Session.open(options)
        let found = try session.store.handovers(search: search, unacknowledgedOnly: unacknowledged, limit: limit)
        if output.json {
            print(try JSONOutput.encode(found))
            return
        }
        var table = TextTable(["ID", "WRITTEN", "BY", "SHIFT", "ACKNOWLEDGED", "NOTE"])
        table.maxWidths = [3: 24, 5: 50]
        for h in found {
            let ack = h.acknowledgedBy.map { by in "\(by) " + (h.acknowledgedAt.map(HandoverShow.stamp) ?? "") } ?? "waiting"
            table.add(["#\(h.id)", HandoverShow.stamp(h.createdAt), h.author, h.shiftLabel, ack,
                       String(h.note.split(whereSeparator: \.isNewline).first ?? "")])
        }
        print(table.render())
        print(found.count == 1 ? "1 handover" : "\(found.count) handovers")
    }
}
