import HelpdeskCore

/// One view tab in the header row, where it sits and what it says.
public struct QueueTab: Sendable, Equatable {
    public var view: QueueView
    public var x: Int
    public var width: Int
    public var text: String
    public var isActive: Bool
    /// The saved view this tab shows (its `view` is then the saved view's base); nil for a built-in view.
    public var savedViewID: Int64? = nil
}

/// Places the view tabs with their live counts, using shorter names until they fit the row.
public enum QueueTabs {
    /// Views in tab order; key 1 is the first.
    public static let viewOrder: [QueueView] = QueueView.allCases

    /// The tabs for a header `width` columns wide, each " 3 All open 12 " at its widest; saved
    /// views follow the built-in ones (QueueTabs+Saved), and `activeSaved` is the one on screen.
    public static func layout(counts: [QueueView: Int], active: QueueView, width: Int, saved: [SavedView] = [],
                              savedCounts: [Int64: Int] = [:], activeSaved: Int64? = nil) -> [QueueTab] {
        if !saved.isEmpty {
            return layoutWithSaved(counts: counts, active: active, width: width, saved: saved, savedCounts: savedCounts,
                                   activeSaved: activeSaved)
        }
        for name in builtInNames {
            let tabs = place(counts: counts, active: active, name: name)
            if let last = tabs.last, last.x + last.width <= width { return tabs }
        }
        return place(counts: counts, active: active, name: nil)
    }

    /// The view whose tab covers column `x`, for mouse clicks.
    public static func view(at x: Int, in tabs: [QueueTab]) -> QueueView? {
        tabs.first { x >= $0.x && x < $0.x + $0.width }?.view
    }

    /// The tab covering column `x`, for mouse clicks.
    public static func tab(at x: Int, in tabs: [QueueTab]) -> QueueTab? {
        tabs.first { x >= $0.x && x < $0.x + $0.width }
    }

    /// The built-in views' names, from the widest to the tiniest, in the interface language.
    static var builtInNames: [(QueueView) -> String] {
        [{ $0.localizedTitle }, { tr($0.shortName, context: "tab") }, { tr($0.tinyName, context: "tiny tab") }]
    }

    private static func place(counts: [QueueView: Int], active: QueueView, name: ((QueueView) -> String)?) -> [QueueTab] {
        var x = 0
        return viewOrder.enumerated().map { index, view in
            var text = " \(index + 1)"
            if let name { text += " " + name(view) }

            if let count = counts[view] { text += name == nil ? ":\(count)" : " \(count)" }
            text += " "
            let tab = QueueTab(view: view, x: x, width: text.displayWidth, text: text, isActive: view == active)
            x += tab.width
            return tab
        }
    }
}

extension QueueView {
    /// The tab name when the full title does not fit.
    var shortName: String {
        switch self {
        case .mine: "Mine"
        case .unassigned: "Unassigned"
        case .open: "Open"
        case .atRisk: "At risk"
        case .escalated: "Escalated"
        case .pending: "Pending"
        case .resolved: "Resolved"
        }
    }

    /// The tab name on an 80-column screen.
    var tinyName: String {
        switch self {
        case .mine: "Mine"
        case .unassigned: "Unas"
        case .open: "Open"
        case .atRisk: "Risk"
        case .escalated: "Escl"
        case .pending: "Pend"
        case .resolved: "Done"
        }
    }
}
