/// A Markdown file's YAML-like header: `key: value` lines between two `---` lines, then the body.
///
/// Only what article files need is read: plain and double-quoted strings, and inline lists
/// (`tags: [printer, 打印机]`). Values that would read back differently (leading spaces,
/// quotes, a colon-space, commas in a list item) are written quoted, so `render` then
/// `parse` gives back the same fields.
public struct FrontMatter: Sendable, Equatable {
    /// The header's fields in file order.
    public var fields: [(key: String, value: Value)]
    /// Everything after the closing `---`, without the newline that ends the file.
    public var body: String

    /// A field's value: one string, or a list of strings.
    public enum Value: Sendable, Equatable {
        case string(String)
        case list([String])
    }

    public init(fields: [(key: String, value: Value)], body: String) {
        self.fields = fields
        self.body = body
    }

    public static func == (a: FrontMatter, b: FrontMatter) -> Bool {
        a.body == b.body && a.fields.count == b.fields.count
            && zip(a.fields, b.fields).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }

    /// The value of `key`, if the header has it.
    public subscript(key: String) -> Value? {
        fields.first { $0.key == key }?.value
    }

    /// Reads a file's text; the error names the line and what is wrong with it.
    public static func parse(_ text: String) throws -> FrontMatter {
        // "\r\n" is one Character in Swift, so it is a separator of its own.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)
        if lines.first?.hasPrefix("\u{FEFF}") == true { lines[0].removeFirst() }
        guard lines.first == "---" else {
            throw FrontMatterError(line: 1, reason: "the file must start with a line \"---\" that opens the header")
        }
        var fields: [(key: String, value: Value)] = []
        var number = 1
        while true {
            number += 1
            guard number <= lines.count else {
                throw FrontMatterError(line: 1, reason: "the header opened here is never closed with a line \"---\"")
            }
            let line = lines[number - 1]
            if line == "---" { break }
            if line.trimmingCharacters(in: " \t").isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw FrontMatterError(line: number, reason: "expected \"key: value\", found “\(line.prefix(40))”")
            }
            let key = String(line[..<colon]).trimmingCharacters(in: " \t")
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else {
                throw FrontMatterError(line: number, reason: "“\(key.prefix(40))” is not a field name")
            }
            if fields.contains(where: { $0.key == key }) {
                throw FrontMatterError(line: number, reason: "the field “\(key)” appears twice")
            }
            do {
                fields.append((key, try value(String(line[line.index(after: colon)...]))))
            } catch let reason as Reason {
                throw FrontMatterError(line: number, reason: "\(key): \(reason.text)")
            }
        }
        var body = lines[number...].joined(separator: "\n")
        if body.hasSuffix("\n") { body.removeLast() }
        return FrontMatter(fields: fields, body: body)
    }

    /// The file's text: header, body, and a final newline.
    public func render() -> String {
        var out = "---\n"
        for (key, value) in fields {
            switch value {
            case let .string(text): out += "\(key): \(Self.scalar(text, inList: false))\n"
            case let .list(items): out += "\(key): [\(items.map { Self.scalar($0, inList: true) }.joined(separator: ", "))]\n"
            }
        }
        return out + "---\n" + body + "\n"
    }

    private struct Reason: Error {
        let text: String
    }

    private static func value(_ raw: String) throws -> Value {
        let text = raw.trimmingCharacters(in: " \t")
        if text.hasPrefix("[") {
            guard text.hasSuffix("]") else { throw Reason(text: "a list must end with “]”") }
            var items: [String] = []
            var rest = Substring(text.dropFirst().dropLast())
            while true {
                rest = rest.drop { $0 == " " || $0 == "\t" }
                if rest.isEmpty { break }
                let (item, remaining) = try scalarPrefix(rest, inList: true)
                items.append(item)
                rest = remaining.drop { $0 == " " || $0 == "\t" }
                if rest.isEmpty { break }
                guard rest.first == "," else { throw Reason(text: "list items must be separated by commas") }
                rest = rest.dropFirst()
            }
            return .list(items)
        }
        let (item, remaining) = try scalarPrefix(Substring(text), inList: false)
        guard remaining.allSatisfy({ $0 == " " || $0 == "\t" }) else { throw Reason(text: "unexpected text after the closing quote") }
        return .string(item)
    }

    /// One string from the front of `text`: quoted (with \" \\ \n \t escapes), or bare up to a comma in a list.
    private static func scalarPrefix(_ text: Substring, inList: Bool) throws -> (String, Substring) {
        guard text.first == "\"" else {
            let end = inList ? (text.firstIndex(of: ",") ?? text.endIndex) : text.endIndex
            return (String(text[..<end]).trimmingCharacters(in: " \t"), text[end...])
        }
        var result = ""
        var index = text.index(after: text.startIndex)
        while index < text.endIndex {
            let character = text[index]
            if character == "\"" { return (result, text[text.index(after: index)...]) }
            if character == "\\" {
                index = text.index(after: index)
                guard index < text.endIndex else { break }
                switch text[index] {
                case "n": result.append("\n")
                case "t": result.append("\t")
                case "\"", "\\": result.append(text[index])
                default: throw Reason(text: "unknown escape “\\\(text[index])” in a quoted value")
                }
            } else {
                result.append(character)
            }
            index = text.index(after: index)
        }
        throw Reason(text: "a quoted value is never closed")
    }

    /// Bare when it reads back unchanged, else quoted.
    private static func scalar(_ text: String, inList: Bool) -> String {
        let special: Set<Character> = ["\"", "\\", "\n", "\t", "\r", "#"]
        let needsQuotes = text.isEmpty || text.first == " " || text.last == " " || text.first == "[" || text.first == "\""
            || text.contains(where: special.contains) || (inList && (text.contains(",") || text.contains("]")))
        guard needsQuotes else { return text }
        var out = "\""
        for character in text {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.append(character)
            }
        }
        return out + "\""
    }
}

/// Why a header could not be read, with its line number (1 is the file's first line).
public struct FrontMatterError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var reason: String

    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }

    public var description: String { "line \(line): \(reason)" }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var result = Substring(self)
        while let first = result.first, set.contains(first) { result.removeFirst() }
        while let last = result.last, set.contains(last) { result.removeLast() }
        return String(result)
    }
}
