/// One line of a comparison between two texts.
public enum DiffLine: Sendable, Equatable {
    case same(String)
    case added(String)
    case removed(String)

    /// The line's text without its marker.
    public var text: String {
        switch self {
        case let .same(text), let .added(text), let .removed(text): text
        }
    }

    /// "  ", "+ " or "- ", as a unified diff marks lines.
    public var marker: String {
        switch self {
        case .same: "  "
        case .added: "+ "
        case .removed: "- "
        }
    }
}

/// A line diff of two texts (Myers' shortest edit script), for comparing article versions.
///
/// Lines are compared as whole Swift strings, so Chinese text, combining marks and emoji are
/// never split. The common head and tail are matched first: article edits usually touch a
/// few lines, and then the search only runs over the changed middle.
public enum LineDiff {
    /// The lines of `old` and `new` as kept, removed and added, in reading order; removals
    /// come before the additions that replace them.
    public static func lines(from old: String, to new: String) -> [DiffLine] {
        diff(split(old), split(new))
    }

    /// The diff of two lists of lines.
    public static func diff(_ a: [String], _ b: [String]) -> [DiffLine] {
        var head = 0
        while head < a.count, head < b.count, a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head, tail < b.count - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        let middle = myers(Array(a[head..<(a.count - tail)]), Array(b[head..<(b.count - tail)]))
        return a[..<head].map(DiffLine.same) + middle + a[(a.count - tail)...].map(DiffLine.same)
    }

    /// Counts of added and removed lines.
    public static func summary(_ lines: [DiffLine]) -> (added: Int, removed: Int) {
        lines.reduce(into: (0, 0)) { counts, line in
            if case .added = line { counts.0 += 1 }
            if case .removed = line { counts.1 += 1 }
        }
    }

    /// The text as lines; an empty text has none, so adding a first line shows one addition.
    static func split(_ text: String) -> [String] {
        text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Myers' greedy algorithm, keeping each round's frontier to walk the path back.
    private static func myers(_ a: [String], _ b: [String]) -> [DiffLine] {
        let n = a.count, m = b.count
        if n == 0 { return b.map(DiffLine.added) }
        if m == 0 { return a.map(DiffLine.removed) }
        let offset = n + m
        var v = Array(repeating: 0, count: 2 * offset + 2)
        var trace: [[Int]] = []
        search: for d in 0...(n + m) {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1
                var y = x - k
                while x < n, y < m, a[x] == b[y] {
                    x += 1
                    y += 1
                }
                v[offset + k] = x
                if x >= n, y >= m { break search }
            }
        }
        // Walk back from (n, m) through the saved frontiers.
        var result: [DiffLine] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let v = trace[d]
            let k = x - y
            let previousK = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? k + 1 : k - 1
            let previousX = d == 0 ? 0 : v[offset + previousK]
            let previousY = previousX - previousK
            while x > previousX, y > previousY {
                x -= 1
                y -= 1
                result.append(.same(a[x]))
            }
            if d > 0 {
                if x == previousX {
                    y -= 1
                    result.append(.added(b[y]))
                } else {
                    x -= 1
                    result.append(.removed(a[x]))
                }
            }
        }
        return result.reversed()
    }
}
