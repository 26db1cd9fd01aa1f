import HelpdeskCore

/// One line of the palette: a command, how it is called, its keys, and which letters matched.
public struct PaletteEntry: Sendable, Equatable {
    public var id: CommandID
    public var title: String
    /// The keys as help shows them ("j/Down").
    public var keys: String
    /// The key the command is dispatched with; for "show view" it says which view.
    public var key: Key
    /// Offsets (in `Character`s) of the title's matched characters.
    public var positions: [Int]
    public var score: Int
}

/// The `:` command palette: type part of a command's name, pick it, run it.
///
/// It offers the commands of the pane that had focus when it opened, straight from the
/// command registry, and runs them through the same dispatch as their keys, so the palette
/// can never do something a key would not. "Show the view" is offered once per view.
public struct CommandPalette: Sendable, Equatable {
    /// The longest query the palette accepts, in characters.
    public static let queryLimit = 60

    /// The pane whose commands are offered.
    public var pane: Pane
    public var query = ""
    /// Index of the highlighted entry among the matches.
    public var cursor = 0

    public init(pane: Pane) {
        self.pane = pane
    }

    /// The commands matching the query, best first; all of them, in registry order, for an empty query.
    ///
    /// A command matches on its title or its id ("refresh" finds "Reload now"); a title match
    /// counts a little more, since the title is what the user reads.
    public func entries(in registry: CommandRegistry) -> [PaletteEntry] {
        var ranked: [(entry: PaletteEntry, order: Int)] = []
        for (order, candidate) in Self.candidates(in: registry, pane: pane).enumerated() {
            var entry = candidate
            let titleMatch = FuzzyMatch.match(query: query, candidate: entry.title)
            let idScore = FuzzyMatch.score(query: query, candidate: entry.id.rawValue).map { $0 - 4 }
            guard titleMatch != nil || idScore != nil else { continue }
            entry.score = max(titleMatch?.score ?? Int.min, idScore ?? Int.min)
            entry.positions = titleMatch?.positions ?? []
            ranked.append((entry, order))
        }
        return ranked.sorted { a, b in
            a.entry.score != b.entry.score ? a.entry.score > b.entry.score : a.order < b.order
        }.map(\.entry)
    }

    /// Every command the palette can offer in `pane`; a command without keys cannot be dispatched and is left out.
    static func candidates(in registry: CommandRegistry, pane: Pane) -> [PaletteEntry] {
        var list: [PaletteEntry] = []
        for command in registry.commands where command.panes.contains(pane) && command.id != .palette {
            if command.id == .selectView {
                for (index, view) in QueueTabs.viewOrder.enumerated() {
                    let digit = Character(String(index + 1))
                    list.append(PaletteEntry(id: command.id, title: tr("View: %@", view.localizedTitle), keys: String(digit),
                                             key: .char(digit), positions: [], score: 0))
                }
                continue
            }
            guard let key = command.keys.first else { continue }
            list.append(PaletteEntry(id: command.id, title: tr(command.title), keys: command.keyText, key: key,

                                     positions: [], score: 0))
        }
        return list
    }

    /// Where the palette box sits on the screen and how many entries it shows.
    public struct Frame: Sendable, Equatable {
        public var box: Rect
        /// The row where the query is typed.
        public var inputY: Int
        /// The entry rows.
        public var list: Rect
        /// The row with the palette's own key hints.
        public var footerY: Int
    }

    /// The box: near the top, centred, up to 76 columns wide and 20 rows high.
    public static func frame(in layout: Layout) -> Frame {
        let width = min(layout.cols - 4, 76)
        let height = min(layout.rows - 4, 20)
        let box = Rect(x: (layout.cols - width) / 2, y: 2, width: width, height: height)
        return Frame(box: box, inputY: box.y + 1,
                     list: Rect(x: box.x + 2, y: box.y + 3, width: width - 4, height: max(0, height - 5)),
                     footerY: box.maxY - 2)
    }

    /// The first entry shown, so the cursor stays in view in a list of `visible` rows.
    public func top(visible: Int) -> Int {
        visible > 0 ? max(0, cursor - visible + 1) : 0
    }
}
