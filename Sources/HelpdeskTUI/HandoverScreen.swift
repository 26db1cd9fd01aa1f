import Foundation
import HelpdeskCore

/// The handover screen (`H`): the history, one handover read in full, the note being written,
/// or the reply to an acknowledgement. A plain value; `ConsoleState+Handover` changes it.
public struct HandoverScreen: Sendable, Equatable {
    public enum Page: Sendable, Equatable {
        case list
        case reading(Handover)
        case writing(Prompt)
        case replying(Handover, Prompt)
    }

    /// The longest search the screen accepts, in characters.
    public static let searchLimit = 100
    /// Most handovers the history shows.
    public static let listLimit = 200

    public var page: Page = .list
    /// The history as last loaded, newest first.
    public internal(set) var items: [Handover] = []
    public var cursor = 0
    /// The first history line in view.
    public var listTop = 0
    public var search = ""
    public var isSearching = false
    /// The first line of the handover being read that is in view.
    public var scroll = 0
    /// The handover the console opened on because it waits for this user's acknowledgement.
    public var pendingID: Int64?

    public init() {}

    /// Opened over the queue on a handover waiting for the user.
    public init(pending handover: Handover) {
        page = .reading(handover)
        pendingID = handover.id
    }

    /// The history line under the cursor.
    public var selected: Handover? { items.indices.contains(cursor) ? items[cursor] : nil }

    /// The handover on screen, whatever the page.
    public var current: Handover? {
        switch page {
        case let .reading(h), let .replying(h, _): h
        case .list: selected
        case .writing: nil
        }
    }

    /// True while the handover being read still waits for this user.
    public var isShowingPending: Bool {
        if case let .reading(h) = page { return h.id == pendingID && !h.isAcknowledged }
        return false
    }

    /// The prompt for the note.
    static var notePrompt: Prompt {
        Prompt(title: tr("Shift handover 交接班"), hint: tr("What the next lead must know; the queue snapshot is attached when you save."),
               multiLine: true, required: true, what: tr("the handover note"), limit: Handover.noteLimit)
    }

    /// The prompt for the reply that comes with an acknowledgement.
    static func replyPrompt(for handover: Handover) -> Prompt {
        Prompt(title: tr("Acknowledge handover #%@ from %@", handover.id, SafeText.sanitize(handover.author)),
               hint: tr("A reply for the outgoing lead (optional; Enter acknowledges)."),
               multiLine: false, required: false, what: tr("the reply"), limit: Handover.replyLimit)

    }

    /// Gives an open prompt its size for a `cols`×`rows` screen.
    mutating func fit(cols: Int, rows: Int) {
        switch page {
        case var .writing(prompt):
            prompt.fit(cols: cols, rows: rows, reserved: 1)
            page = .writing(prompt)
        case .replying(let h, var prompt):
            prompt.fit(cols: cols, rows: rows, reserved: 1)
            page = .replying(h, prompt)
        case .list, .reading:
            break
        }
    }

    mutating func select(_ index: Int, rows: Int) {
        cursor = min(max(0, index), max(0, items.count - 1))
        if cursor < listTop { listTop = cursor }
        if rows > 0, cursor >= listTop + rows { listTop = cursor - rows + 1 }
    }

    /// Takes a freshly loaded history, keeping the same handover selected when it is still there.
    mutating func loaded(_ handovers: [Handover], rows: Int) {
        let keep = selected?.id
        items = handovers
        let index = keep.flatMap { id in handovers.firstIndex { $0.id == id } } ?? 0
        listTop = min(listTop, max(0, handovers.count - 1))
        select(index, rows: rows)
    }

    /// Puts a changed handover into the history and onto the page that shows it.
    mutating func replace(_ handover: Handover) {
        if let index = items.firstIndex(where: { $0.id == handover.id }) { items[index] = handover } else { items.insert(handover, at: 0) }
        page = .reading(handover)
    }
}
