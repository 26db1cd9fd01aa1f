import Foundation

/// What a ticket makes of a mail subject: the title without reply and forward prefixes, and
/// the ticket number when the subject carries a "[#42]" tag.
public enum SubjectLine {
    private static let prefixes = ["re", "fw", "fwd", "aw", "sv", "antw", "回复", "答复", "转发", "回覆", "轉寄"]

    /// The subject without leading "Re:", "Fwd:", "回复：", "[#42]" and the like, repeated.
    public static func cleaned(_ subject: String) -> String {
        var text = Substring(subject.trimmedMail)
        while true {
            let before = text
            if let tag = ticketTagRange(in: text), tag.lowerBound == text.startIndex {
                text = text[tag.upperBound...].drop(while: \.isWhitespace)
            }
            for prefix in prefixes {
                guard text.count > prefix.count, text.lowercased().hasPrefix(prefix) else { continue }
                var rest = text.dropFirst(prefix.count)
                // Re[2]: and Re(2): count replies.
                if rest.first == "[" || rest.first == "(", let close = rest.firstIndex(where: { $0 == "]" || $0 == ")" }),
                   rest[rest.index(after: rest.startIndex)..<close].allSatisfy(\.isNumber) {
                    rest = rest[rest.index(after: close)...]
                }
                rest = rest.drop(while: { $0 == " " })
                if rest.first == ":" || rest.first == "：" {
                    text = rest.dropFirst().drop(while: \.isWhitespace)
                    break
                }
            }
            if text == before { break }
        }
        // A tag later in the subject is dropped too: the ticket number is not part of the title.
        if let tag = ticketTagRange(in: text) {
            let joined = (text[..<tag.lowerBound].trimmedMail + " " + text[tag.upperBound...].trimmedMail)
            return joined.trimmedMail
        }
        return String(text).trimmedMail
    }

    /// The ticket number of the first "[#42]" (or "[#42 …]"-free "#42" inside brackets) tag.
    public static func ticketID(in subject: String) -> Int64? {
        guard let range = ticketTagRange(in: Substring(subject)) else { return nil }
        return Int64(subject[range].filter(\.isNumber))
    }

    private static func ticketTagRange(in text: Substring) -> Range<Substring.Index>? {
        var search = text[...]
        while let open = search.range(of: "[#") {
            let digits = search[open.upperBound...].prefix(while: \.isNumber)
            if !digits.isEmpty, digits.count <= 18, digits.endIndex < search.endIndex, search[digits.endIndex] == "]" {
                return open.lowerBound..<search.index(after: digits.endIndex)
            }
            search = search[open.upperBound...]
        }
        return nil
    }
}
