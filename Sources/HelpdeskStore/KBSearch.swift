import Foundation

/// Turns whatever a user typed into a safe knowledge-base query.
///
/// The terms (split at whitespace, lower-cased) become an FTS5 query of quoted character pairs
/// (`NGramTokenizer.match`), so quotes, AND/OR/NOT, `*`, `(` or `:` are searched for literally
/// and can never raise a syntax error; each term is then confirmed with `instr()`.
struct KBSearch: Equatable {
    /// Lower-cased terms that must all occur.
    var terms: [String]
    /// FTS5 MATCH expression narrowing the articles to candidates; nil when nothing was typed.
    var match: String?

    init(_ text: String) {
        terms = text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        match = NGramTokenizer.match(terms)
    }

    var isEmpty: Bool { match == nil }

    /// A passage of `text` around the first occurrence of `term`.
    static func snippet(of text: String, around term: String?, width: Int = 40) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
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
