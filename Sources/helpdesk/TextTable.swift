import HelpdeskCore

/// Plain-text columns aligned by display width, so Chinese text lines up in a terminal.
struct TextTable {
    var headers: [String]
    var rows: [[String]] = []
    /// Columns that may be cut to fit; the last column is never padded.
    var maxWidths: [Int: Int] = [:]

    init(_ headers: [String]) { self.headers = headers }

    mutating func add(_ cells: [String]) { rows.append(cells.map { SafeText.sanitize($0) }) }

    func render() -> String {
        let all = [headers] + rows
        var widths = headers.indices.map { col in all.map { DisplayWidth.width(of: $0[col]) }.max() ?? 0 }
        for (col, cap) in maxWidths where col < widths.count { widths[col] = min(widths[col], cap) }
        return all.map { cells in
            cells.enumerated().map { col, text in
                let cut = text.truncated(toColumns: widths[col])
                return col == cells.count - 1 ? cut : cut.padded(toColumns: widths[col])
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
