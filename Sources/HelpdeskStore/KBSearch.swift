import Foundation
import HelpdeskCore

/// Turns whatever a user typed into a safe knowledge-base query.
///
/// Terms of three or more characters go to the trigram index as quoted phrases (a `"` inside
/// is doubled); shorter ones (打印, "pc") to the index of characters and pairs
/// (`TermMatch.pairs`). Either way quotes, AND/OR/NOT, `*`, `(` or `:` are searched for
/// literally and can never raise a syntax error, and `instr()` confirms every term.
struct KBSearch: Equatable {
    /// Lower-cased terms that must all occur.
    var terms: [String]
    /// `kb_fts` MATCH expression for the terms of three or more characters.
    var phrases: String?
    /// `kb_grams` MATCH expression for the shorter terms.
    var grams: String?

    init(_ text: String) {
        terms = text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        // FTS5 ends a string at NUL; such a term is left to the instr() confirmation.
        let long = terms.filter { $0.unicodeScalars.count >= 3 && !$0.unicodeScalars.contains("\u{0}") }
        phrases = long.isEmpty ? nil : long.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            .joined(separator: " ")
        grams = TermMatch.pairs(terms.filter { $0.unicodeScalars.count < 3 })
    }

    /// The index and MATCH expression that name the candidates: the trigram index when a long
    /// term was typed (it is the more selective), else the pairs; nil when nothing can match.
    var candidateSource: (table: String, match: String)? {
        if let phrases { return ("kb_fts", phrases) }
        return grams.map { ("kb_grams", $0) }
    }

    /// A passage of `text` around the first occurrence of `term`, with its Markdown markup left out.
    static func snippet(of text: String, around term: String?, width: Int = 40) -> String {
        let flat = MarkdownParser.plainLines(text).joined(separator: " ")
        guard let term, let found = flat.lowercased().range(of: term) else {
            return flat.count > width * 2 ? String(flat.prefix(width * 2)) + "…" : flat
        }
        // Offsets are taken on the lower-cased copy; lower-casing keeps the character count of
        // the text users type here, and a mismatch only shifts the window a little.
        let lowered = flat.lowercased()
        let offset = lowered.distance(from: lowered.startIndex, to: found.lowerBound)
        let start = max(0, offset - width / 2)
        let characters = Array(flat)
        let end = min(characters.count, start + width * 2)
        let body = String(characters[min(start, characters.count)..<end])
        return (start > 0 ? "…" : "") + body + (end < characters.count ? "…" : "")
    }
}
