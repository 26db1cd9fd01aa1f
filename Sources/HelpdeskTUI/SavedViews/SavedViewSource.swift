import Foundation
import HelpdeskCore

/// What the console reads and writes for saved views; part of `ConsoleDataSource`, which the store implements.
public protocol SavedViewSource: Sendable {
    /// The user's own views and every shared one, in tab order.
    func savedViews(visibleTo login: String) throws -> [SavedView]
    /// Tickets in each view, counted as a filtered page counts them (capped, through the filter index).
    func savedViewCounts(_ views: [SavedView], login: String, now: Date) throws -> [Int64: Int]
    /// Saves a view for `actor`; a name they already use needs `replacing`.
    func saveView(_ view: NewSavedView, replacing: Bool, by actor: Actor, at now: Date) throws -> SavedView
    /// Removes a view (its owner, or a lead or admin for a shared one).
    func removeSavedView(id: Int64, by actor: Actor, at now: Date) throws -> SavedView
    /// Takes a shared view off the team's tabs; it stays its owner's.
    func unshareSavedView(id: Int64, by actor: Actor, at now: Date) throws -> SavedView
}

/// A source without saved views (a test double that does not need them).
extension SavedViewSource {
    public func savedViews(visibleTo login: String) throws -> [SavedView] { [] }
    public func savedViewCounts(_ views: [SavedView], login: String, now: Date) throws -> [Int64: Int] { [:] }
    public func saveView(_ view: NewSavedView, replacing: Bool, by actor: Actor, at now: Date) throws -> SavedView {
        throw ValidationError("this data source cannot keep saved views")
    }
    public func removeSavedView(id: Int64, by actor: Actor, at now: Date) throws -> SavedView {
        throw ValidationError("this data source cannot keep saved views")
    }
    public func unshareSavedView(id: Int64, by actor: Actor, at now: Date) throws -> SavedView {
        throw ValidationError("this data source cannot keep saved views")
    }
}
