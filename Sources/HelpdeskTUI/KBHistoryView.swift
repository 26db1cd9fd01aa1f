import HelpdeskCore
import HelpdeskStore

/// The version history of the article being read: its versions, newest first, and the diff of
/// the selected one against the version before it.
public struct KBHistoryView: Sendable, Equatable {
    public let articleID: Int64
    /// Newest first; empty until loaded.
    public private(set) var versions: [KBArticleVersion] = []
    public private(set) var isLoaded = false
    /// Index in `versions` of the selected version.
    public private(set) var cursor = 0
    /// The selected version compared with the one before it (a first version is all additions).
    public private(set) var diff: [DiffLine] = []
    /// The first diff line in view.
    public private(set) var diffTop = 0

    public init(articleID: Int64) {
        self.articleID = articleID
    }

    public var selected: KBArticleVersion? { versions.indices.contains(cursor) ? versions[cursor] : nil }

    /// Takes the versions (any order) from the store; the selection stays on its version number.
    public mutating func apply(_ loaded: [KBArticleVersion]) {
        let keep = selected?.version
        versions = loaded.sorted { $0.version > $1.version }
        isLoaded = true
        cursor = keep.flatMap { number in versions.firstIndex { $0.version == number } } ?? 0
        compare()
    }

    /// Asks for the versions again (after a restore, or someone's edit).
    public mutating func invalidate() {
        isLoaded = false
    }

    mutating func select(_ index: Int) {
        guard !versions.isEmpty else { return }
        let target = min(max(0, index), versions.count - 1)
        guard target != cursor else { return }
        cursor = target
        compare()
    }

    mutating func scrollDiff(by rows: Int, height: Int) {
        diffTop = min(max(0, diffTop + rows), max(0, diff.count - max(1, height)))
    }

    private mutating func compare() {
        diffTop = 0
        guard let current = selected else {
            diff = []
            return
        }
        let before = versions.indices.contains(cursor + 1) ? versions[cursor + 1].comparableText : ""
        diff = LineDiff.lines(from: before, to: current.comparableText)
    }
}
