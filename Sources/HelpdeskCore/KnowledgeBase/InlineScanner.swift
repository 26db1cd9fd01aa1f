/// Splits one line of Markdown into emphasised runs, left to right.
struct InlineScanner {
    private let characters: [Character]
    private var index = 0
    private var result: [MarkdownRun] = []
    private var plain = ""

    init(_ characters: [Character]) {
        self.characters = characters
    }

    mutating func runs() -> [MarkdownRun] {
        while index < characters.count {
            let character = characters[index]
            if character == "\\", index + 1 < characters.count, "\\`*_[]()<>#|".contains(characters[index + 1]) {
                plain.append(characters[index + 1])
                index += 2
            } else if character == "`", let end = find("`", from: index + 1) {
                emit(String(characters[(index + 1)..<end]), .code)
                index = end + 1
            } else if character == "*" || character == "_", let done = emphasis(character) {
                index = done
            } else if character == "[", let done = link() {
                index = done
            } else if character == "<", let done = autolink() {
                index = done
            } else {
                plain.append(character)
                index += 1
            }
        }
        flush()
        return result
    }

    /// `**strong**`, `__strong__`, `*emphasis*`, `_emphasis_`; the index after the closing marker.
    private mutating func emphasis(_ marker: Character) -> Int? {
        let double = index + 1 < characters.count && characters[index + 1] == marker
        let width = double ? 2 : 1
        let start = index + width
        guard start < characters.count, characters[start] != " " else { return nil }
        // An underscore inside a word (file_name_here) is not emphasis.
        if marker == "_", index > 0, characters[index - 1].isLetter || characters[index - 1].isNumber { return nil }
        var search = start
        while let end = find(marker, from: search) {
            let closes = double ? end + 1 < characters.count && characters[end + 1] == marker : true
            if closes, end > start, characters[end - 1] != " " {
                let after = end + width
                if marker == "_", after < characters.count, characters[after].isLetter || characters[after].isNumber {
                    search = end + 1
                    continue
                }
                emit(String(characters[start..<end]), double ? .strong : .emphasis)
                return after
            }
            search = end + 1
        }
        return nil
    }

    /// `[text](address)`; the index after the closing parenthesis.
    private mutating func link() -> Int? {
        guard let close = find("]", from: index + 1), close + 1 < characters.count, characters[close + 1] == "(",
              let end = find(")", from: close + 2) else { return nil }
        let text = String(characters[(index + 1)..<close])
        let address = String(characters[(close + 2)..<end]).split(separator: " ").first.map(String.init) ?? ""
        emit(text.isEmpty ? address : text, .link)
        if !address.isEmpty, address != text { emit(address, .url) }
        return end + 1
    }

    /// `<https://…>` or `<mailto:…>`.
    private mutating func autolink() -> Int? {
        guard let end = find(">", from: index + 1) else { return nil }
        let address = String(characters[(index + 1)..<end])
        guard address.contains(":"), !address.contains(" ") else { return nil }
        emit(address, .link)
        return end + 1
    }

    private func find(_ character: Character, from start: Int) -> Int? {
        guard start < characters.count else { return nil }
        return characters[start...].firstIndex(of: character)
    }

    private mutating func emit(_ text: String, _ kind: MarkdownRun.Kind) {
        flush()
        result.append(MarkdownRun(text, kind))
    }

    private mutating func flush() {
        if !plain.isEmpty { result.append(MarkdownRun(plain)) }
        plain = ""
    }
}
