import HelpdeskCore

/// The parts of a ticket title worth looking up in the knowledge base.
///
/// A title is a sentence, not a query: an article should come up when it shares a few words
/// with it, so terms are ORed rather than all required. English words of three letters or more
/// and every three-character window of a Chinese run go to the trigram index. Chinese words are
/// mostly two characters, which no trigram can match, so each run's two-character windows are
/// kept to score a plain scan when the index finds too little. Words that would match nearly
/// every article (the, please, 无法, 问题) are dropped.
public struct KBSuggestionQuery: Sendable, Equatable {
    /// English (Latin-script) words, lower-cased, three characters or more.
    public private(set) var words: [String] = []
    /// Three-character windows of the title's CJK runs.
    public private(set) var trigrams: [String] = []
    /// Two-character windows of the CJK runs, for the fallback scan and for highlighting.
    public private(set) var bigrams: [String] = []

    /// More terms add little to the ranking and only slow the query down.
    static let maxIndexTerms = 32
    static let maxBigrams = 16

    /// Splits `title` into words and CJK windows; punctuation, emoji and control characters separate terms.
    public init(title: String) {
        for run in Self.runs(of: title.lowercased()) {
            if run.isCJK {
                let characters = Array(run.text)
                if characters.count >= 3 {
                    for i in 0...(characters.count - 3) { Self.add(String(characters[i..<(i + 3)]), to: &trigrams) }
                }
                if characters.count >= 2 {
                    for i in 0...(characters.count - 2) {
                        let pair = String(characters[i..<(i + 2)])
                        if !Self.commonBigrams.contains(pair) { Self.add(pair, to: &bigrams) }
                    }
                }
            } else if run.text.unicodeScalars.count >= 3, !Self.commonWords.contains(run.text) {
                Self.add(run.text, to: &words)
            }
        }
        trigrams = Array(trigrams.prefix(max(0, Self.maxIndexTerms - words.count)))
        words = Array(words.prefix(Self.maxIndexTerms))
        bigrams = Array(bigrams.prefix(Self.maxBigrams))
    }

    /// True when the title holds nothing worth searching for.
    public var isEmpty: Bool { words.isEmpty && trigrams.isEmpty && bigrams.isEmpty }

    /// The terms to mark in results: whole words, and the two-character CJK pieces (which cover the trigrams).
    public var highlightTerms: [String] { words + bigrams }

    /// The FTS5 expression: every word and trigram quoted (a `"` doubled) and ORed; nil when there are none.
    var match: String? {
        let terms = words + trigrams
        guard !terms.isEmpty else { return nil }
        return terms.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " OR ")
    }

    /// A CJK ideograph, kana or hangul letter: two columns wide and a letter or digit.
    static func isCJK(_ character: Character) -> Bool {
        (character.isLetter || character.isNumber) && DisplayWidth.width(of: character) == 2
    }

    private static func add(_ term: String, to list: inout [String]) {
        if !list.contains(term) { list.append(term) }
    }

    /// Maximal stretches of word characters, split where the script changes between CJK and the rest.
    private static func runs(of text: String) -> [(text: String, isCJK: Bool)] {
        var result: [(text: String, isCJK: Bool)] = []
        var current = ""
        var currentIsCJK = false
        for character in text {
            let isWord = character.isLetter || character.isNumber
            let cjk = isCJK(character)
            if !isWord || (!current.isEmpty && cjk != currentIsCJK) {
                if !current.isEmpty { result.append((current, currentIsCJK)) }
                current = ""
            }
            if isWord {
                current.append(character)
                currentIsCJK = cjk
            }
        }
        if !current.isEmpty { result.append((current, currentIsCJK)) }
        return result
    }

    /// English words too common in ticket titles to say what a problem is about.
    static let commonWords: Set<String> = [
        "the", "and", "for", "with", "from", "that", "this", "not", "but", "are", "was", "has", "have", "had",
        "can", "cannot", "does", "doesn", "don", "won", "isn", "all", "any", "our", "you", "your",
        "his", "her", "its", "into", "onto", "out", "off", "after", "before", "every", "when", "what", "why",
        "how", "who", "please", "pls", "help", "need", "needs", "urgent", "asap", "issue", "issues", "problem",
        "problems", "again", "still", "some", "get", "got", "just", "now", "today", "new",
    ]

    /// Two-character Chinese words that appear in most requests (cannot, problem, please …).
    static let commonBigrams: Set<String> = [
        "无法", "不能", "不了", "问题", "请求", "申请", "需要", "一个", "没有", "可以", "我们", "你们", "他们",
        "今天", "现在", "怎么", "如何", "一下", "出现", "所有", "已经", "还是", "时候",
    ]
}
