/// What the helpdesk keeps of one e-mail: sender, subject, threading ids, readable body, attachments.
public struct MailMessage: Sendable, Equatable {
    public var from: MailAddress
    /// Decoded subject as written (with any Re: and [#id] still in it).
    public var subject: String
    /// Message-ID without angle brackets, if the message has one.
    public var messageID: String?
    public var inReplyTo: [String]
    /// Oldest first, as in the header.
    public var references: [String]
    /// The text/plain body, else text from the HTML body; line breaks are "\n".
    public var body: String
    public var attachments: [MailAttachment]
    /// What was odd but readable (a header line without a colon, an unknown charset…).
    public var warnings: [String]

    public init(from: MailAddress, subject: String, messageID: String?, inReplyTo: [String], references: [String],
                body: String, attachments: [MailAttachment], warnings: [String]) {
        self.from = from
        self.subject = subject
        self.messageID = messageID
        self.inReplyTo = inReplyTo
        self.references = references
        self.body = body
        self.attachments = attachments
        self.warnings = warnings
    }
}

/// An attachment as recorded (its content is not stored).
public struct MailAttachment: Sendable, Equatable {
    public var name: String
    /// Lower-cased MIME type, e.g. "application/pdf".
    public var contentType: String
    /// Decoded size in bytes.
    public var size: Int

    public init(name: String, contentType: String, size: Int) {
        self.name = name
        self.contentType = contentType
        self.size = size
    }
}

/// Why a message could not be read; the text is meant for the person running the import.
public struct MailParseError: Error, Equatable, CustomStringConvertible {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}
