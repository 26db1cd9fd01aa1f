import Foundation

/// The header block of a message or body part, in order, with folded lines joined.
public struct MessageHeaders: Sendable, Equatable {
    /// Field name as written and raw (undecoded) value.
    public var fields: [(name: String, value: String)]
    /// Lines that were not header fields (no colon), kept for the report.
    public var malformedLines: [String]

    public static func == (a: MessageHeaders, b: MessageHeaders) -> Bool {
        a.fields.map(\.name) == b.fields.map(\.name) && a.fields.map(\.value) == b.fields.map(\.value)
            && a.malformedLines == b.malformedLines
    }

    /// The first field with this name (case-insensitive), raw.
    public func raw(_ name: String) -> String? {
        fields.first { $0.name.caseInsensitiveEquals(name) }?.value
    }

    /// The first field with this name, encoded words decoded and outer white space trimmed.
    public func text(_ name: String) -> String? {
        raw(name).map { EncodedWords.decode($0).trimmedMail }
    }

    /// Parses header lines (bytes up to the blank line). Header bytes that are not UTF-8 are
    /// read as GB18030 or Latin-1: some mailers send raw 8-bit subjects.
    public static func parse(_ bytes: ArraySlice<UInt8>) -> MessageHeaders {
        var fields: [(name: String, value: String)] = []
        var malformed: [String] = []
        for rawLine in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            var line = rawLine
            if line.last == 0x0D { line = line.dropLast() }
            if line.isEmpty { continue }
            let text = Charset.bestEffort(Array(line), charset: nil).text
            if line.first == 0x20 || line.first == 0x09 {
                if fields.isEmpty { malformed.append(text); continue }
                // Unfolding removes the line break only; the leading blank stays (RFC 5322 2.2.3).
                fields[fields.count - 1].value += text
                continue
            }
            guard let colon = text.firstIndex(of: ":") else { malformed.append(text); continue }
            let name = String(text[..<colon]).trimming([" ", "\t"])
            guard !name.isEmpty, name.allSatisfy({ $0.isASCII && !$0.isWhitespace }) else { malformed.append(text); continue }
            fields.append((name, String(text[text.index(after: colon)...])))
        }
        return MessageHeaders(fields: fields, malformedLines: malformed)
    }
}

extension String {
    func caseInsensitiveEquals(_ other: String) -> Bool {
        count == other.count && lowercased() == other.lowercased()
    }

    func trimming(_ set: Set<Character>) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}

extension StringProtocol {
    var trimmedMail: String {
        trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
