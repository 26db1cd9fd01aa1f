/// RFC 2047 encoded words in header text: `=?charset?B?…?=` and `=?charset?Q?…?=`.
///
/// Adjacent encoded words (only white space between them) are joined without the space, and
/// words in the same charset are decoded together, because mailers split a multi-byte character
/// across two words. A word that does not decode is left as written, so nothing is lost.
public enum EncodedWords {
    /// The header value with its encoded words decoded.
    public static func decode(_ value: String) -> String {
        guard value.contains("=?") else { return value }
        var result = ""
        var pending: (charset: String, bytes: [UInt8])?
        var gap = ""   // white space after an encoded word, dropped if another word follows
        var rest = Substring(value)

        func flushPending() {
            if let word = pending {
                result += Charset.bestEffort(word.bytes, charset: word.charset).text
                pending = nil
            }
        }

        while !rest.isEmpty {
            if rest.hasPrefix("=?"), let (charset, bytes, length) = word(at: rest) {
                if let current = pending, current.charset.lowercased() == charset.lowercased() {
                    pending = (current.charset, current.bytes + bytes)
                } else {
                    flushPending()
                    pending = (charset, bytes)
                }
                gap = ""
                rest = rest.dropFirst(length)
                continue
            }
            let character = rest.first!
            if pending != nil, character == " " || character == "\t" || character == "\r" || character == "\n" {
                gap.append(character)
                rest = rest.dropFirst()
                continue
            }
            flushPending()
            result += gap
            gap = ""
            result.append(character)
            rest = rest.dropFirst()
        }
        flushPending()
        return result + gap
    }

    private static func isBase64Character(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
            || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")
    }

    /// One encoded word at the start of `text`: its charset, decoded bytes and length in characters.
    static func word(at text: Substring) -> (String, [UInt8], Int)? {
        let parts = text.dropFirst(2)
        guard let q1 = parts.firstIndex(of: "?") else { return nil }
        var charset = String(parts[parts.startIndex..<q1])
        // RFC 2231 adds a language: =?utf-8*zh-cn?B?…?=
        if let star = charset.firstIndex(of: "*") { charset = String(charset[..<star]) }
        let afterCharset = parts[parts.index(after: q1)...]
        guard let encoding = afterCharset.first, afterCharset.dropFirst().first == "?" else { return nil }
        let payloadStart = afterCharset.dropFirst(2)
        guard let end = payloadStart.range(of: "?=") else { return nil }
        let payload = payloadStart[payloadStart.startIndex..<end.lowerBound]
        guard !charset.isEmpty, !payload.contains(" "), !payload.contains("\t") else { return nil }
        let raw = Array(payload.utf8)[...]
        let bytes: [UInt8]?
        switch encoding {
        case "B", "b":
            // Inside a header, anything outside the alphabet means this is not really an encoded word.
            bytes = raw.allSatisfy(isBase64Character) ? TransferEncoding.base64(raw) : nil
        case "Q", "q": bytes = TransferEncoding.quotedPrintable(raw, underscoreIsSpace: true)
        default: bytes = nil
        }
        // Validity is judged once the words in this charset are joined (see above).
        guard let bytes, Charset.isKnown(charset) else { return nil }
        let length = text.distance(from: text.startIndex, to: end.upperBound)
        return (charset, bytes, length)
    }
}
