import Foundation
import HelpdeskCore

/// Tabs for saved views after the seven built-in ones.
///
/// Names shrink first (built-in titles to their short and tiny names, saved names elided by
/// display width, so Chinese names take their true room); when even that does not fit, the
/// bar scrolls: a window of tabs around the active one, "‹" and "›" saying more lie beyond.
extension QueueTabs {
    /// Number keys reach tabs 1 to 9; later saved views are reached with Left and Right.
    public static let numberedTabs = 9
    /// Counts at or past this show as "999+", so a badge never widens a tab past four digits.
    public static let savedCountLimit = 1000
    /// Shown before the name of a view shared with the team.
    public static let sharedMark = "@"

    /// How wide names may be at one step of shrinking.
    private struct Level {
        var builtIn: (QueueView) -> String
        var savedColumns: Int
    }

    // Computed: the names follow the interface language, chosen at start-up.
    private static var levels: [Level] {
        let names = builtInNames
        return [Level(builtIn: names[0], savedColumns: 16), Level(builtIn: names[1], savedColumns: 16),
                Level(builtIn: names[2], savedColumns: 12), Level(builtIn: names[2], savedColumns: 8)]
    }

    static func layoutWithSaved(counts: [QueueView: Int], active: QueueView, width: Int, saved: [SavedView],
                                savedCounts: [Int64: Int], activeSaved: Int64?) -> [QueueTab] {
        // Only a saved view that is listed can be active; otherwise its base view's tab is.
        let activeID = saved.contains { $0.id == activeSaved } ? activeSaved : nil
        for level in levels {
            let tabs = place(counts: counts, active: active, saved: saved, savedCounts: savedCounts, activeID: activeID, level: level)
            if let last = tabs.last, last.x + last.width <= width { return tabs }
        }
        let tabs = place(counts: counts, active: active, saved: saved, savedCounts: savedCounts, activeID: activeID, level: levels[3])
        return window(tabs, width: width)
    }

    /// The name cut to `columns` with "…", no space left dangling before it ("财务部…", not "财务部 …").
    static func elide(_ name: String, columns: Int) -> String {
        let cut = name.truncated(toColumns: columns)
        guard cut != name, cut.hasSuffix("…") else { return cut }
        return cut.dropLast().trimmingCharacters(in: .whitespaces) + "…"
    }

    /// "999+" past the limit, else the count.
    static func badge(_ count: Int) -> String {
        count >= savedCountLimit ? "\(savedCountLimit - 1)+" : "\(count)"
    }

    private static func place(counts: [QueueView: Int], active: QueueView, saved: [SavedView], savedCounts: [Int64: Int],
                              activeID: Int64?, level: Level) -> [QueueTab] {
        var tabs: [QueueTab] = []
        var x = 0
        func add(_ text: String, view: QueueView, savedID: Int64?, isActive: Bool) {
            let tab = QueueTab(view: view, x: x, width: text.displayWidth, text: text, isActive: isActive, savedViewID: savedID)
            x += tab.width
            tabs.append(tab)
        }
        for (index, view) in viewOrder.enumerated() {
            let count = counts[view].map { " \($0)" } ?? ""
            add(" \(index + 1) \(level.builtIn(view))\(count) ", view: view, savedID: nil, isActive: activeID == nil && view == active)
        }
        for (offset, view) in saved.enumerated() {
            let number = viewOrder.count + offset + 1
            let label = number <= numberedTabs ? " \(number)" : ""
            let mark = view.isShared ? sharedMark : ""
            let name = elide(mark + SafeText.sanitize(view.name), columns: level.savedColumns)
            let count = savedCounts[view.id].map { " " + badge($0) } ?? ""
            add("\(label) \(name)\(count) ", view: view.base, savedID: view.id, isActive: view.id == activeID)
        }
        return tabs
    }

    /// The longest run of tabs around the active one that fits, with "‹" and "›" on the
    /// outer tabs when others lie beyond; tabs are placed again from column 0.
    static func window(_ tabs: [QueueTab], width: Int) -> [QueueTab] {
        guard !tabs.isEmpty else { return [] }
        let active = tabs.firstIndex(where: \.isActive) ?? 0
        func fits(_ first: Int, _ last: Int) -> Bool {
            let markers = (first > 0 ? 1 : 0) + (last < tabs.count - 1 ? 1 : 0)
            return tabs[first...last].reduce(markers) { $0 + $1.width } <= width
        }
        var first = 0
        while first < active, !fits(first, active) { first += 1 }
        var last = active
        while last + 1 < tabs.count, fits(first, last + 1) { last += 1 }
        while first > 0, fits(first - 1, last) { first -= 1 }
        var shown = Array(tabs[first...last])
        if first > 0 { shown[0].text = "‹" + shown[0].text }
        if last < tabs.count - 1 { shown[shown.count - 1].text += "›" }
        var x = 0
        for index in shown.indices {
            shown[index].x = x
            shown[index].width = shown[index].text.displayWidth
            x += shown[index].width
        }
        return shown
    }
}
