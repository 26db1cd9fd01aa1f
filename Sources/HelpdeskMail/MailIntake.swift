import Foundation
import HelpdeskCore
import HelpdeskStore

/// What became of one message.
public enum MailOutcome: Sendable, Equatable {
    case created(ticketID: Int64)
    case threaded(ticketID: Int64)
    case skipped(String)
    case failed(String)
}

/// Turns messages into tickets and replies: a new message becomes a ticket through the store's
/// `createTicket` (priority rules, and auto-assignment when its team has it on); a reply found
/// by its "[#id]" tag, In-Reply-To or References becomes a public comment from the requester.
public struct MailIntake: Sendable {
    /// Who the audit log names for tickets made from mail.
    public static let actor = Actor(login: "mail", role: .admin, tier: .l2)

    public let store: HelpdeskStore
    public let now: @Sendable () -> Date

    public init(store: HelpdeskStore, now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.now = now
    }

    /// Takes one raw message; never throws: every problem is an outcome with its reason.
    public func take(_ raw: [UInt8]) -> MailOutcome {
        if let id = MessageParser.messageID(raw), (try? store.hasMailMessage(id)) == true {
            return .skipped("already imported (Message-ID <\(id)>)")
        }
        let message: MailMessage
        do { message = try MessageParser.parse(raw) } catch { return .failed("\(error)") }
        let key = message.messageID ?? "sha256:" + SHA256.hex(raw)
        do {
            if try store.hasMailMessage(key) {
                return .skipped(message.messageID.map { "already imported (Message-ID <\($0)>)" } ?? "already imported (same content)")
            }
            let attachments = message.attachments.map {
                HelpdeskStore.AttachmentRecord(name: String($0.name.prefix(255)), contentType: String($0.contentType.prefix(100)), size: $0.size)
            }
            // A NUL (quoted-printable "=00", say) cannot be stored; the rest of the message can.
            let body = Self.limited(message.body.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}"))
            if let ticketID = try thread(of: message) {
                _ = try store.addCustomerReply(ReplyText.newPart(of: body), author: message.from.address, to: ticketID, messageID: key,
                                               attachments: attachments, at: now())
                return .threaded(ticketID: ticketID)
            }
            var name = message.from.name
            if name.isEmpty { name = try store.requester(contact: message.from.address)?.name ?? message.from.displayName }
            // A title is one line: encoded words can carry line breaks and tabs.
            var title = SubjectLine.cleaned(message.subject).split(whereSeparator: { $0.isNewline || $0 == "\t" }).joined(separator: " ")
            if title.isEmpty { title = "(no subject)" }
            let draft = NewTicket(title: String(title.prefix(Limits.titleCharacters)), description: body,
                                  requester: Requester(name: String(name.prefix(Limits.nameCharacters)), contact: message.from.address),
                                  channel: .email)
            let ticket = try store.createTicket(draft, messageID: key, attachments: attachments, by: Self.actor, at: now())
            return .created(ticketID: ticket.id)
        } catch {
            // Another intake (a second --watch on the same Maildir) saved it first.
            if (try? store.hasMailMessage(key)) == true { return .skipped("imported meanwhile by another helpdesk process") }
            return .failed("\(error)")
        }
    }

    /// The ticket a reply belongs to: "[#id]" in the subject, then In-Reply-To, then References (newest first).
    func thread(of message: MailMessage) throws -> Int64? {
        // A "[#id]" anyone can type: it threads only mail from the ticket's own requester, so a stranger
        // cannot write on someone else's ticket (or end its wait on the customer). Replies to our own
        // Message-IDs thread whoever sends them, as a colleague in copy may answer.
        if let id = SubjectLine.ticketID(in: message.subject), try store.ticketExists(id),
           try store.ticket(id: id).requester.contact.caseInsensitiveCompare(message.from.address) == .orderedSame {
            return id
        }
        if let id = try store.ticketID(forMessageIDs: message.inReplyTo) { return id }
        return try store.ticketID(forMessageIDs: message.references.reversed())
    }

    /// The longest body a ticket takes; a longer mail keeps its start and says it was cut.
    static func limited(_ body: String) -> String {
        guard body.count > Limits.bodyCharacters else { return body }
        let note = "\n\n[… the rest of this e-mail was cut: tickets hold at most \(Limits.bodyCharacters) characters]"
        return String(body.prefix(Limits.bodyCharacters - note.count)) + note
    }
}
