/// Marks where search terms occur in a text, ignoring case; for plain-text output of results.
public enum SearchHighlight {
    /// The typed terms as a search reads them: lower-cased, split at white space.
    public static func terms(_ query: String) -> [String] {
        query.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// Which characters of `text` lie inside an occurrence of a term; a longer term wins an overlap.
    public static func mask(_ text: String, terms: [String]) -> [Bool] {
        let characters = text.map { $0.lowercased() }
        let prepared = terms.map { Array($0).map { $0.lowercased() } }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        var mask = Array(repeating: false, count: characters.count)
        for start in characters.indices {
            for term in prepared where start + term.count <= characters.count
                && zip(term, characters[start...]).allSatisfy({ $0 == $1 }) {
                for i in start..<(start + term.count) { mask[i] = true }
                break
            }
        }
        return mask
    }

    /// `text` with each match wrapped in `open` and `close`.
    public static func marked(_ text: String, terms: [String], open: String = "[", close: String = "]") -> String {
        let mask = mask(text, terms: terms)
        var out = ""
        var inside = false
        for (character, hit) in zip(text, mask) {
            if hit != inside { out += hit ? open : close }
            inside = hit
            out.append(character)
        }
        return inside ? out + close : out
    }
}
