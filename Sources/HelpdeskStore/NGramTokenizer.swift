import Foundation
import GRDB
#if canImport(GRDBSQLite)
import GRDBSQLite
#elseif canImport(SQLite3)
import SQLite3
#endif

/// The FTS5 tokenizer for the one- and two-character terms people type first (网络, 张伟,
/// "pc"), which SQLite's trigram tokenizer cannot match: every character and every pair of
/// neighbouring characters is a token, so such a term is a single token and the index
/// (`ticket_grams`, `kb_grams`) answers it exactly. Longer terms go to trigram indexes, which
/// are more selective. Text is lower-cased with Swift's Unicode rules, like the terms.
///
/// Words are split only at spaces and newlines, the separators the store writes into its
/// search text; splitting anywhere else could lose a pair that a term contains.
///
/// Every connection that writes tickets or articles must register it (`HelpdeskStore` does, in
/// `prepareDatabase`): the sqlite3 shell can read the database but not change those tables.
final class NGramTokenizer: FTS5CustomTokenizer {
    static let name = "helpdesk_ngram"

    init(db: Database, arguments: [String]) throws {}

    func tokenize(context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?,
                  nText: CInt, tokenCallback: @escaping FTS5TokenCallback) -> CInt {
        guard let pText, nText > 0 else { return SQLITE_OK }
        let text = UnsafeBufferPointer(start: UnsafeRawPointer(pText).assumingMemoryBound(to: UInt8.self), count: Int(nText))
        guard Self.needsLowercasing(text) else {
            return Self.emit(text, query: tokenization.contains(.query), context: context, callback: tokenCallback)
        }
        var lowered = String(decoding: text, as: UTF8.self).lowercased()
        return lowered.withUTF8 { Self.emit($0, query: tokenization.contains(.query), context: context, callback: tokenCallback) }
    }

    /// Document text yields every character and pair; a query string yields its pairs only
    /// (or its single character), so that the caller's AND of quoted tokens means "all pairs".
    private static func emit(_ text: UnsafeBufferPointer<UInt8>, query: Bool, context: UnsafeMutableRawPointer?,
                             callback: FTS5TokenCallback) -> CInt {
        let base = UnsafeRawPointer(text.baseAddress!).assumingMemoryBound(to: CChar.self)
        func token(_ start: Int, _ end: Int) -> CInt {
            callback(context, 0, base + start, CInt(end - start), CInt(start), CInt(end))
        }
        var previous = -1  // start of the previous character in this word
        var index = 0
        var characters = 0
        while index < text.count {
            let start = index
            index = min(text.count, index + scalarLength(text[index]))
            if text[start] == 0x20 || text[start] == 0x0A {
                previous = -1
                continue
            }
            characters += 1
            if !query {
                let code = token(start, index)
                if code != SQLITE_OK { return code }
            }
            if previous >= 0 {
                let code = token(previous, index)
                if code != SQLITE_OK { return code }
            }
            previous = start
        }
        if query && characters == 1 {
            var start = 0
            while text[start] == 0x20 || text[start] == 0x0A { start += 1 }
            return token(start, min(text.count, start + scalarLength(text[start])))
        }
        return SQLITE_OK
    }

    /// Bytes in the UTF-8 sequence that `lead` starts; a stray continuation byte counts as one.
    private static func scalarLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...: 4
        case 0xE0...: 3
        case 0xC0...: 2
        default: 1
        }
    }

    /// What lower-casing `text` takes.
    enum CaseWork {
        /// `lowercased()` would change nothing.
        case none
        /// Only ASCII capitals change: a byte mapping gives the same result as `lowercased()`.
        case ascii
        /// Some other scalar has a lower-case mapping.
        case unicode
    }

    /// Chinese, Japanese kana and Korean have no case, so their three-byte scalars are passed
    /// over without a Unicode property lookup.
    static func caseWork(_ text: UnsafeBufferPointer<UInt8>) -> CaseWork {
        var work = CaseWork.none
        var index = 0
        while index < text.count {
            let lead = text[index]
            if lead < 0x80 {
                if lead >= 0x41 && lead <= 0x5A { work = .ascii }
                index += 1
                continue
            }
            let end = min(text.count, index + scalarLength(lead))
            // U+3000–U+9FFF (CJK punctuation, kana, ideographs) and U+AC00–U+D7FF (Hangul) start with E3–E9 and EA–ED.
            if end - index == 3 && lead >= 0xE3 && lead <= 0xED && !(lead == 0xEA && text[index + 1] < 0xB0) {
                index = end
                continue
            }
            let scalars = String(decoding: UnsafeBufferPointer(rebasing: text[index..<end]), as: UTF8.self).unicodeScalars
            if scalars.contains(where: { $0.properties.changesWhenLowercased }) { return .unicode }
            index = end
        }
        return work
    }

    static func needsLowercasing(_ text: UnsafeBufferPointer<UInt8>) -> Bool { caseWork(text) != .none }

    /// `text.lowercased()`, doing only the work needed: nothing for most Chinese text, a byte
    /// mapping when only ASCII capitals change. A bulk import lower-cases every ticket's text.
    static func lowercased(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { bytes in
            switch caseWork(bytes) {
            case .none: return text
            case .unicode: return text.lowercased()
            case .ascii: return String(decoding: bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
            }
        }
    }
}
