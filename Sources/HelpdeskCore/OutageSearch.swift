/// A byte search for outage words that gives the same answer as `PriorityRules`' general
/// search, for text made only of "plain" scalars, in a fraction of the time.
///
/// The general search compares Characters, under canonical equivalence, through Foundation.
/// Plain scalars (ASCII, CJK ideographs and punctuation, full-width forms) neither decompose
/// nor combine, so for them equivalent text is byte-equal text and each Character is one
/// scalar; a byte search then finds exactly the same matches. Demo generation and every new
/// ticket run this check, and most text never contains an outage word.
enum OutageSearch {
    static func isPlain(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x00...0x7F, 0x2010...0x205F, 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E: true
            default: false
            }
        }
    }

    /// True when `needle` occurs in `haystack`; a needle with ASCII letters must stand alone
    /// ("down" is not "download"): no ASCII letter right before or after it.
    static func occurs(_ needle: String, in haystack: String) -> Bool {
        let n = Array(needle.utf8)
        guard let first = n.first else { return true }
        let wordLike = n.contains(where: isASCIILetter)
        let h = Array(haystack.utf8)
        guard h.count >= n.count else { return false }
        var i = 0
        while i <= h.count - n.count {
            if h[i] == first, h[i..<(i + n.count)].elementsEqual(n) {
                if !wordLike { return true }
                let before = i > 0 && isASCIILetter(h[i - 1])
                let after = i + n.count < h.count && isASCIILetter(h[i + n.count])
                if !before && !after { return true }
            }
            i += 1
        }
        return false
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
