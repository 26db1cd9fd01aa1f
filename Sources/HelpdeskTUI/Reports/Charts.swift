/// Text charts for the reports pane: horizontal bars in eighths of a cell and sparklines.
enum Charts {
    /// Left-aligned partial blocks, from one eighth to seven eighths of a cell.
    static let partials: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// A bar `value / maximum` of `width` cells, in eighths; any non-zero value shows at least "▏".
    static func bar(_ value: Int, of maximum: Int, width: Int) -> String {
        guard value > 0, maximum > 0, width > 0 else { return "" }
        let eighths = max(1, Int((Double(min(value, maximum)) / Double(maximum) * Double(width * 8)).rounded()))
        let full = eighths / 8, rest = eighths % 8
        return String(repeating: "█", count: full) + (rest > 0 ? String(partials[rest - 1]) : "")
    }

    /// One block per value, scaled to the largest; zero is a space so quiet days read as gaps.
    /// More values than `width` are merged (summed) into `width` buckets.
    static func sparkline(_ values: [Int], width: Int) -> String {
        let series = merged(values, into: width)
        guard let top = series.max(), top > 0 else { return String(repeating: " ", count: series.count) }
        return String(series.map { v -> Character in
            v == 0 ? " " : levels[min(levels.count - 1, max(0, Int((Double(v) / Double(top) * 8).rounded(.up)) - 1))]
        })
    }

    static func merged(_ values: [Int], into width: Int) -> [Int] {
        guard width > 0, values.count > width else { return values }
        return (0..<width).map { i in
            let from = i * values.count / width, to = (i + 1) * values.count / width
            return values[from..<max(from + 1, to)].reduce(0, +)
        }
    }
}
