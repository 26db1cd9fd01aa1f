/// Which articles a search or listing shows besides the published ones.
public struct KBVisibility: Sendable, Equatable {
    /// Drafts written by this login are shown (an author sees their own drafts).
    public var viewer: String?
    /// Every draft is shown, whoever wrote it.
    public var allDrafts: Bool
    /// Archived articles are shown too.
    public var archived: Bool

    public init(viewer: String? = nil, allDrafts: Bool = false, archived: Bool = false) {
        self.viewer = viewer
        self.allDrafts = allDrafts
        self.archived = archived
    }

    /// Published articles only.
    public static let published = KBVisibility()

    /// True when an article in `status` by `author` is shown.
    public func shows(_ status: KBArticleStatus, author: String) -> Bool {
        switch status {
        case .published: true
        case .draft: allDrafts || viewer == author
        case .archived: archived
        }
    }
}
