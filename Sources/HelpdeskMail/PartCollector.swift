import Foundation

/// Walks a MIME tree, gathering the text bodies and the attachments of one message.
struct PartCollector {
    var plain: [String] = []
    var html: [String] = []
    var attachments: [MailAttachment] = []
    var warnings: [String] = []

    /// text/plain parts, else the HTML parts as text.
    func bodyText() -> String {
        let texts = plain.isEmpty ? html.map(HTMLText.text(fromHTML:)) : plain
        return texts.map { $0.trimmedMail }.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    mutating func walk(headers: MessageHeaders, body: ArraySlice<UInt8>, depth: Int) throws {
        guard depth <= MessageParser.maximumDepth else {
            throw MailParseError("MIME parts nested more than \(MessageParser.maximumDepth) deep")
        }
        let type = HeaderValue(headers.raw("Content-Type") ?? "text/plain")
        let mediaType = type.value.isEmpty ? "text/plain" : type.value
        if mediaType.hasPrefix("multipart/") {
            guard let boundary = type.parameters["boundary"], !boundary.isEmpty else {
                throw MailParseError("\(mediaType) without a boundary parameter: its parts cannot be told apart")
            }
            guard let (parts, closed) = MessageParser.splitMultipart(body, boundary: boundary) else {
                throw MailParseError("the boundary “\(boundary.prefix(70))” of \(mediaType) never appears in the body")
            }
            if !closed { warnings.append("\(mediaType) has no closing boundary; read to the end of the message") }
            for part in parts {
                let (partHeader, partBody) = MessageParser.splitHeader(part)
                try walk(headers: MessageHeaders.parse(partHeader), body: partBody, depth: depth + 1)
            }
            return
        }
        let disposition = HeaderValue(headers.raw("Content-Disposition") ?? "")
        let filename = disposition.parameters["filename"] ?? type.parameters["name"]
        let isText = mediaType == "text/plain" || mediaType == "text/html"
        let isAttachment = disposition.value == "attachment" || !isText || (filename != nil && disposition.value != "inline")
        let encoding = (headers.raw("Content-Transfer-Encoding") ?? "7bit").trimmedMail.lowercased()
        let bytes: [UInt8]
        switch encoding {
        case "base64":
            guard let decoded = TransferEncoding.base64(body) else {
                if isAttachment {
                    warnings.append("the base64 data of attachment “\(filename ?? mediaType)” is cut short")
                    attachments.append(MailAttachment(name: filename ?? Self.defaultName(mediaType), contentType: mediaType, size: 0))
                    return
                }
                throw MailParseError("the base64 text of the \(mediaType) body is damaged (it ends mid-character)")
            }
            bytes = decoded
        case "quoted-printable":
            bytes = TransferEncoding.quotedPrintable(body)
        case "7bit", "8bit", "binary", "":
            bytes = Array(body)
        default:
            warnings.append("unknown Content-Transfer-Encoding “\(encoding.prefix(30))”, read as 8bit")
            bytes = Array(body)
        }
        if isAttachment {
            attachments.append(MailAttachment(name: filename ?? Self.defaultName(mediaType), contentType: mediaType, size: bytes.count))
            return
        }
        let charset = type.parameters["charset"]
        let (text, guessed) = Charset.bestEffort(bytes, charset: charset)
        if guessed { warnings.append("charset “\(charset ?? "none")” could not be read; the text was decoded by guess") }
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
        if mediaType == "text/html" { html.append(normalized) } else { plain.append(normalized) }
    }

    static func defaultName(_ mediaType: String) -> String {
        let subtype = mediaType.split(separator: "/").last.map(String.init) ?? "bin"
        return mediaType == "message/rfc822" ? "forwarded-message.eml" : "attachment." + subtype
    }
}
