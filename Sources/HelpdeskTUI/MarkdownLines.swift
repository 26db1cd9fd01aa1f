import HelpdeskCore

/// Lays Markdown out as styled terminal lines: headings in bold, lists with hanging indents,
/// code blocks verbatim behind a bar, emphasis as bold or italic, links as their text followed
/// by the address, and tables with columns aligned by display width, so Chinese cells line up.
/// Text comes from people: control characters are made visible before anything is drawn.
public enum MarkdownLines {
    /// The lines of `text` at most `width` columns wide, with occurrences of `terms` marked.
    public static func lines(_ text: String, width: Int, terms: [String] = []) -> [StyledLine] {
        guard width > 0 else { return [] }
        let prepared = StyledText.terms(terms)
        let safe = SafeText.sanitize(text, .multiLine(tabWidth: 4))
        var out: [StyledLine] = []
        for block in MarkdownParser.blocks(safe) {
            out += lines(block, width: width, terms: prepared)
        }
        return out
    }

    /// The same lines as plain text, for the command line.
    public static func plain(_ text: String, width: Int) -> [String] {
        lines(text, width: width).map { $0.map(\.text).joined() }
    }

    private static func lines(_ block: MarkdownBlock, width: Int, terms: [[String]]) -> [StyledLine] {
        switch block {
        case .blank:
            return [[]]
        case let .heading(level, runs):
            let style = level == 1 ? Style(.normal, [.bold, .underline]) : Style(.normal, .bold)
            return wrap(cells(runs, base: style), width: width, indent: 0, terms: terms)
        case let .text(runs):
            return wrap(cells(runs, base: .normal), width: width, indent: 0, terms: terms)
        case let .listItem(indent, marker, runs):
            let lead = String(repeating: " ", count: min(indent, width / 2)) + marker + " "
            let prefix = lead.map { ($0, Style(.muted)) }
            return wrap(prefix + cells(runs, base: .normal), width: width, indent: lead.displayWidth, terms: terms)
        case let .quote(runs):
            return wrap(cells(runs, base: Style(.muted, .italic)), width: width - 2, indent: 0, terms: terms)
                .map { [StyledSpan("│ ", Style(.border))] + $0 }
        case let .code(_, code):
            return code.flatMap { line in
                wrap(line.map { ($0, Style(.note)) }, width: width - 2, indent: 0, terms: terms)
                    .map { [StyledSpan("│ ", Style(.border))] + $0 }
            }
        case .rule:
            return [[StyledSpan(String(repeating: "─", count: width), Style(.border))]]
        case let .table(header, rows, alignments):
            return MarkdownTable(header: header, rows: rows, alignments: alignments).lines(width: width, terms: terms)
        }
    }

    /// Each character with the style its run gives it on top of `base`.
    static func cells(_ runs: [MarkdownRun], base: Style) -> [(Character, Style)] {
        runs.flatMap { run -> [(Character, Style)] in
            switch run.kind {
            case .plain: return run.text.map { ($0, base) }
            case .strong: return run.text.map { ($0, Style(base.role, base.attributes.union(.bold))) }
            case .emphasis: return run.text.map { ($0, Style(base.role, base.attributes.union(.italic))) }
            case .code: return run.text.map { ($0, Style(.note)) }
            case .link: return run.text.map { ($0, Style(base.role, base.attributes.union(.underline))) }
            case .url: return " <\(run.text)>".map { ($0, Style(.muted)) }
            }
        }
    }

    /// Marks the terms, then wraps by display width.
    static func wrap(_ cells: [(Character, Style)], width: Int, indent: Int, terms: [[String]]) -> [StyledLine] {
        guard width > 0 else { return [] }
        let mask = StyledText.matchMask(cells.map(\.0), terms: terms)
        let marked = zip(cells, mask).map { cell, hit in (cell.0, hit ? Style(.match) : cell.1) }
        return StyledText.wrap(marked, columns: width, hangingIndent: indent)
    }
}
