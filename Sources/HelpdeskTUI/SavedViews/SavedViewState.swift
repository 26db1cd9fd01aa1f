import HelpdeskCore

/// The saved views the user sees as tabs, their counts, which one is on screen, and the dialog
/// that saves or removes one (ConsoleState+SavedViews).
public struct SavedViewState: Sendable, Equatable {
    /// Own and shared views, in tab order.
    public var views: [SavedView] = []
    /// Tickets in each view (capped as a filtered page is; see `QueueTabs.badge`).
    public var counts: [Int64: Int] = [:]
    /// The saved view last switched to; it is on screen while the filter and sort are still its own.
    public var activeID: Int64?
    /// The filter and sort in use before a saved view was opened, given back on leaving it for a built-in view.
    var returnFilter = ""
    var returnSort: QueueSort = .due
    /// Saving or removing a view, drawn over everything and given every key.
    public var dialog: SavedViewDialog?

    public init() {}
}

/// Saving the view on screen under a name, or removing the saved view on screen.
public struct SavedViewDialog: Sendable, Equatable {
    public enum Step: Sendable, Equatable {
        /// Typing the name.
        case name(TextField)
        /// A lead or admin: share it with the team?
        case share
        /// The user already has a view by this name: replace it?
        case replace
        /// Delete (or, when shared, unshare) this view?
        case remove(SavedView)
    }

    public var step: Step
    /// The view being saved; the name is filled in from the first step.
    public var draft: NewSavedView

    /// The name field, empty, for `draft`.
    static func naming(_ draft: NewSavedView, text: String = "") -> SavedViewDialog {
        let field = TextField(text: text, width: 56, prompt: tr("Name: "), placeholder: tr("e.g. 打印机 or VPN P1"),
                              name: tr("The view name"), limit: SavedViewRules.nameCharacters, allowsEmpty: false)
        return SavedViewDialog(step: .name(field), draft: draft)
    }

    /// The dialog's title.
    public var title: String {
        switch step {
        case .name: tr("Save this view as a tab")
        case .share: tr("Share “%@”?", draft.name)
        case .replace: tr("Replace “%@”?", draft.name)
        case let .remove(view): view.isShared ? tr("Shared view “%@”", view.name) : tr("Delete “%@”?", view.name)
        }
    }

    /// The question asked, or the line above the name field.
    public var text: String {
        switch step {
        case .name: draft.viewSummary
        case .share: tr("Share this view with the team? Everyone will see it as a tab, marked %@. (n keeps it yours alone)", QueueTabs.sharedMark)
        case .replace: tr("You already have a view named “%@”. Replace it with %@?", draft.name, draft.viewSummary)
        case let .remove(view):
            view.isShared
                ? tr("%1$@, shared by %2$@. Unshare it (it stays %2$@'s own view) or delete it for everyone?", view.localizedSummary, view.owner)
                : tr("%@. Delete this saved view? Its tickets are not touched.", view.localizedSummary)
        }
    }

    /// The keys that answer, for the frame's footer.
    public var footer: String {
        switch step {
        case .name: TextField.keyHints
        case let .remove(view) where view.isShared: tr("u unshare · d delete · Esc keep")
        default: tr("y yes · n no · Esc cancel")
        }
    }
}

extension NewSavedView {
    /// "All open · “打印机” · by priority".
    var viewSummary: String {
        SavedView(id: 0, owner: "", name: name, base: base, filter: filter, sort: sort, isShared: isShared, createdAt: .distantPast).localizedSummary
    }
}

/// What the console asks of the saved-view source; `SavedViewRunner` runs it.
public enum SavedViewRequest: Sendable, Equatable {
    case save(NewSavedView, replacing: Bool)
    case remove(SavedView)
    case unshare(SavedView)
}
