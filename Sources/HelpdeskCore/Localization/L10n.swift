import Foundation

/// The interface's words in the chosen language. English text is the key, so English needs no
/// catalog and a string without a Chinese entry still shows (in English) rather than nothing.
public enum L10n {
    /// The process's language, set once at start-up before any other thread runs, read everywhere after.
    nonisolated(unsafe) public static var chosen: Language = .en

    /// A language for one stretch of code (tests render both languages in one process).
    @TaskLocal public static var scoped: Language?

    /// The language in force here.
    public static var language: Language { scoped ?? chosen }

    /// Runs `body` with the interface in `language`.
    public static func with<T>(_ language: Language, _ body: () throws -> T) rethrows -> T {
        try $scoped.withValue(language, operation: body)
    }

    /// Every Chinese entry, from the catalog files by area; a key listed twice keeps its first text.
    public static let zh: [String: String] = {
        let areas = [catalogConsole, catalogForms, catalogPanes, catalogCore, catalogCLI, catalogHelp, catalogLinks, catalogFeatureCLI, catalogOptionHelp]
        return Dictionary(areas.joined().map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first })
    }()

    /// The catalog entries by area, for the test that finds a key given twice.
    public static var allEntries: [(String, String)] {
        [catalogConsole, catalogForms, catalogPanes, catalogCore, catalogCLI, catalogHelp, catalogLinks, catalogFeatureCLI, catalogOptionHelp].flatMap { $0 }
    }

    private static let missingLock = NSLock()
    nonisolated(unsafe) private static var missingKeys: Set<String> = []

    /// Keys looked up in Chinese that have no entry (tests assert this stays empty).
    public static var missing: Set<String> {
        missingLock.lock()
        defer { missingLock.unlock() }
        return missingKeys
    }

    /// Forgets the recorded missing keys.
    public static func resetMissing() {
        missingLock.lock()
        missingKeys = []
        missingLock.unlock()
    }

    /// `english` in the current language.
    public static func text(_ english: String) -> String {
        let language = language
        guard language == .zh, !english.isEmpty else { return english }
        if let text = zh[english] { return text }
        missingLock.lock()
        missingKeys.insert(english)
        missingLock.unlock()
        return english
    }

    /// `text` translated when the catalog has it, else as it is, without recording it as missing:
    /// for messages built elsewhere with names and numbers in them, which have no entry of their own.
    public static func known(_ text: String) -> String {
        guard language == .zh else { return text }
        return zh[text] ?? text
    }

    /// Fills `%@` (in order) and `%1$@`, `%2$@`… (by position, so a translation may reorder) with `arguments`.
    public static func format(_ pattern: String, _ arguments: [String]) -> String {
        var out = ""
        var next = 0
        var rest = Substring(pattern)
        while let percent = rest.firstIndex(of: "%") {
            out += rest[..<percent]
            let after = rest[rest.index(after: percent)...]
            if after.hasPrefix("@") {
                out += next < arguments.count ? arguments[next] : ""
                next += 1
                rest = after.dropFirst()
            } else if let dollar = after.firstIndex(of: "$"), let n = Int(after[..<dollar]),
                      after[after.index(after: dollar)...].hasPrefix("@") {
                out += n >= 1 && n <= arguments.count ? arguments[n - 1] : ""
                rest = after[after.index(dollar, offsetBy: 2)...]
            } else if after.hasPrefix("%") {
                out += "%"
                rest = after.dropFirst()
            } else {
                out += "%"
                rest = after
            }
        }
        return out + rest
    }
}

/// The interface text `english` in the current language.
public func tr(_ english: String) -> String { L10n.text(english) }

/// `english` where a word needs its own translation in one place (`context` tells them apart): the key is
/// "context|english", and English is `english` itself.
public func tr(_ english: String, context: String) -> String {
    guard L10n.language == .zh else { return english }
    let text = L10n.text(context + "|" + english)
    return text == context + "|" + english ? english : text
}

/// A pattern with `%@` placeholders in the current language, filled with `arguments`.
public func tr(_ english: String, _ arguments: any CustomStringConvertible...) -> String {
    L10n.format(L10n.text(english), arguments.map { String(describing: $0) })
}
