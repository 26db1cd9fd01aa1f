import HelpdeskCore

/// Characters that break text handling first: CJK, wide and zero-width joiner emoji, combining marks,
/// control and bidi characters, quotes and operators, NUL.
enum FuzzAlphabet {
    static let characters: [Character] = [
        "a", "Z", " ", "0", "打", "印", "机", "网", "络", "，", "。", "、", "😀", "🖨️", "👩‍💻", "👍🏽", "🇨🇳",
        "e\u{301}", "\u{1100}\u{1161}", "ﾊ", "Ａ", "\"", "'", "*", "-", "(", ")", ":", "^", "%", "_", "\\", "/", ",",
        "\u{0}", "\u{1B}", "\u{7}", "\u{202E}", "\u{200B}", "\u{FEFF}", "\t", "\r\n",
    ]
    static let words = ["AND", "OR", "NOT", "NEAR", "NEAR(", "\"\"", "\"", "*", "^", "\u{0}", "打印", "vpn", "a*", "-x", "col:"]

    /// A random string of up to `length` characters and words.
    static func string(_ rng: inout SeededGenerator, length: Int) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 0...length, using: &rng) {
            if Int.random(in: 0..<4, using: &rng) == 0 { text += words.randomElement(using: &rng)! + " " } else {
                text.append(characters.randomElement(using: &rng)!)
            }
        }
        return text
    }
}
