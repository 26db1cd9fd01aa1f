/// Reads one raw RFC 5322 message (MIME included) into a `MailMessage`.
///
/// Pure: bytes in, message or `MailParseError` out. Lenient where mailers are sloppy (header
/// lines without a colon, unknown charsets, missing closing boundary — each noted as a warning),
/// strict where guessing would invent content (no header at all, no sender address, a
/// multipart body without its boundary).
public enum MessageParser {
    /// Deeper nesting than this is refused rather than recursed into (a hostile message could nest thousands).
    static let maximumDepth = 20

    /// Parses the message, or says why it cannot be read.
    public static func parse(_ raw: [UInt8]) throws -> MailMessage {
        guard raw.contains(where: { $0 != 0x0A && $0 != 0x0D && $0 != 0x20 && $0 != 0x09 }) else {
            throw MailParseError("the message is empty")
        }
        let (headerBytes, body) = splitHeader(raw[...])
        let headers = MessageHeaders.parse(headerBytes)
        guard !headers.fields.isEmpty else { throw MailParseError("no header fields: this does not look like an e-mail message") }
        guard let fromRaw = headers.raw("From") else { throw MailParseError("no From header, so there is no requester") }
        guard let from = MailAddress.parse(fromRaw) else {
            throw MailParseError("the From header “\(EncodedWords.decode(fromRaw).trimmedMail.prefix(80))” holds no e-mail address")
        }
        var collected = PartCollector()
        for line in headers.malformedLines {
            collected.warnings.append("header line without a colon ignored: “\(line.prefix(60))”")
        }
        try collected.walk(headers: headers, body: body, depth: 0)
        let subject = headers.text("Subject") ?? ""
        return MailMessage(
            from: from, subject: subject,
            messageID: headers.raw("Message-ID").flatMap { messageIDs(in: $0).first },
            inReplyTo: headers.raw("In-Reply-To").map(messageIDs(in:)) ?? [],
            references: headers.raw("References").map(messageIDs(in:)) ?? [],
            body: collected.bodyText(), attachments: collected.attachments, warnings: collected.warnings)
    }

    /// The Message-ID alone, read from the header block without decoding the body: a re-import
    /// of a large mailbox skips known messages at the cost of their headers only.
    public static func messageID(_ raw: [UInt8]) -> String? {
        let (headerBytes, _) = splitHeader(raw[...])
        return MessageHeaders.parse(headerBytes).raw("Message-ID").flatMap { messageIDs(in: $0).first }
    }

    /// The ids inside angle brackets; a bare token when there are none (some mailers omit them).
    public static func messageIDs(in raw: String) -> [String] {
        var ids: [String] = []
        var rest = Substring(raw)
        while let open = rest.firstIndex(of: "<"), let close = rest[open...].firstIndex(of: ">") {
            let id = rest[rest.index(after: open)..<close].trimmedMail
            if !id.isEmpty { ids.append(id) }
            rest = rest[rest.index(after: close)...]
        }
        if ids.isEmpty {
            let bare = raw.trimmedMail
            if !bare.isEmpty, !bare.contains(where: \.isWhitespace) { ids.append(bare) }
        }
        return ids
    }

    /// Header bytes and body bytes, split at the first empty line (LF or CRLF).
    static func splitHeader(_ bytes: ArraySlice<UInt8>) -> (ArraySlice<UInt8>, ArraySlice<UInt8>) {
        var i = bytes.startIndex
        var lineStart = i
        while i < bytes.endIndex {
            if bytes[i] == 0x0A {
                let line = bytes[lineStart..<i]
                if line.isEmpty || (line.count == 1 && line.first == 0x0D) {
                    return (bytes[bytes.startIndex..<lineStart], bytes[(i + 1)...])
                }
                lineStart = i + 1
            }
            i += 1
        }
        // A part may start directly with its body when it has no headers.
        return (bytes, bytes[bytes.endIndex...])
    }

    /// The parts of a multipart body between `--boundary` lines; nil when no delimiter appears.
    static func splitMultipart(_ body: ArraySlice<UInt8>, boundary: String) -> (parts: [ArraySlice<UInt8>], closed: Bool)? {
        let delimiter = Array(("--" + boundary).utf8)
        var parts: [ArraySlice<UInt8>] = []
        var partStart: Int?
        var lineStart = body.startIndex
        var found = false
        while lineStart <= body.endIndex {
            let lineEnd = body[lineStart...].firstIndex(of: 0x0A) ?? body.endIndex
            var line = body[lineStart..<lineEnd]
            while let last = line.last, last == 0x0D || last == 0x20 || last == 0x09 { line = line.dropLast() }
            if line.starts(with: delimiter) {
                let tail = line.dropFirst(delimiter.count)
                if tail.isEmpty || tail.elementsEqual([0x2D, 0x2D]) {
                    found = true
                    if let start = partStart {
                        // The line break before the delimiter belongs to the delimiter.
                        var end = lineStart
                        if end > start, body[end - 1] == 0x0A { end -= 1 }
                        if end > start, body[end - 1] == 0x0D { end -= 1 }
                        parts.append(body[start..<max(start, end)])
                    }
                    if !tail.isEmpty { return (parts, true) }
                    partStart = min(lineEnd + 1, body.endIndex)
                }
            }
            if lineEnd == body.endIndex { break }
            lineStart = lineEnd + 1
        }
        guard found else { return nil }
        if let start = partStart, start < body.endIndex { parts.append(body[start...]) }
        return (parts, false)
    }
}
