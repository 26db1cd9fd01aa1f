/// A stretch of inline Markdown text and how it is emphasised.
public struct MarkdownRun: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case plain, strong, emphasis, code
        /// Link text; the address follows as its own `.url` run.
        case link
        /// A link's address, shown after its text as " <https://…>".
        case url
    }

    public var text: String
    public var kind: Kind

    public init(_ text: String, _ kind: Kind = .plain) {
        self.text = text
        self.kind = kind
    }
}

/// One block of an article as the terminal shows it. Line breaks inside paragraphs are kept:
/// many articles are plain text written line by line, and joining their lines would garble them.
public enum MarkdownBlock: Sendable, Equatable {
    /// "# Title" … "###### Title".
    case heading(level: Int, [MarkdownRun])
    /// A line of ordinary text.
    case text([MarkdownRun])
    /// A bullet ("-", "*", "+") or numbered ("1.", "1)", "1、") item; `indent` counts leading spaces.
    case listItem(indent: Int, marker: String, [MarkdownRun])
    /// "> quoted".
    case quote([MarkdownRun])
    /// A fenced code block, shown verbatim.
    case code(language: String, lines: [String])
    /// A pipe table: header cells, then rows; `alignments` has one entry per column.
    case table(header: [[MarkdownRun]], rows: [[[MarkdownRun]]], alignments: [MarkdownAlignment])
    /// "---", "***" or "___" alone on a line.
    case rule
    /// An empty line between blocks.
    case blank
}

/// How a table column's cells line up.
public enum MarkdownAlignment: Sendable, Equatable {
    case left, center, right
}

extension MarkdownRun {
    /// The runs' text as plain characters (links with their address), for widths and plain output.
    public static func plainText(_ runs: [MarkdownRun]) -> String {
        runs.map { $0.kind == .url ? " <\($0.text)>" : $0.text }.joined()
    }
}

extension MarkdownParser {
    /// The text of `markdown` without its markup, one string per shown line (rules and blank
    /// lines left out): what a search snippet quotes, so it reads "检查电源" rather than "检查**电源**".
    public static func plainLines(_ markdown: String) -> [String] {
        blocks(markdown).flatMap { block -> [String] in
            switch block {
            case let .heading(_, runs), let .text(runs), let .quote(runs): [MarkdownRun.plainText(runs)]
            case let .listItem(_, marker, runs): [marker + " " + MarkdownRun.plainText(runs)]
            case let .code(_, lines): lines
            case let .table(header, rows, _): ([header] + rows).map { $0.map(MarkdownRun.plainText).joined(separator: " | ") }
            case .rule, .blank: []
            }
        }.filter { !$0.isEmpty }
    }
}
