import HelpdeskCore

/// Scores how well typed letters pick out a candidate, for the `:` palette.
///
/// The query's characters must appear in the candidate in order (case ignored, spaces in the
/// query ignored). Among the ways they can line up, the best one counts: each matched character
/// earns points, more when it starts a word (after a space or punctuation, at a lower-to-upper
/// change, or where Chinese meets Latin text) or follows the previous match directly; every gap
/// costs a little. So "kb" ranks "Knowledge base" above "Back", and "网络" ranks "网络故障" above
/// "网线和络". A higher score is a better match; nil means no match.
public enum FuzzyMatch {
    /// A match: its score and which characters of the candidate matched (offsets in `Character`s).
    public struct Match: Sendable, Equatable {
        public var score: Int
        public var positions: [Int]
    }

    static let matchPoints = 16
    static let wordStartBonus = 12
    static let firstCharacterBonus = 8
    static let consecutiveBonus = 10
    static let gapStartPenalty = 3
    static let gapExtensionPenalty = 1
    /// Cap on how much unmatched text before the first match costs.
    static let maxLeadingPenalty = 4

    /// The best score of `query` against `candidate`; nil when the query's characters are not all there in order.
    public static func score(query: String, candidate: String) -> Int? {
        match(query: query, candidate: candidate)?.score
    }

    /// The best alignment of `query` in `candidate`, with the matched positions for highlighting.
    public static func match(query: String, candidate: String) -> Match? {
        let needle = query.filter { !$0.isWhitespace }.map { $0.lowercased() }
        guard !needle.isEmpty else { return Match(score: 0, positions: []) }
        let original = Array(candidate)
        let hay = original.map { $0.lowercased() }
        let m = needle.count
        let n = hay.count
        guard m <= n else { return nil }
        let bonus = (0..<n).map { bonusAt($0, in: original) }
        let impossible = Int.min / 4
        // best[i][j]: best score with needle[i] matched at hay[j]; from[i][j]: where needle[i-1] sat.
        var best = Array(repeating: Array(repeating: impossible, count: n), count: m)
        var from = Array(repeating: Array(repeating: -1, count: n), count: m)
        for j in 0..<n where hay[j] == needle[0] {
            best[0][j] = matchPoints + bonus[j] - min(j, maxLeadingPenalty)
        }
        if m > 1 {
            for i in 1..<m {
                // The best earlier match followed by a gap ending just before j, and where it was.
                var gapScore = impossible
                var gapFrom = -1
                for j in 1..<n {
                    if j >= 2 {
                        let candidate = best[i - 1][j - 2] - gapStartPenalty
                        gapScore = gapScore == impossible ? impossible : gapScore - gapExtensionPenalty
                        if candidate > gapScore, best[i - 1][j - 2] > impossible {
                            gapScore = candidate
                            gapFrom = j - 2
                        }
                    }
                    guard hay[j] == needle[i] else { continue }
                    var score = impossible
                    if best[i - 1][j - 1] > impossible {
                        score = best[i - 1][j - 1] + consecutiveBonus
                        from[i][j] = j - 1
                    }
                    if gapScore > impossible, gapScore > score {
                        score = gapScore
                        from[i][j] = gapFrom
                    }
                    if score > impossible { best[i][j] = score + matchPoints + bonus[j] }
                }
            }
        }
        guard let end = (0..<n).filter({ best[m - 1][$0] > impossible }).max(by: { best[m - 1][$0] < best[m - 1][$1] }) else {
            return nil
        }
        var positions = [end]
        var i = m - 1
        var j = end
        while i > 0 {
            j = from[i][j]
            positions.insert(j, at: 0)
            i -= 1
        }
        return Match(score: best[m - 1][end], positions: positions)
    }

    /// Extra points for matching at `index`: the start of the text or of a word.
    static func bonusAt(_ index: Int, in text: [Character]) -> Int {
        guard index > 0 else { return wordStartBonus + firstCharacterBonus }
        let previous = text[index - 1]
        let current = text[index]
        if isSeparator(previous) { return isSeparator(current) ? 0 : wordStartBonus }
        if previous.isLowercase && current.isUppercase { return wordStartBonus }
        let wasWide = DisplayWidth.width(of: previous) == 2
        let isWide = DisplayWidth.width(of: current) == 2
        if wasWide != isWide, current.isLetter || current.isNumber { return wordStartBonus }
        return 0
    }

    private static func isSeparator(_ character: Character) -> Bool {
        character.isWhitespace || (character.isPunctuation && character != "'") || character.isSymbol
    }
}
