import Foundation

/// A structured header value such as Content-Type or Content-Disposition: a main value
/// ("text/plain", "attachment") and parameters, with RFC 2231 continuations
/// (`name*0*=…; name*1*=…`) and charsets (`filename*=gb18030''%D6%D0`) resolved.
public struct HeaderValue: Sendable, Equatable {
    /// Lower-cased main value.
    public var value: String
    /// Parameters by lower-cased name, decoded.
    public var parameters: [String: String]

    /// Parses a raw header value; unparseable parameters are skipped.
    public init(_ raw: String) {
        let pieces = Self.split(raw)
        value = (pieces.first ?? "").trimmedMail.lowercased()
        var plain: [String: String] = [:]
        var extended: [String: [(index: Int, encoded: Bool, text: String)]] = [:]
        for piece in pieces.dropFirst() {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            var name = piece[..<equals].trimmedMail.lowercased()
            let text = Self.unquote(piece[piece.index(after: equals)...].trimmedMail)
            guard !name.isEmpty else { continue }
            let encoded = name.hasSuffix("*")
            if encoded { name.removeLast() }
            if let star = name.firstIndex(of: "*"), let index = Int(name[name.index(after: star)...]) {
                extended[String(name[..<star]), default: []].append((index, encoded, text))
            } else if encoded {
                extended[name, default: []].append((0, true, text))
            } else {
                plain[name] = text
            }
        }
        for (name, parts) in extended {
            plain[name] = Self.join(parts.sorted { $0.index < $1.index })
        }
        // Many mailers put RFC 2047 words inside quoted parameters (name="=?UTF-8?B?…?=").
        parameters = plain.mapValues { EncodedWords.decode($0) }
    }

    /// RFC 2231: the first encoded part says `charset'language'`; %XX escapes carry the bytes.
    private static func join(_ parts: [(index: Int, encoded: Bool, text: String)]) -> String {
        var charset: String?
        var bytes: [UInt8] = []
        for (position, part) in parts.enumerated() {
            var text = Substring(part.text)
            if position == 0, part.encoded {
                let quote = text.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
                if quote.count == 3 {
                    charset = quote[0].isEmpty ? nil : String(quote[0])
                    text = quote[2]
                }
            }
            bytes += part.encoded ? percentDecoded(text) : Array(text.utf8)
        }
        return Charset.bestEffort(bytes, charset: charset).text
    }

    private static func percentDecoded(_ text: Substring) -> [UInt8] {
        let utf8 = Array(text.utf8)
        var out: [UInt8] = []
        var i = 0
        while i < utf8.count {
            if utf8[i] == UInt8(ascii: "%"), i + 2 < utf8.count,
               let high = TransferEncoding.hexValue(utf8[i + 1]), let low = TransferEncoding.hexValue(utf8[i + 2]) {
                out.append(high << 4 | low)
                i += 3
            } else {
                out.append(utf8[i])
                i += 1
            }
        }
        return out
    }

    /// Splits on ";" outside quotes.
    static func split(_ raw: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        for character in raw {
            if escaped { current.append(character); escaped = false; continue }
            if character == "\\" && quoted { current.append(character); escaped = true; continue }
            if character == "\"" { quoted.toggle() }
            if character == ";" && !quoted {
                pieces.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        pieces.append(current)
        return pieces
    }

    static func unquote(_ text: String) -> String {
        guard text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") else { return text }
        var out = ""
        var escaped = false
        for character in text.dropFirst().dropLast() {
            if escaped { out.append(character); escaped = false } else if character == "\\" { escaped = true } else { out.append(character) }
        }
        return out
    }
}
