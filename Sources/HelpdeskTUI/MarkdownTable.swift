import HelpdeskCore

/// A Markdown table laid out in columns measured by display width (a Chinese character takes two).
///
/// When the table is wider than the pane, the widest columns give up room first, down to three
/// columns each, and cells that no longer fit end in "…"; a table is never wrapped, because
/// wrapped rows no longer read as rows.
struct MarkdownTable {
    var header: [[MarkdownRun]]
    var rows: [[[MarkdownRun]]]
    var alignments: [MarkdownAlignment]

    func lines(width: Int, terms: [[String]]) -> [StyledLine] {
        let columns = header.count
        guard columns > 0, width > 0 else { return [] }
        let headerCells = header.map { MarkdownLines.cells($0, base: Style(.normal, .bold)) }
        let bodyCells = rows.map { $0.map { MarkdownLines.cells($0, base: .normal) } }
        var widths = (0..<columns).map { column in
            ([headerCells[column]] + bodyCells.map { $0[column] }).map { cellWidth($0) }.max() ?? 0
        }
        widths = widths.map { max(1, $0) }
        let separators = 3 * (columns - 1)
        while widths.reduce(0, +) + separators > width, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
              widths[widest] > 3 {
            widths[widest] -= 1
        }
        var out: [StyledLine] = [row(headerCells, widths: widths, terms: terms)]
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "─┼─")
        out.append([StyledSpan(rule, Style(.border))])
        out += bodyCells.map { row($0, widths: widths, terms: terms) }
        return out.map { StyledText.truncated($0, toColumns: width) }
    }

    private func row(_ cells: [[(Character, Style)]], widths: [Int], terms: [[String]]) -> StyledLine {
        var line: StyledLine = []
        for (column, cell) in cells.enumerated() {
            if column > 0 { line.append(StyledSpan(" │ ", Style(.border))) }
            let mask = StyledText.matchMask(cell.map(\.0), terms: terms)
            let marked = zip(cell, mask).map { cell, hit in (cell.0, hit ? Style(.match) : cell.1) }
            var content = StyledText.spans(marked)
            if cellWidth(cell) > widths[column] { content = StyledText.truncated(content, toColumns: widths[column]) }
            let used = content.reduce(0) { $0 + $1.text.displayWidth }
            let room = max(0, widths[column] - used)
            let (before, after): (Int, Int) = switch alignments[column] {
            case .left: (0, room)
            case .right: (room, 0)
            case .center: (room / 2, room - room / 2)
            }
            if before > 0 { line.append(StyledSpan(String(repeating: " ", count: before), .normal)) }
            line += content
            // The last column is not padded: trailing spaces would only fill the line.
            if after > 0, column < cells.count - 1 { line.append(StyledSpan(String(repeating: " ", count: after), .normal)) }
        }
        return line
    }

    private func cellWidth(_ cell: [(Character, Style)]) -> Int {
        cell.reduce(0) { $0 + DisplayWidth.width(of: $1.0) }
    }
}
