/// FTS5 MATCH expressions for typed terms that must all occur as substrings.
///
/// Every token is a quoted string (a `"` inside doubled), joined by AND, so whatever was
/// typed is searched for literally and never raises a syntax error. Candidates are then
/// confirmed with `instr()`, which makes the answer exact whichever index named them.
enum TermMatch {
    /// For the index of characters and pairs (`NGramTokenizer`): each term's pairs, or its only
    /// character. Exact for terms of one or two characters.
    static func pairs(_ terms: [String], openOnly: Bool = false) -> String? {
        expression(terms.flatMap { grams(of: $0, size: 2) }, marker: openOnly ? StoreSchema.openMarker : nil)
    }

    /// For a trigram index: each term's trigrams; every term must have three or more characters.
    static func trigrams(_ terms: [String], openOnly: Bool = false) -> String? {
        expression(terms.flatMap { grams(of: $0, size: 3) },
                   marker: openOnly ? String(repeating: StoreSchema.openMarker, count: 3) : nil)
    }

    /// The runs of `size` neighbouring characters in a term; a shorter term is its own run.
    private static func grams(of term: String, size: Int) -> [String] {
        let scalars = Array(term.lowercased().unicodeScalars.filter { $0 != " " && $0 != "\n" })
        guard scalars.count > size else { return scalars.isEmpty ? [] : [String(String.UnicodeScalarView(scalars))] }
        return (0...(scalars.count - size)).map { String(String.UnicodeScalarView(scalars[$0..<($0 + size)])) }
    }

    /// With a marker, the open tickets' marker word (`StoreSchema.openMarker`) is asked for too.
    /// Nil when there is nothing to look up, which callers treat as no result.
    private static func expression(_ tokens: [String], marker: String?) -> String? {
        var seen = Set<String>()
        // FTS5 ends a query string at NUL; leaving such a token out only widens the candidates.
        let unique = tokens.filter { !$0.unicodeScalars.contains("\u{0}") && seen.insert($0).inserted }
        guard !unique.isEmpty else { return nil }
        return ((marker.map { [$0] } ?? []) + unique).map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " AND ")
    }
}
