import Foundation
import HelpdeskCore

/// The reply templates over the reply editor (Ctrl-T): typing narrows them by fuzzy match on the
/// title (then plain search in the text), Enter inserts the chosen one, Esc goes back untouched.
///
/// Each template arrives already rendered for the ticket being answered, so what is previewed
/// is exactly what Enter inserts.
public struct TemplateChooser: Sendable, Equatable {
    /// A template and the reply it makes for this ticket.
    public struct Choice: Sendable, Equatable {
        public var template: ReplyTemplate
        /// The text with its placeholders filled.
        public var text: String

        public init(template: ReplyTemplate, text: String) {
            self.template = template
            self.text = text
        }
    }

    /// One line of the list: which choice, its score and the title's matched characters.
    public struct Entry: Sendable, Equatable {
        public var choice: Choice
        public var positions: [Int]
        public var score: Int
    }

    /// What a key did to the chooser.
    public enum Outcome: Sendable, Equatable {
        case pending
        case insert(Choice)
        case cancelled
    }

    /// The longest query accepted, in characters.
    public static let queryLimit = 60
    /// Below every title match: a query found only in the text ranks after those found in titles.
    static let textMatchScore = -1_000

    public private(set) var choices: [Choice]
    public private(set) var query = ""
    /// Index of the highlighted entry in `entries`.
    public private(set) var cursor = 0
    /// The ranked entries for the current query.
    public private(set) var entries: [Entry]

    public init(choices: [Choice]) {
        self.choices = choices
        entries = Self.rank(choices, query: "")
    }

    /// The highlighted entry; nil when nothing matches.
    public var highlighted: Entry? { entries.indices.contains(cursor) ? entries[cursor] : nil }

    /// Applies one key; `page` is how many entries one screen of the list shows.
    public mutating func handle(_ key: Key, page: Int = 10) -> Outcome {
        switch key {
        case .enter:
            return highlighted.map { .insert($0.choice) } ?? .pending
        case .escape, .ctrl("c"), .ctrl("t"):
            return .cancelled
        case let .char(character):
            guard query.count < Self.queryLimit else { return .pending }
            setQuery(query + String(character))
        case .backspace:
            guard !query.isEmpty else { return .pending }
            setQuery(String(query.dropLast()))
        case .ctrl("u"):
            setQuery("")
        case .down, .ctrl("n"), .tab, .wheelDown: move(by: 1)
        case .up, .ctrl("p"), .backTab, .wheelUp: move(by: -1)
        case .pageDown: move(by: max(1, page))
        case .pageUp: move(by: -max(1, page))
        case .home: cursor = 0
        case .end: cursor = max(0, entries.count - 1)
        default: break
        }
        return .pending
    }

    private mutating func move(by delta: Int) {
        guard !entries.isEmpty else { return }
        cursor = min(max(0, cursor + delta), entries.count - 1)
    }

    private mutating func setQuery(_ text: String) {
        query = text
        entries = Self.rank(choices, query: text)
        cursor = 0
    }

    /// Title matches best first (FuzzyMatch, CJK-aware), then templates whose text contains the
    /// query; ties keep the templates' own order (by title).
    static func rank(_ choices: [Choice], query: String) -> [Entry] {
        let needle = query.trimmingCharacters(in: .whitespaces).lowercased()
        var ranked: [(entry: Entry, order: Int)] = []
        for (order, choice) in choices.enumerated() {
            if let match = FuzzyMatch.match(query: query, candidate: choice.template.title) {
                ranked.append((Entry(choice: choice, positions: match.positions, score: match.score), order))
            } else if !needle.isEmpty, choice.text.lowercased().contains(needle) {
                ranked.append((Entry(choice: choice, positions: [], score: textMatchScore), order))
            }
        }
        return ranked.sorted { a, b in a.entry.score != b.entry.score ? a.entry.score > b.entry.score : a.order < b.order }
            .map(\.entry)
    }
}
