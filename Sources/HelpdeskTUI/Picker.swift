import HelpdeskCore

/// A list to choose one entry from: typing narrows it, j/k or the arrows move, Enter picks, Esc cancels.
///
/// Typing matches names and details alike, ignoring case. j and k move while nothing is typed;
/// once a filter is started they are letters like any other (an upper-case J or K starts a
/// filter). Esc clears a filter first and cancels on the next press.
public struct Picker<Value: Sendable & Equatable>: Sendable, Equatable {
    /// One entry: what it is called, a line that explains it, and whether it is a lesser choice.
    public struct Item: Sendable, Equatable {
        public var value: Value
        public var label: String
        /// Shown after the label ("network, L1, load 3/8"); searched by the filter too.
        public var detail: String
        /// Drawn muted: still pickable, but not what the desk would suggest.
        public var isDimmed: Bool

        public init(_ value: Value, _ label: String, detail: String = "", dimmed: Bool = false) {
            self.value = value
            self.label = label
            self.detail = detail
            self.isDimmed = dimmed
        }
    }

    /// What a key did to the picker.
    public enum Outcome: Sendable, Equatable {
        case pending
        case picked(Value)
        case cancelled
    }

    /// The longest filter accepted, in characters.
    public static var filterLimit: Int { 60 }

    public var title: String
    public private(set) var items: [Item]
    /// A line above the list, such as the assignment engine's suggestion.
    public var note: String?
    public private(set) var filter = ""
    /// Index in `visible` of the highlighted entry.
    public private(set) var cursor = 0
    /// The entries the filter lets through, in their original order.
    public private(set) var visible: [Item]

    /// A picker over `items`, highlighting the first whose value is `selected` (else the first).
    public init(title: String, items: [Item], note: String? = nil, selected: Value? = nil) {
        self.title = title
        self.items = items
        self.note = note
        visible = items
        if let selected, let index = items.firstIndex(where: { $0.value == selected }) { cursor = index }
    }

    /// The highlighted entry; nil when the filter hides everything.
    public var highlighted: Item? { visible.indices.contains(cursor) ? visible[cursor] : nil }

    /// Applies one key.
    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .enter:
            guard let item = highlighted else { return .pending }
            return .picked(item.value)
        case .escape:
            guard filter.isEmpty else {
                setFilter("")
                return .pending
            }
            return .cancelled
        case .ctrl("c"):
            return .cancelled
        case .down, .ctrl("n"), .tab, .wheelDown:
            move(by: 1)
        case .up, .ctrl("p"), .backTab, .wheelUp:
            move(by: -1)
        case .pageDown:
            move(by: 10)
        case .pageUp:
            move(by: -10)
        case .home:
            cursor = 0
        case .end:
            cursor = max(0, visible.count - 1)
        case .char("j") where filter.isEmpty:
            move(by: 1)
        case .char("k") where filter.isEmpty:
            move(by: -1)
        case let .char(character):
            guard filter.count < Self.filterLimit else { return .pending }
            setFilter(filter + String(character))
        case .backspace:
            guard !filter.isEmpty else { return .pending }
            var shorter = filter
            shorter.removeLast()
            setFilter(shorter)
        case .ctrl("u"):
            setFilter("")
        default:
            break
        }
        return .pending
    }

    private mutating func move(by delta: Int) {
        guard !visible.isEmpty else { return }
        cursor = min(max(0, cursor + delta), visible.count - 1)
    }

    /// Narrows the list. The highlight stays on its entry while that entry's name matches, else
    /// goes to the first entry whose name matches, so typing part of a name lands on it.
    private mutating func setFilter(_ text: String) {
        let kept = highlighted?.value
        filter = text
        let needle = text.lowercased()
        visible = needle.isEmpty ? items : items.filter {
            $0.label.lowercased().contains(needle) || $0.detail.lowercased().contains(needle)
        }
        let named = { (item: Item) in needle.isEmpty || item.label.lowercased().contains(needle) }
        cursor = visible.firstIndex { $0.value == kept && named($0) } ?? visible.firstIndex(where: named) ?? 0
    }
}
