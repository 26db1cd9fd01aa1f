import Foundation

/// A queue view an engineer named and kept: a built-in view narrowed by a filter, in an order.
///
/// Private views are their owner's alone; shared ones (shared by a lead or an admin) appear as a
/// tab for everyone. `(owner, name)` is unique, and so is a name among shared views, so a name
/// means at most one view of one's own and one shared view.
public struct SavedView: Sendable, Equatable, Codable {
    public var id: Int64
    /// The engineer who saved it.
    public var owner: String
    public var name: String
    /// The built-in view it narrows ("open" for All open).
    public var base: QueueView
    /// Text typed as in the console's `/` filter; empty for none.
    public var filter: String
    public var sort: QueueSort
    public var isShared: Bool
    public var createdAt: Date

    public init(id: Int64, owner: String, name: String, base: QueueView, filter: String, sort: QueueSort,
                isShared: Bool, createdAt: Date) {
        self.id = id
        self.owner = owner
        self.name = name
        self.base = base
        self.filter = filter
        self.sort = sort
        self.isShared = isShared
        self.createdAt = createdAt
    }

    /// True when `login` sees this view as a tab: their own, or shared with the team.
    public func isVisible(to login: String) -> Bool {
        owner == login || isShared
    }

    /// The query for a page of this view, for `login` ("My tickets" are theirs).
    public func query(login: String, offset: Int = 0, limit: Int = 50, now: Date) -> QueueQuery {
        QueueQuery(view: base, login: login, sort: sort, filter: filter, offset: offset, limit: limit, now: now)
    }

    /// "All open · “打印机” · by priority": what the view shows, in one line.
    public var summary: String {
        var parts = [base.title]
        if !filter.isEmpty { parts.append("“\(filter)”") }
        parts.append("by \(sort.rawValue)")
        return parts.joined(separator: " · ")
    }
}

/// What a user asks to save: the name and the view as it is on their screen.
public struct NewSavedView: Sendable, Equatable {
    public var name: String
    public var base: QueueView
    public var filter: String
    public var sort: QueueSort
    public var isShared: Bool

    public init(name: String, base: QueueView, filter: String = "", sort: QueueSort = .due, isShared: Bool = false) {
        self.name = name
        self.base = base
        self.filter = filter
        self.sort = sort
        self.isShared = isShared
    }
}
