import Foundation
import HelpdeskCore
import HelpdeskStore

extension TicketShow {
    /// The attachments that came with the ticket's e-mails (recorded, not stored), after the timeline.
    static func attachmentLines(_ attachments: [HelpdeskStore.AttachmentRecord]) -> String {
        guard !attachments.isEmpty else { return "" }
        var lines = ["", "Attachments (recorded from e-mail; the files stay in the mailbox)"]
        for attachment in attachments {
            let origin = attachment.commentID == nil ? "" : "  (with a reply)"
            lines.append("  \(SafeText.sanitize(attachment.name))  \(attachment.contentType), \(byteCount(attachment.size))\(origin)")
        }
        return "\n" + lines.joined(separator: "\n")
    }

    static func byteCount(_ size: Int) -> String {
        if size < 1024 { return "\(size) B" }
        if size < 1024 * 1024 { return String(format: "%.1f KB", Double(size) / 1024) }
        return String(format: "%.1f MB", Double(size) / 1024 / 1024)
    }
}
