import HelpdeskCore

/// All commands in one list: key dispatch, the `?` help overlay and the hint bar are built from it,
/// so a key shown to the user is always the key that works.
public struct CommandRegistry: Sendable {
    public private(set) var commands: [Command]

    /// Builds a registry; two commands may not share a key in a pane they both apply to.
    public init(_ commands: [Command]) throws {
        for (i, a) in commands.enumerated() {
            for b in commands[(i + 1)...] where !a.panes.isDisjoint(with: b.panes) {
                if let key = a.keys.first(where: b.keys.contains) {
                    throw RegistryError(message: "key \(key.label) is bound to both \(a.id.rawValue) and \(b.id.rawValue)")
                }
            }
        }
        self.commands = commands
    }

    /// Two commands claimed one key in the same pane.
    public struct RegistryError: Error, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// The command a key runs in `pane`: one bound to that pane first, then a global one.
    public func command(for key: Key, in pane: Pane) -> Command? {
        let candidates = commands.filter { $0.keys.contains(key) && $0.panes.contains(pane) }
        return candidates.first { !$0.isGlobal } ?? candidates.first
    }

    /// The command with this id.
    public func command(_ id: CommandID) -> Command? {
        commands.first { $0.id == id }
    }

    /// "keys title" pairs for the hint bar in `pane`, in registry order, titles in the interface language.
    public func hints(for pane: Pane) -> [(keys: String, title: String)] {
        commands.compactMap { command in
            guard let hint = command.hint, command.panes.contains(pane), let first = command.keys.first else { return nil }
            return (command.hintKeys ?? command.keysLabel ?? first.label, tr(hint))
        }
    }

    /// The lines of the `?` overlay: every command that applies in `pane`, titles in the interface language.
    public func helpLines(for pane: Pane) -> [(keys: String, title: String)] {
        commands.filter { $0.panes.contains(pane) }.map { ($0.keyText, tr($0.title)) }

    }

    /// The console's key map.
    public static let standard: CommandRegistry = {
        let queue: Set<Pane> = [.queue]
        let detail: Set<Pane> = [.detail]
        // The knowledge base's own keys first, so its help and palette open with them.
        let list: [Command] = knowledgeBaseCommands + teamBoardCommands + [
            Command(.moveDown, "Move down", keys: [.char("j"), .down, .wheelDown], panes: queue, hint: "Move", hintKeys: "j/k"),
            Command(.moveUp, "Move up", keys: [.char("k"), .up, .wheelUp], panes: queue),
            Command(.pageDown, "Page down", keys: [.pageDown, .ctrl("f")], panes: queue),
            Command(.pageUp, "Page up", keys: [.pageUp, .ctrl("b")], panes: queue),
            Command(.first, "First ticket", keys: [.char("g"), .home], panes: queue),
            Command(.last, "Last ticket", keys: [.char("G"), .end], panes: queue),
            Command(.scrollDown, "Scroll the ticket down", keys: [.char("j"), .down, .wheelDown], panes: detail, hint: "Scroll", hintKeys: "j/k"),
            Command(.scrollUp, "Scroll the ticket up", keys: [.char("k"), .up, .wheelUp], panes: detail),
            Command(.scrollPageDown, "Scroll a page down", keys: [.pageDown, .ctrl("f"), .char(" ")], panes: detail),
            Command(.scrollPageUp, "Scroll a page up", keys: [.pageUp, .ctrl("b")], panes: detail),
            Command(.scrollTop, "Top of the ticket", keys: [.char("g"), .home], panes: detail),
            Command(.scrollBottom, "End of the timeline", keys: [.char("G"), .end], panes: detail),
            Command(.back, "Back to the queue", keys: [.escape], panes: detail, hint: "Back"),
            Command(.selectView, "Show the view with that number (8 and 9: saved views)",
                    keys: (1...QueueTabs.numberedTabs).map { .char(Character(String($0))) }, panes: queue, hint: "Views", keysLabel: "1-9",
                    hintKeys: "1-7"),
            Command(.nextView, "Next view", keys: [.right], panes: queue),
            Command(.previousView, "Previous view", keys: [.left], panes: queue),
            Command(.cycleSort, "Sort by due, priority, updated, id", keys: [.char("s")], panes: queue, hint: "Sort"),
            Command(.saveView, "Save the view on screen as a tab (its filter and sort)", keys: [.char("v")], panes: queue),
            Command(.removeView, "Delete or unshare the saved view on screen", keys: [.char("V")], panes: queue),
            Command(.filter, "Filter by text (id, title, requester, tags)", keys: [.char("/")], panes: queue, hint: "Filter"),
            Command(.clearFilter, "Clear the filter", keys: [.escape], panes: queue),
            Command(.openDetail, "Open the selected ticket (focus its detail)", keys: [.enter], panes: queue, hint: "Open"),
            Command(.switchFocus, "Switch focus between queue and ticket", keys: [.tab, .backTab], panes: [.queue, .detail, .kb]),
            Command(.toggleDetail, "Show or hide the detail pane", keys: [.char("d")]),
            Command(.refresh, "Reload now", keys: [.ctrl("r"), .ctrl("l")]),
            Command(.knowledgeBase, "Knowledge base: search articles, suggestions for the ticket",
                    keys: [.char("K"), .function(3)], hint: "KB"),
            Command(.help, "Help: all keys", keys: [.char("?"), .function(1)], hint: "Help"),
            Command(.quit, "Quit", keys: [.char("q"), .ctrl("c")], hint: "Quit"),
            Command(.take, "Take the ticket (assign it to yourself)", keys: [.char("t")], hint: "Take"),
            Command(.reply, "Reply to the requester", keys: [.char("r")], hint: "Reply"),
            Command(.note, "Add an internal note", keys: [.char("n")], hint: "Note"),
            Command(.changeStatus, "Change the status", keys: [.char("S")], hint: "Status"),
            Command(.assign, "Assign to an engineer (ranked by the assignment engine)", keys: [.char("a")], hint: "Assign"),
            Command(.escalate, "Escalate to second line (L2) with details", keys: [.char("e")]),
            Command(.resolve, "Resolve with a resolution, then offer a KB article", keys: [.char("R"), .char("x")], hint: "Resolve"),
            Command(.reopen, "Reopen with a reason", keys: [.char("o")]),
            Command(.logTime, "Log working time", keys: [.char("l")]),
            Command(.impactUrgency, "Set impact and urgency", keys: [.char("i")]),
            Command(.editTags, "Edit the tags", keys: [.char("#")]),
            Command(.majorIncident, "Mark or clear a major incident", keys: [.char("M")]),
            Command(.newTicket, "New ticket", keys: [.char("c")], hint: "New"),
            Command(.handovers, "Shift handovers: write, read, acknowledge (交接班)", keys: [.char("H")]),
            Command(.palette, "Command palette: run a command by name", keys: [.char(":"), .ctrl("p")], hint: "Commands"),
        ] + teamCommands + reportCommands + linkCommands
        do {
            return try CommandRegistry(list)
        } catch {
            preconditionFailure("the standard key map is inconsistent: \(error)")
        }
    }()
}
