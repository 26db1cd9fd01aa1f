import Foundation

/// Turns whatever a user typed into a safe knowledge-base query.
///
/// Terms of three or more characters go to FTS5 as quoted strings (a `"` inside is doubled), so
/// quotes, AND/OR/NOT, `*`, `(` or `:` are searched for literally and can never raise a syntax
/// error. Shorter terms (打印, "pc"), which a trigram index cannot match, become `instr()` checks
/// on the article's lower-cased text.
struct KBSearch: Equatable {
    /// FTS5 MATCH expression, nil when every term is too short for trigrams.
    var match: String?
    /// Lower-cased terms for `instr()`.
    var shortTerms: [String]

    init(_ text: String) {
        let terms = text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        let long = terms.filter { $0.unicodeScalars.count >= 3 }
        shortTerms = terms.filter { $0.unicodeScalars.count < 3 }
        match = long.isEmpty ? nil : long.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            .joined(separator: " ")
    }

    var isEmpty: Bool { match == nil && shortTerms.isEmpty }

    /// A passage of `text` around the first occurrence of `term`, for results found without FTS.
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
